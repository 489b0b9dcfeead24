import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bridge } from './bridge/bridge';
import { MalsamtalDatabase } from './data/db';
import { DatabaseProvider } from './data/DatabaseProvider';
import { I18nProvider } from './i18n/I18nProvider';

const database = new MalsamtalDatabase();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseProvider database={database}>
      <I18nProvider bridge={bridge}>
        <App />
      </I18nProvider>
    </DatabaseProvider>
  </StrictMode>,
);
