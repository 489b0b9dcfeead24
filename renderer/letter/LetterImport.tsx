import { useState } from 'react';
import { getLocalTimeZone, today } from '@internationalized/date';
import { Button } from 'react-aria-components';
import type { LetterDocument } from '../../shared/letter/letterBlocks';
import { matchAttachment } from '../../shared/letter/packageFromLetter';
import { readLetter, type LetterReading } from '../../shared/letter/readLetter';
import { MessageDialog } from '../app/Dialogs';
import { useFiles } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { createPackageFromLetter, letterFilesRefusal } from '../data/letterPackages';
import { useI18n } from '../i18n/I18nProvider';
import { useNavigation } from '../navigation/navigation';
import { useAnnouncer } from '../stores/announcer';
import { pickDocument, refusalMessage, type PickedDocument } from './LetterImportButton';
import { LetterReview, type AttachmentNumber, type ReviewedLetter } from './LetterReview';

type Stage = { kind: 'files' } | { kind: 'review'; reading: LetterReading; documents: LetterDocument[]; attachments: AttachmentNumber[] };

/**
 * A package started from the letter: the letter and its attachments are gathered, read and reviewed, and only
 * "Skapa remisspaket" stores anything (the package and its files together); then its editor opens.
 */
export default function LetterImport({ letter, onClose }: { letter: PickedDocument; onClose: () => void }) {
  const { messages } = useI18n();
  const t = messages.letterImport;
  const files = useFiles();
  const database = useDatabase();
  const announce = useAnnouncer((state) => state.announce);
  const navigate = useNavigation((state) => state.navigate);
  const [picked, setPicked] = useState<PickedDocument[]>([letter]);
  const [stage, setStage] = useState<Stage>({ kind: 'files' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const addAttachment = async () => {
    setBusy(true);
    try {
      const result = await pickDocument(files, t.chooseAttachmentTitle, messages);
      if (result.outcome === 'problem') setProblem(result.message);
      else if (result.outcome === 'picked') {
        const next = [...picked, result.document];
        const refused = letterFilesRefusal(next);
        if (refused) setProblem(refusalMessage(refused, messages));
        else {
          setPicked(next);
          announce(t.attachmentFile(result.document.fileName));
        }
      }
    } catch {
      setProblem(t.failed);
    } finally {
      setBusy(false);
    }
  };

  const read = () => {
    const documents = picked.map(({ fileName, blocks }) => ({ fileName, blocks }));
    const reading = readLetter(documents);
    const attachments = picked.slice(1).map(({ fileName }) => {
      const number = matchAttachment(
        fileName,
        reading.attachments.map((attachment) => attachment.value),
      );
      return { fileName, number: number === null ? '' : String(number), unsure: number === null };
    });
    setStage({ kind: 'review', reading, documents, attachments });
  };

  const create = async ({ reading, bilagaNumbers }: ReviewedLetter) => {
    setBusy(true);
    try {
      const outcome = await createPackageFromLetter(
        database,
        reading,
        picked.map((file, index) => ({ ...file, bilagaNumber: index === 0 ? null : (bilagaNumbers[index - 1] ?? null) })),
        today(getLocalTimeZone()).toString(),
      );
      if (outcome.outcome !== 'created') {
        setProblem(refusalMessage(outcome, messages));
        return;
      }
      announce(t.created(outcome.record.content.title || t.untitled));
      navigate({ screen: 'packageEditor', packageId: outcome.record.id });
    } catch {
      setProblem(t.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t.title}</h1>
      {stage.kind === 'files' ? (
        <>
          <p className="lead">{t.intro}</p>
          <section className="panel" aria-labelledby="letter-files">
            <h2 id="letter-files">{t.filesTitle}</h2>
            <ul className="letter-files">
              {picked.map((file, index) => (
                <li key={`${index}-${file.fileName}`}>
                  {index === 0 ? t.letterFile(file.fileName) : t.attachmentFile(file.fileName)}
                  {index > 0 && (
                    <Button className="button" onPress={() => setPicked((files) => files.filter((_, position) => position !== index))}>
                      {t.removeFile(file.fileName)}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
            <div className="button-row">
              <Button className="button" isDisabled={busy} onPress={() => void addAttachment()}>
                {t.addAttachment}
              </Button>
            </div>
          </section>
          <div className="button-row">
            <Button className="button button-primary" isDisabled={busy} onPress={read}>
              {t.read}
            </Button>
            <Button className="button" onPress={onClose}>
              {t.cancel}
            </Button>
          </div>
        </>
      ) : (
        <LetterReview
          initial={stage.reading}
          documents={stage.documents}
          attachments={stage.attachments}
          busy={busy}
          onCreate={(reviewed) => void create(reviewed)}
          onCancel={onClose}
        />
      )}
      <MessageDialog isOpen={problem !== null} title={t.problemTitle} closeLabel={t.close} onClose={() => setProblem(null)}>
        <p>{problem}</p>
      </MessageDialog>
    </>
  );
}
