import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseGuard } from './app/DatabaseGuard';
import { AutomaticBackups } from './backup/AutomaticBackups';
import { bridge, shell } from './bridge/bridge';
import { BridgeProvider } from './bridge/BridgeProvider';
import { MalsamtalDatabase } from './data/db';
import { DatabaseProvider } from './data/DatabaseProvider';
import { I18nProvider } from './i18n/I18nProvider';

const database = new MalsamtalDatabase();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BridgeProvider bridge={bridge}>
      <DatabaseProvider database={database}>
        <I18nProvider bridge={bridge}>
          <DatabaseGuard>
            <App shell={shell} />
            {shell === 'electron' && <AutomaticBackups />}
          </DatabaseGuard>
        </I18nProvider>
      </DatabaseProvider>
    </BridgeProvider>
  </StrictMode>,
);
