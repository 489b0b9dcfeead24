import { useState } from 'react';
import { Button } from 'react-aria-components';
import { megabytes, openableExtensions } from '../../shared/files/appFiles';
import type { Messages } from '../../shared/i18n/messages';
import type { LetterBlock } from '../../shared/letter/letterBlocks';
import { packageLimits } from '../../shared/remiss/packageFile';
import type { DocumentKind } from '../../shared/remiss/remissPackage';
import { MessageDialog } from '../app/Dialogs';
import { useFiles, type FileBridge } from '../bridge/BridgeProvider';
import { letterFilesRefusal, type LetterPackageOutcome } from '../data/letterPackages';
import { useI18n } from '../i18n/I18nProvider';
import { extractLetter } from './extractLetter';

/** A file picked for the package, read: its bytes as they will be stored, and its text in blocks. */
export interface PickedDocument {
  fileName: string;
  kind: DocumentKind;
  bytes: Uint8Array<ArrayBuffer>;
  pageCount: number | null;
  blocks: LetterBlock[];
}

type Picked = { outcome: 'picked'; document: PickedDocument } | { outcome: 'cancelled' } | { outcome: 'problem'; message: string };

/** Asks for one Word or PDF file and reads its text; a file that is none, or is damaged, is refused with a reason. */
export async function pickDocument(files: FileBridge, title: string, messages: Messages): Promise<Picked> {
  const t = messages.letterImport;
  const file = await files.openFile({
    title,
    kind: 'document',
    filters: [{ name: t.fileFilter, extensions: [...openableExtensions.document] }],
  });
  if (file.outcome === 'cancelled') return file;
  if (file.outcome === 'tooLarge')
    return { outcome: 'problem', message: t.tooLarge(file.fileName, megabytes(packageLimits.documentBytes)) };
  const refused = letterFilesRefusal([file]);
  if (refused) return { outcome: 'problem', message: refusalMessage(refused, messages) };
  const extracted = await extractLetter(file.bytes);
  if (extracted.outcome === 'notADocument') return { outcome: 'problem', message: t.notADocument(file.fileName) };
  if (extracted.outcome === 'unreadable') return { outcome: 'problem', message: t.unreadable(file.fileName) };
  return {
    outcome: 'picked',
    document: {
      fileName: file.fileName,
      kind: extracted.kind,
      bytes: file.bytes,
      pageCount: extracted.pageCount,
      blocks: extracted.blocks,
    },
  };
}

export function refusalMessage(outcome: LetterPackageOutcome, messages: Messages): string {
  const t = messages.letterImport;
  switch (outcome.outcome) {
    case 'tooLarge':
      return t.tooLarge(outcome.fileName, megabytes(outcome.maxBytes));
    case 'tooMany':
      return t.tooMany(outcome.max);
    case 'packageFull':
      return t.packageFull(megabytes(outcome.maxBytes));
    case 'storageFull':
      return messages.documents.storageFull(megabytes(outcome.maxBytes));
    case 'created':
      return '';
  }
}

/** "Skapa remisspaket från brev …": picks the letter, then hands it to the screen that gathers the rest. */
export function LetterImportButton({ onPicked }: { onPicked: (letter: PickedDocument) => void }) {
  const { messages } = useI18n();
  const t = messages.letterImport;
  const files = useFiles();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pick = async () => {
    setBusy(true);
    try {
      const picked = await pickDocument(files, t.chooseLetterTitle, messages);
      if (picked.outcome === 'problem') setProblem(picked.message);
      else if (picked.outcome === 'picked') onPicked(picked.document);
    } catch {
      setProblem(t.failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button className="button" isDisabled={busy} onPress={() => void pick()}>
        {t.start}
      </Button>
      <MessageDialog isOpen={problem !== null} title={t.problemTitle} closeLabel={t.close} onClose={() => setProblem(null)}>
        <p>{problem}</p>
      </MessageDialog>
    </>
  );
}
