import { useRef, useState } from 'react';
import { isFileDropItem, type DropItem } from 'react-aria-components';
import type { MergeOutcome } from '../../shared/compile/mergeAnswers';
import type { Respondent } from '../../shared/remiss/remissPackage';
import { importAnswerFiles, MAX_ANSWER_FILE_BYTES, type AnswerFileBytes } from '../data/answers';
import { useDatabase } from '../data/DatabaseProvider';
import { useOpenedFile } from '../files/openedFiles';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';

/** FileReader rather than Blob.arrayBuffer, which older Chromium builds and the test DOM lack. */
function readAll(file: File): Promise<AnswerFileBytes> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ fileName: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** A file beyond the limit is refused by its size alone: a wrongly chosen film or disk image is never read into memory. */
const tooLarge = (file: File): MergeOutcome | null =>
  file.size > MAX_ANSWER_FILE_BYTES
    ? { kind: 'invalid', fileName: file.name, issue: { code: 'tooLarge', maxBytes: MAX_ANSWER_FILE_BYTES } }
    : null;

/** An older answer file without a remissinstans id, held until the user says which remissinstans it answers for. */
export interface PendingMatch {
  file: AnswerFileBytes;
  bodyName: string;
  suggestion: Respondent | null;
}

/** Only files with these endings are taken from a chosen folder: it may hold the protocols and letters too. */
const answerFileName = /\.(msvar|json)$/i;

/**
 * Importing answer files into one package: picked, dropped or opened by double-click. Keeps the outcome of the latest
 * import and the queue of conflicts the user is going through now (the conflicts themselves live in the database).
 */
export function useAnswerImport(packageId: string, reportFailure: (message: string) => void) {
  const { messages } = useI18n();
  const c = messages.compile;
  const database = useDatabase();
  const announce = useAnnouncer((state) => state.announce);
  const [outcomes, setOutcomes] = useState<MergeOutcome[]>([]);
  const [conflictQueue, setConflictQueue] = useState<string[]>([]);
  const [pendingMatches, setPendingMatches] = useState<PendingMatch[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const running = useRef<AbortController | null>(null);

  /** Imports the readable files; `refused` holds one outcome per file, in the user's order, for those refused unread. */
  const importFiles = async (incoming: AnswerFileBytes[], refused: (MergeOutcome | null)[] = incoming.map(() => null)) => {
    if (refused.length === 0) return;
    const controller = new AbortController();
    running.current = controller;
    try {
      setProgress({ done: 0, total: incoming.length });
      const imported =
        incoming.length > 0
          ? await importAnswerFiles(database, packageId, incoming, new Date(), {
              signal: controller.signal,
              onProgress: (done, total) => setProgress({ done, total }),
            })
          : [];
      let next = 0;
      const result = refused.map((outcome) => outcome ?? imported[next++]!);
      setOutcomes(result);
      setPendingMatches(
        imported.flatMap((outcome, index) =>
          outcome.kind === 'needsMatch' ? [{ file: incoming[index]!, bodyName: outcome.bodyName, suggestion: outcome.suggestion }] : [],
        ),
      );
      const newConflicts = result.flatMap((outcome) => (outcome.kind === 'conflict' ? [outcome.incoming.id] : []));
      setConflictQueue((queue) => [...queue, ...newConflicts]);
      const changed = result.filter((outcome) => outcome.kind === 'added' || outcome.kind === 'replaced').length;
      announce(c.announceResult(changed, result.length - changed));
    } catch {
      if (controller.signal.aborted) announce(messages.round.importCancelled);
      else reportFailure(c.importFailed);
    } finally {
      running.current = null;
      setProgress(null);
    }
  };
  const cancelImport = () => running.current?.abort();
  /** The user's choice for each held file: a remissinstans's id, or null for not importing it. */
  const confirmMatches = (choices: (string | null)[]) => {
    const files = pendingMatches.map((pending, index) => ({ ...pending.file, confirmedRespondentId: choices[index] ?? null }));
    setPendingMatches([]);
    void importFiles(files);
  };
  const dismissMatches = () => setPendingMatches([]);
  const importChosen = async (chosen: File[]) => {
    const refused = chosen.map(tooLarge);
    const incoming = await Promise.all(chosen.filter((_, index) => refused[index] === null).map(readAll));
    await importFiles(incoming, refused);
  };
  const importPicked = (list: FileList | null) => void importChosen(list ? [...list] : []).catch(() => reportFailure(c.importFailed));
  const importFolder = (list: FileList | null) =>
    void importChosen(list ? [...list].filter((file) => answerFileName.test(file.name)) : []).catch(() => reportFailure(c.importFailed));
  const importDropped = (items: DropItem[]) =>
    void Promise.all(items.filter(isFileDropItem).map((item) => item.getFile()))
      .then(importChosen)
      .catch(() => reportFailure(c.importFailed));

  useOpenedFile('answer', (file) => void importFiles([{ fileName: file.fileName, bytes: file.bytes }]));

  return {
    outcomes,
    importPicked,
    importFolder,
    importDropped,
    conflictQueue,
    setConflictQueue,
    pendingMatches,
    confirmMatches,
    dismissMatches,
    progress,
    cancelImport,
  };
}
