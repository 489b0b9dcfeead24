import { useI18n } from '../i18n/I18nProvider';
import { formatRoute } from '../navigation/route';
import { useMeeting, usePackage, useSession } from '../data/meetingRoom';
import { MeetingRoom } from './MeetingRoom';
import { SetupForm } from './SetupForm';

/** One meeting: its preparation until the chair starts it, then the guided dialogue, resumed where it was left. */
export function MeetingScreen({ meetingId }: { meetingId: string }) {
  const { messages } = useI18n();
  const meeting = useMeeting(meetingId);
  const session = useSession(meetingId);
  const pkg = usePackage(meeting?.packageId ?? null);

  if (meeting === undefined || session === undefined) return <p>{messages.meeting.loading}</p>;
  if (meeting === null)
    return (
      <>
        <h1>{messages.meeting.notFound}</h1>
        <a href={formatRoute({ screen: 'meetings' })}>{messages.meeting.backToList}</a>
      </>
    );
  if (session && pkg) return <MeetingRoom meeting={meeting} session={session} pkg={pkg} />;
  if (session && pkg === undefined) return <p>{messages.meeting.loading}</p>;
  return <SetupForm meeting={meeting} />;
}
