import { MeetingsScreen } from '../meetings/MeetingsScreen';
import { useI18n } from '../i18n/I18nProvider';
import { LanguagePicker } from './LanguagePicker';
import { LiveRegion } from './LiveRegion';

export function App() {
  const { messages } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {messages.app.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-brand">
          <span className="app-name">{messages.app.name}</span>
          <span className="app-tagline">{messages.app.tagline}</span>
        </div>
        <LanguagePicker />
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <MeetingsScreen />
      </main>
      <LiveRegion />
    </>
  );
}
