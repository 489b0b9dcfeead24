import { useLiveQuery } from 'dexie-react-hooks';
import { answerFileToJson, parseAnswerFileBytes } from '../../shared/attachment/answerFile';
import type { AnswerFileIssue } from '../../shared/attachment/answerFile';
import type { EarlierAnswer, ReportSections } from '../../shared/round/roundRecords';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';

export const emptySections: ReportSections = { summary: '', background: '', assessment: '', proposal: '', sendTo: '' };

/** The report draft's texts: undefined while loading, empty before anything is written. */
export function useReportSections(packageId: string): ReportSections | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (await database.roundReports.get(packageId))?.sections ?? emptySections, [database, packageId]);
}

export async function saveReportSections(database: MalsamtalDatabase, packageId: string, sections: ReportSections): Promise<void> {
  await database.roundReports.put({ packageId, sections, updatedAt: new Date().toISOString() });
}

export function useEarlierAnswers(packageId: string): EarlierAnswer[] | undefined {
  const database = useDatabase();
  return useLiveQuery(() => database.earlierAnswers.where('packageId').equals(packageId).toArray(), [database, packageId]);
}

export type EarlierOutcome =
  { fileName: string; issue: AnswerFileIssue } | { fileName: string; sameRound: true } | { fileName: string; added: true };

/**
 * Keeps an earlier round's answers beside this package's round, one per body and meeting; a refused file changes
 * nothing, and an answer to this very package is refused, as it belongs to the round itself.
 */
export async function importEarlierAnswers(
  database: MalsamtalDatabase,
  packageId: string,
  files: readonly { fileName: string; bytes: Uint8Array }[],
): Promise<EarlierOutcome[]> {
  const outcomes: EarlierOutcome[] = [];
  const rows: EarlierAnswer[] = [];
  const importedAt = new Date().toISOString();
  for (const { fileName, bytes } of files) {
    const parsed = parseAnswerFileBytes(bytes);
    if (!parsed.ok) outcomes.push({ fileName, issue: parsed.issue });
    else if (parsed.value.package.id === packageId) outcomes.push({ fileName, sameRound: true });
    else {
      const answer = parsed.value;
      const body = answer.body.respondentId ?? answer.body.name;
      rows.push({
        id: `${packageId}:${answer.package.id}:${body}:${answer.meeting.id}`,
        packageId,
        fileName,
        importedAt,
        answer: JSON.parse(answerFileToJson(answer)),
      });
      outcomes.push({ fileName, added: true });
    }
  }
  await database.earlierAnswers.bulkPut(rows);
  return outcomes;
}

export async function removeEarlierAnswers(database: MalsamtalDatabase, packageId: string): Promise<void> {
  await database.earlierAnswers.where('packageId').equals(packageId).delete();
}
