import { useLiveQuery } from 'dexie-react-hooks';
import { answerLimits, parseAnswerFileBytes } from '../../shared/attachment/answerFile';
import { mergeAnswers, type CompiledAnswer, type IncomingFile, type MergeOutcome } from '../../shared/compile/mergeAnswers';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';

/** Far above any real answer file (a few tens of kilobytes), low enough that a wrong file cannot stall the app. */
export const MAX_ANSWER_FILE_BYTES = answerLimits.fileBytes;

export interface AnswerFileBytes {
  fileName: string;
  bytes: Uint8Array;
}

/** Reads one file's bytes as an answer file, saying why it is not one. */
export function readAnswerFile({ fileName, bytes }: AnswerFileBytes): IncomingFile {
  return { fileName, parsed: parseAnswerFileBytes(bytes) };
}

/**
 * Imports answer files into a package's compilation in one transaction and says what became of each;
 * a refused file, a duplicate or a conflict leaves the stored answers as they were.
 */
export async function importAnswerFiles(
  database: MalsamtalDatabase,
  packageId: string,
  files: readonly AnswerFileBytes[],
  now = new Date(),
): Promise<MergeOutcome[]> {
  const incoming = files.map(readAnswerFile);
  return database.transaction('rw', database.answers, async () => {
    const existing = await database.answers.where('packageId').equals(packageId).toArray();
    const { outcomes } = mergeAnswers(packageId, existing, incoming, now.toISOString());
    const changed = outcomes.flatMap((outcome) => (outcome.kind === 'added' || outcome.kind === 'replaced' ? [outcome.answer] : []));
    // A later file for the same body and meeting wins within one import, as it would one by one.
    await database.answers.bulkPut([...new Map(changed.map((answer) => [answer.id, answer])).values()]);
    return outcomes;
  });
}

/** Settles a conflict as the user chose: keeping the stored answer changes nothing. */
export async function resolveAnswerConflict(
  database: MalsamtalDatabase,
  incoming: CompiledAnswer,
  keep: 'existing' | 'incoming',
): Promise<void> {
  if (keep === 'incoming') await database.answers.put(incoming);
}

export async function removeAnswer(database: MalsamtalDatabase, id: string): Promise<void> {
  await database.answers.delete(id);
}

/** The package's compiled answers: undefined while loading. */
export function useCompiledAnswers(packageId: string): CompiledAnswer[] | undefined {
  const database = useDatabase();
  return useLiveQuery(() => database.answers.where('packageId').equals(packageId).toArray(), [database, packageId]);
}
