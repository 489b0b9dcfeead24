import { ExportScreen } from '../export/ExportScreen';
import { MeetingsScreen } from '../meetings/MeetingsScreen';
import { useI18n } from '../i18n/I18nProvider';
import { useNavigation } from '../navigation/navigation';
import { formatRoute, type Route } from '../navigation/route';
import { LanguagePicker } from './LanguagePicker';
import { LiveRegion } from './LiveRegion';

/** The main sections, each a link in the header; a section is current when the route's screen belongs to it. */
const sections = [
  { id: 'meetings', home: { screen: 'meetings' }, screens: ['meetings', 'meeting', 'meetingExport'] },
] as const satisfies ReadonlyArray<{
  id: string;
  home: Route;
  screens: ReadonlyArray<Route['screen']>;
}>;

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'meetingExport':
      return <ExportScreen meetingId={route.meetingId} />;
    default:
      return <MeetingsScreen />;
  }
}

export function App() {
  const { messages } = useI18n();
  const route = useNavigation((state) => state.route);
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
        <nav aria-label={messages.app.navigation} className="app-nav">
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <a
                  href={formatRoute(section.home)}
                  aria-current={(section.screens as ReadonlyArray<string>).includes(route.screen) ? 'page' : undefined}
                >
                  {messages.app.sections[section.id]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguagePicker />
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Screen route={route} />
      </main>
      <LiveRegion />
    </>
  );
}
