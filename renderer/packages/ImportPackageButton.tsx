import { megabytes, openableExtensions } from '../../shared/files/appFiles';
import { useCallback, useState } from 'react';
import { Button } from 'react-aria-components';
import { packageFileIssueMessage } from '../../shared/i18n/packageFileMessages';
import type { PackageFileIssue } from '../../shared/remiss/packageFile';
import { MessageDialog } from '../app/Dialogs';
import { useFiles } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import type { PackageRecord } from '../data/db';
import { importPackageFile, resolveImportConflict, type IncomingPackage, type PackageRefusal } from '../data/packages';
import { useI18n } from '../i18n/I18nProvider';
import { useOpenedFile } from '../files/openedFiles';
import { useAnnouncer } from '../stores/announcer';

type State =
  | { kind: 'idle' }
  | { kind: 'invalid'; fileName: string; issues: PackageFileIssue[] }
  | { kind: 'unreadable' }
  | { kind: 'storageFull'; maxBytes: number }
  | { kind: 'conflict'; incoming: IncomingPackage; existing: PackageRecord; refusal: PackageRefusal | null };

/**
 * Picks a package file and imports it; a bad file is explained, a known id is never overwritten without asking.
 * A package file opened from the file manager (double-click) arrives here too and goes the same way.
 */
export function ImportPackageButton() {
  const { messages } = useI18n();
  const m = messages.packages;
  const files = useFiles();
  const database = useDatabase();
  const announce = useAnnouncer((state) => state.announce);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const close = () => setState({ kind: 'idle' });

  const importBytes = useCallback(
    async (fileName: string, bytes: Uint8Array) => {
      const result = await importPackageFile(database, bytes);
      if (result.outcome === 'invalid') setState({ kind: 'invalid', fileName, issues: result.issues });
      else if (result.outcome === 'conflict')
        setState({ kind: 'conflict', incoming: result.incoming, existing: result.existing, refusal: result.replaceRefusal });
      else if (result.outcome === 'storageFull') setState({ kind: 'storageFull', maxBytes: result.maxBytes });
      else announce(m.imported(result.record.content.title));
    },
    [database, announce, m],
  );

  const pick = async () => {
    try {
      const file = await files.openFile({
        title: m.openDialogTitle,
        kind: 'package',
        filters: [{ name: m.fileFilter, extensions: [...openableExtensions.package] }],
      });
      if (file.outcome === 'cancelled') return;
      if (file.outcome === 'tooLarge') {
        setState({ kind: 'invalid', fileName: file.fileName, issues: [{ code: 'tooLarge', maxBytes: file.maxBytes }] });
        return;
      }
      await importBytes(file.fileName, file.bytes);
    } catch {
      setState({ kind: 'unreadable' });
    }
  };

  useOpenedFile('package', (file) => importBytes(file.fileName, file.bytes).catch(() => setState({ kind: 'unreadable' })));

  const resolve = async (choice: 'replace' | 'copy') => {
    if (state.kind !== 'conflict') return;
    try {
      const result = await resolveImportConflict(database, state.incoming, choice, m.copyTitle);
      if (result.outcome === 'refused') {
        setState({ ...state, refusal: result });
        return;
      }
      if (result.outcome === 'storageFull') {
        setState({ kind: 'storageFull', maxBytes: result.maxBytes });
        return;
      }
      close();
      announce(choice === 'replace' ? m.replaced(result.record.content.title) : m.imported(result.record.content.title));
    } catch {
      setState({ kind: 'unreadable' });
    }
  };

  return (
    <>
      <Button className="button button-primary" onPress={() => void pick()}>
        {m.import}
      </Button>
      <MessageDialog isOpen={state.kind === 'invalid'} title={m.importFailedTitle} closeLabel={m.close} onClose={close}>
        {state.kind === 'invalid' && (
          <>
            <p>{m.importFailedIntro(state.fileName)}</p>
            <ul className="issue-list">
              {state.issues.map((issue, index) => (
                <li key={index}>{packageFileIssueMessage(messages, issue)}</li>
              ))}
            </ul>
          </>
        )}
      </MessageDialog>
      <MessageDialog isOpen={state.kind === 'unreadable'} title={m.importFailedTitle} closeLabel={m.close} onClose={close}>
        <p>{m.readFailed}</p>
      </MessageDialog>
      <MessageDialog isOpen={state.kind === 'storageFull'} title={m.importFailedTitle} closeLabel={m.close} onClose={close}>
        {state.kind === 'storageFull' && <p>{messages.documents.storageFull(megabytes(state.maxBytes))}</p>}
      </MessageDialog>
      <MessageDialog
        isOpen={state.kind === 'conflict'}
        title={m.conflictTitle}
        closeLabel={m.cancel}
        onClose={close}
        actions={
          state.kind === 'conflict' && (
            <>
              <Button className="button button-primary" onPress={() => void resolve('copy')}>
                {m.keepBoth}
              </Button>
              {state.refusal === null && (
                <Button className="button" onPress={() => void resolve('replace')}>
                  {m.replace}
                </Button>
              )}
            </>
          )
        }
      >
        {state.kind === 'conflict' && (
          <>
            <p>{m.conflictBody(state.existing.content.title)}</p>
            {state.refusal && (
              <p>{state.refusal.reason === 'builtIn' ? m.replaceRefusedBuiltIn : m.replaceRefusedInUse(state.refusal.meetingCount)}</p>
            )}
          </>
        )}
      </MessageDialog>
    </>
  );
}
