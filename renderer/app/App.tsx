import { Suspense } from 'react';
import { StoredDataCheck } from '../backup/StoredDataCheck';
import { MeetingsScreen } from '../meetings/MeetingsScreen';
import { OpenedFileRouter } from '../files/OpenedFileRouter';
import { lazyScreen } from '../i18n/catalogLoader';
import { useStartI18n } from '../i18n/I18nProvider';
import { useNavigation } from '../navigation/navigation';
import { formatRoute, type Route } from '../navigation/route';
import { ErrorBoundary } from './ErrorBoundary';
import { FailureNotice } from './FailureNotice';
import { LiveRegion } from './LiveRegion';
import { LoadingStatus } from './Loading';
import { RefusedWriteAlert } from './RefusedWriteAlert';
import { SettingsMenu } from './SettingsMenu';
import { useRoomMode } from '../stores/roomMode';
import { UnsavedTextsBanner } from './UnsavedTextsBanner';
import { useCloseGuard } from './useCloseGuard';

/** The main sections, each a link in the header; a section is current when the route's screen belongs to it. */
const sections = [
  { id: 'meetings', home: { screen: 'meetings' }, screens: ['meetings', 'meeting', 'meetingExport'] },
  { id: 'packages', home: { screen: 'packages' }, screens: ['packages', 'package', 'packageEditor', 'compile'] },
  { id: 'bodies', home: { screen: 'bodies' }, screens: ['bodies'] },
  { id: 'backups', home: { screen: 'backups' }, screens: ['backups'] },
] as const satisfies ReadonlyArray<{
  id: string;
  home: Route;
  screens: ReadonlyArray<Route['screen']>;
}>;

type Shell = 'electron' | 'browser';

// Screens other than the start screen load on first visit, with the rest of the catalog, so the app starts on less
// JavaScript.
const BackupScreen = lazyScreen(() => import('../backup/BackupScreen').then((module) => module.BackupScreen));
const MeetingScreen = lazyScreen(() => import('../meeting/MeetingScreen').then((module) => module.MeetingScreen));
const PackagesScreen = lazyScreen(() => import('../packages/PackagesScreen').then((module) => module.PackagesScreen));
const PackageScreen = lazyScreen(() => import('../packages/PackageScreen').then((module) => module.PackageScreen));
const PackageEditorScreen = lazyScreen(() => import('../packages/PackageEditorScreen').then((module) => module.PackageEditorScreen));
const ExportScreen = lazyScreen(() => import('../export/ExportScreen').then((module) => module.ExportScreen));
const CompileScreen = lazyScreen(() => import('../compile/CompileScreen').then((module) => module.CompileScreen));
const BodiesScreen = lazyScreen(() => import('../bodies/BodiesScreen').then((module) => module.BodiesScreen));

function Screen({ route, shell }: { route: Route; shell: Shell }) {
  switch (route.screen) {
    case 'backups':
      return <BackupScreen shell={shell} />;
    case 'meeting':
      return <MeetingScreen key={route.meetingId} meetingId={route.meetingId} />;
    case 'packages':
      return <PackagesScreen />;
    case 'package':
      return <PackageScreen packageId={route.packageId} />;
    case 'packageEditor':
      return <PackageEditorScreen packageId={route.packageId} />;
    case 'compile':
      return <CompileScreen key={route.packageId} packageId={route.packageId} />;
    case 'bodies':
      return <BodiesScreen />;
    case 'meetingExport':
      return <ExportScreen meetingId={route.meetingId} />;
    default:
      return <MeetingsScreen />;
  }
}

export function App({ shell }: { shell: Shell }) {
  const { messages } = useStartI18n();
  const route = useNavigation((state) => state.route);
  const roomMode = useRoomMode((state) => state.active);
  useCloseGuard(shell);
  // A running meeting has the screen to itself, with its own way out and the settings (see MeetingRoom). The header
  // leaves its place empty rather than moving <main>, so the screen inside is never mounted afresh.
  return (
    <>
      {!roomMode && (
        <a className="skip-link" href="#main">
          {messages.app.skipToContent}
        </a>
      )}
      {!roomMode && (
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
          <SettingsMenu />
        </header>
      )}
      <main id="main" tabIndex={-1} className={roomMode ? 'app-main app-main-room' : 'app-main'}>
        <StoredDataCheck />
        <UnsavedTextsBanner />
        <RefusedWriteAlert />
        {/* A screen that fails to draw leaves the header, the menu and the banner: the way on stays in view (a failed
            meeting room unmounts, which ends room mode and brings the header back). */}
        <ErrorBoundary resetKey={formatRoute(route)} fallback={(failure) => <FailureNotice {...failure} scope="screen" />}>
          <Suspense fallback={<LoadingStatus />}>
            <Screen route={route} shell={shell} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <LiveRegion />
      <OpenedFileRouter />
    </>
  );
}
