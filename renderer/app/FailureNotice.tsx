import { useId, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { saveBackupFile } from '../backup/saveBackupFile';
import { useBridge } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { useMessagesOrDefault } from '../i18n/I18nProvider';
import { formatRoute } from '../navigation/route';
import { ErrorBoundary, type Failure } from './ErrorBoundary';

type BackupState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; fileName: string } | { kind: 'failed' };

/**
 * What stands where a screen (or the whole window) failed to draw: what happened, that nothing was lost, a way back
 * and a backup to be safe, saved at once or from the backup screen. The error's own words go to IT, folded away.
 */
export function FailureNotice({ error, retry, scope }: Failure & { scope: 'screen' | 'app' }) {
  const messages = useMessagesOrDefault();
  const f = messages.failure;
  const database = useDatabase();
  const bridge = useBridge();
  const [backup, setBackup] = useState<BackupState>({ kind: 'idle' });
  const titleId = useId();

  const saveBackup = async () => {
    setBackup({ kind: 'saving' });
    try {
      const result = await saveBackupFile(database, bridge, 'manual');
      setBackup(result.outcome === 'saved' ? { kind: 'saved', fileName: result.fileName } : { kind: 'idle' });
    } catch {
      setBackup({ kind: 'failed' });
    }
  };

  return (
    <section className="panel failure-notice" role="alert" aria-labelledby={titleId}>
      <h1 id={titleId}>{f.title}</h1>
      <p>{scope === 'app' ? f.app : f.screen}</p>
      <p>{f.backupHint}</p>
      <div className="button-row">
        <Button className="button button-primary" onPress={retry}>
          {f.retry}
        </Button>
        {/* On the meeting list itself the hash does not change, so the list is drawn again here. */}
        <a className="button" href={formatRoute({ screen: 'meetings' })} onClick={retry}>
          {f.toMeetings}
        </a>
        <Button className="button" onPress={() => void saveBackup()} isDisabled={backup.kind === 'saving'}>
          {f.saveBackup}
        </Button>
        <a className="button" href={formatRoute({ screen: 'backups' })} onClick={retry}>
          {f.toBackups}
        </a>
      </div>
      {backup.kind === 'saved' && <p role="status">{messages.backup.saved(backup.fileName)}</p>}
      {backup.kind === 'failed' && <p className="alert">{messages.backup.saveFailed}</p>}
      <details>
        <summary>{f.details}</summary>
        <pre>{error instanceof Error ? `${error.name}: ${error.message}` : String(error)}</pre>
      </details>
    </section>
  );
}

/** The projector's: the room sees a calm sentence, the chair's window carries on, and the picture can be tried again. */
export function ProjectorFailure({ retry }: Pick<Failure, 'retry'>) {
  const f = useMessagesOrDefault().failure;
  return (
    <main className="projector-failure">
      <p>{f.projector}</p>
      <Button className="button" onPress={retry}>
        {f.retry}
      </Button>
    </main>
  );
}

/** The last line: whatever the window throws while drawing ends here, in place of a white window. */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(failure) => (
        <main className="app-main">
          <FailureNotice {...failure} scope="app" />
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
