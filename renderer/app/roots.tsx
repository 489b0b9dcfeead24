import { StrictMode, Suspense } from 'react';
import type { MalsamtalBridge } from '../../shared/ipc/contract';
import { AutomaticBackups } from '../backup/AutomaticBackups';
import { BridgeProvider } from '../bridge/BridgeProvider';
import type { MalsamtalDatabase } from '../data/db';
import { DatabaseProvider } from '../data/DatabaseProvider';
import { lazyScreen } from '../i18n/catalogLoader';
import { I18nProvider } from '../i18n/I18nProvider';
import { App } from './App';
import { DatabaseGuard } from './DatabaseGuard';
import { ErrorBoundary, type Failure } from './ErrorBoundary';
import { AppErrorBoundary, ProjectorFailure } from './FailureNotice';

// The projector's screen loads only in its own window, so the chair's window starts on less JavaScript.
const ProjectorApp = lazyScreen(() => import('../projector/ProjectorApp').then((module) => module.ProjectorApp));

/** The chair's window: the whole app over the main window's bridge, and in Electron its automatic backups. */
export function MainRoot({
  bridge,
  database,
  shell,
}: {
  bridge: MalsamtalBridge;
  database: MalsamtalDatabase;
  shell: 'electron' | 'browser';
}) {
  return (
    <StrictMode>
      <BridgeProvider bridge={bridge}>
        <DatabaseProvider database={database}>
          <AppErrorBoundary>
            <I18nProvider bridge={bridge}>
              <DatabaseGuard>
                <App shell={shell} />
                {shell === 'electron' && <AutomaticBackups />}
              </DatabaseGuard>
            </I18nProvider>
          </AppErrorBoundary>
        </DatabaseProvider>
      </BridgeProvider>
    </StrictMode>
  );
}

const projectorFailure = ({ retry }: Failure) => <ProjectorFailure retry={retry} />;

/**
 * The room's window: the projector screen over the shared database, in the user's language, and under no bridge at
 * all: it asks nothing of the shell, so it takes no part in closing, backups or opened files, and the menu's language
 * is the main window's to set.
 */
export function ProjectorRoot({ database }: { database: MalsamtalDatabase }) {
  return (
    <StrictMode>
      <DatabaseProvider database={database}>
        {/* Whatever fails in the room's window, the room sees one calm sentence, never a white screen: in the user's
            language when the failure is below the language setting, in Swedish when it is the setting that failed. */}
        <ErrorBoundary fallback={projectorFailure}>
          <I18nProvider>
            <ErrorBoundary fallback={projectorFailure}>
              <DatabaseGuard>
                <Suspense fallback={null}>
                  <ProjectorApp />
                </Suspense>
              </DatabaseGuard>
            </ErrorBoundary>
          </I18nProvider>
        </ErrorBoundary>
      </DatabaseProvider>
    </StrictMode>
  );
}
