import { useNavigation } from '../navigation/navigation';
import { ProjectorScreen } from './ProjectorScreen';

/**
 * The projector window's whole page: the room's screen for the meeting its address names. It runs under no bridge of
 * the main window's (see renderer/app/roots.tsx), so nothing here can save, open, back up or mail.
 */
export function ProjectorApp() {
  const route = useNavigation((state) => state.route);
  // An address that names no meeting shows what an unknown meeting does.
  const meetingId = route.screen === 'projector' ? route.meetingId : '';
  return <ProjectorScreen key={meetingId} meetingId={meetingId} />;
}
