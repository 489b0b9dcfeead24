import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseGuard } from './app/DatabaseGuard';
import { AppErrorBoundary } from './app/FailureNotice';
import { AutomaticBackups } from './backup/AutomaticBackups';
import { bridge, shell } from './bridge/bridge';
import { BridgeProvider } from './bridge/BridgeProvider';
import { removeRestoreLeftovers } from './data/backup';
import { MalsamtalDatabase } from './data/db';
import { DatabaseProvider } from './data/DatabaseProvider';
import { I18nProvider } from './i18n/I18nProvider';

const database = new MalsamtalDatabase();
// A restore cut short by a kill leaves its scratch copy behind; should this fail, the next start tries again.
void removeRestoreLeftovers(database).catch(() => undefined);

createRoot(document.getElementById('root')!).render(
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
  </StrictMode>,
);
