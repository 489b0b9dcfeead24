import { useCallback, useRef, useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { BACKUP_FILE_EXTENSION, backupFileSizeProblem, type BackupContent, type BackupSummary } from '../../shared/backup/backupFile';
import { backupProblemMessage } from '../../shared/i18n/catalog/backup';
import { useBridge } from '../bridge/BridgeProvider';
import { createBackup, readBackup, readText, restoreBackup } from '../data/backup';
import { useDatabase } from '../data/DatabaseProvider';
import { useOpenedFile } from '../files/openedFiles';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { BackupPreview } from './BackupPreview';
import { saveBackupFile } from './saveBackupFile';

const encoder = new TextEncoder();

type Pending = { fileName: string; summary: BackupSummary; content: BackupContent };

export function BackupScreen({ shell }: { shell: 'electron' | 'browser' }) {
  const database = useDatabase();
  const bridge = useBridge();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const b = messages.backup;

  const save = async () => {
    setError(null);
    setBusy(true);
    try {
      const result = await saveBackupFile(database, bridge, 'manual');
      if (result.outcome === 'saved') announce(b.saved(result.fileName));
    } catch {
      setError(b.saveFailed);
    } finally {
      setBusy(false);
    }
  };

  const preview = useCallback(
    async (fileName: string, blob: Blob) => {
      setError(null);
      setPending(null);
      const sizeProblem = backupFileSizeProblem(blob.size);
      if (sizeProblem) {
        setError(backupProblemMessage(b, sizeProblem));
        return;
      }
      setBusy(true);
      try {
        const result = await readBackup(database, await readText(blob));
        if (result.ok) setPending({ fileName, summary: result.summary, content: result.content });
        else setError(backupProblemMessage(b, result.problem));
      } catch {
        setError(b.problem.notJson);
      } finally {
        setBusy(false);
      }
    },
    [database, b],
  );

  const choose = async (files: FileList | null) => {
    const file = files?.[0];
    // Cleared so that choosing the same file again, after a cancel, is noticed.
    if (fileInputRef.current) fileInputRef.current.value = '';
    if (file) await preview(file.name, file);
  };

  // A backup opened from the file manager (double-click) is previewed the same way; nothing is restored without a yes.
  useOpenedFile('backup', (file) => void preview(file.fileName, new Blob([file.bytes as Uint8Array<ArrayBuffer>])));

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      // What is there now is kept first, so a restore can itself be undone.
      const kept =
        shell === 'electron'
          ? await bridge.storeBackup({
              bytes: encoder.encode(await createBackup(database, 'beforeRestore', __APP_VERSION__)),
              reason: 'beforeRestore',
            })
          : await saveBackupFile(database, bridge, 'beforeRestore');
      if (kept.outcome === 'cancelled') {
        setError(b.restoreNeedsCopy);
        return;
      }
      await restoreBackup(database, pending.content);
      setPending(null);
      announce(b.restored);
    } catch {
      setError(b.restoreFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{b.title}</h1>
      <p className="lead">{b.intro}</p>
      <p>{shell === 'electron' ? b.automaticElectron : b.automaticBrowser}</p>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <div className="stack-layout">
        <section className="panel" aria-labelledby="backup-save-title">
          <h2 id="backup-save-title">{b.saveTitle}</h2>
          <Button className="button button-primary" onPress={save} isDisabled={busy}>
            {b.save}
          </Button>
        </section>
        <section className="panel" aria-labelledby="backup-restore-title">
          <h2 id="backup-restore-title">{b.restoreTitle}</h2>
          <p>{b.restoreIntro}</p>
          <FileTrigger
            ref={fileInputRef}
            acceptedFileTypes={[`.${BACKUP_FILE_EXTENSION}`, '.json']}
            onSelect={(files) => void choose(files)}
          >
            <Button className="button" isDisabled={busy}>
              {b.chooseFile}
            </Button>
          </FileTrigger>
          {pending && (
            <BackupPreview
              fileName={pending.fileName}
              summary={pending.summary}
              busy={busy}
              onConfirm={() => void restore()}
              onCancel={() => setPending(null)}
            />
          )}
        </section>
      </div>
    </>
  );
}
