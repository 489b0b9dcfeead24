import { useLiveQuery } from 'dexie-react-hooks';
import { answerLimits, packageFingerprint, parseAnswerFileBytes } from '../../shared/attachment/answerFile';
import { mergeAnswers, type CompiledAnswer, type IncomingFile, type MergeOutcome } from '../../shared/compile/mergeAnswers';
import { linkedToRespondent } from '../../shared/compile/storedMatches';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';

/** Far above any real answer file (a few tens of kilobytes), low enough that a wrong file cannot stall the app. */
export const MAX_ANSWER_FILE_BYTES = answerLimits.fileBytes;

export interface AnswerFileBytes {
  fileName: string;
  bytes: Uint8Array;
  /** For an older file without a remissinstans id: the one the user confirmed, or null for "do not import". */
  confirmedRespondentId?: string | null;
}

/** Reads one file's bytes as an answer file, saying why it is not one. */
export function readAnswerFile({ fileName, bytes, confirmedRespondentId }: AnswerFileBytes): IncomingFile {
  return {
    fileName,
    parsed: parseAnswerFileBytes(bytes),
    ...(confirmedRespondentId !== undefined ? { confirmedRespondentId } : {}),
  };
}

export interface ImportProgress {
  /** Called after each batch of files is read: how many of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Aborted before the files are stored: nothing is changed. */
  signal?: AbortSignal;
}

/** Files read per batch before the page gets to draw the progress bar and see a cancel. */
const BATCH = 10;

/** Every file read, in batches that let the page breathe; throws the abort reason when cancelled. */
async function readAll(files: readonly AnswerFileBytes[], { onProgress, signal }: ImportProgress): Promise<IncomingFile[]> {
  const incoming: IncomingFile[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    signal?.throwIfAborted();
    incoming.push(...files.slice(start, start + BATCH).map(readAnswerFile));
    onProgress?.(incoming.length, files.length);
    if (incoming.length < files.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  signal?.throwIfAborted();
  return incoming;
}

/**
 * Imports answer files into a package's compilation in one transaction and says what became of each;
 * a refused file or a duplicate leaves the stored answers as they were, a conflict is stored to wait, uncounted.
 */
export async function importAnswerFiles(
  database: MalsamtalDatabase,
  packageId: string,
  files: readonly AnswerFileBytes[],
  now = new Date(),
  progress: ImportProgress = {},
): Promise<MergeOutcome[]> {
  const incoming = await readAll(files, progress);
  const record = await database.packages.get(packageId);
  // Hashing is asynchronous outside IndexedDB, so it happens before the transaction, which must not wait on it.
  const version = record && { fingerprint: await packageFingerprint(record.content), goals: record.content.goals };
  progress.signal?.throwIfAborted();
  return database.transaction('rw', database.answers, async () => {
    const existing = await database.answers.where('packageId').equals(packageId).toArray();
    const { outcomes } = mergeAnswers(packageId, existing, incoming, now.toISOString(), version, record?.content.respondents);
    const changed = outcomes.flatMap((outcome) =>
      outcome.kind === 'added' || outcome.kind === 'replaced' ? [outcome.answer] : outcome.kind === 'conflict' ? [outcome.incoming] : [],
    );
    // A later file for the same body and meeting wins within one import, as it would one by one.
    await database.answers.bulkPut([...new Map(changed.map((answer) => [answer.id, answer])).values()]);
    return outcomes;
  });
}

/** Settles a waiting conflict as the user chose: the new answer takes the stored one's place, or is dropped. */
export async function resolveAnswerConflict(
  database: MalsamtalDatabase,
  incoming: CompiledAnswer,
  keep: 'existing' | 'incoming',
): Promise<void> {
  await database.transaction('rw', database.answers, async () => {
    const target = incoming.conflictOf ?? incoming.id;
    if (keep === 'incoming') {
      const stored = await database.answers.get(target);
      const { conflictOf: _waiting, ...answer } = incoming;
      await database.answers.put({ ...answer, id: target, ...(stored?.setAside ? { setAside: true } : {}) });
    }
    if (incoming.conflictOf) await database.answers.delete(incoming.id);
  });
}

/** Makes one of a body's several answers the one that counts; the others stay stored, set aside. */
export async function chooseCountedAnswer(database: MalsamtalDatabase, answerIds: readonly string[], chosenId: string): Promise<void> {
  await database.transaction('rw', database.answers, async () => {
    for (const id of answerIds) await database.answers.update(id, { setAside: id !== chosenId });
  });
}

/**
 * Links stored answers without a remissinstans id to the remissinstanser the user confirmed, all in one transaction;
 * a remissinstans the package does not list is refused and nothing is written. Returns how many answers were linked.
 */
export async function linkStoredAnswers(
  database: MalsamtalDatabase,
  packageId: string,
  links: readonly { answerId: string; respondentId: string }[],
): Promise<number> {
  return database.transaction('rw', database.answers, database.packages, async () => {
    const listed = new Set((await database.packages.get(packageId))?.content.respondents.map((respondent) => respondent.id));
    if (links.some((link) => !listed.has(link.respondentId))) throw new Error('A remissinstans outside the package’s list');
    let rows = await database.answers.where('packageId').equals(packageId).toArray();
    let linked = 0;
    for (const { answerId, respondentId } of links) {
      const changed = linkedToRespondent(rows, answerId, respondentId);
      if (changed.some((row) => row.id === answerId)) linked += 1;
      await database.answers.bulkPut(changed);
      const byId = new Map(changed.map((row) => [row.id, row]));
      rows = rows.map((row) => byId.get(row.id) ?? row);
    }
    return linked;
  });
}

export async function removeAnswer(database: MalsamtalDatabase, id: string): Promise<void> {
  await database.answers.delete(id);
}

/** The package's compiled answers: undefined while loading. */
export function useCompiledAnswers(packageId: string): CompiledAnswer[] | undefined {
  const database = useDatabase();
  return useLiveQuery(() => database.answers.where('packageId').equals(packageId).toArray(), [database, packageId]);
}
