import { isClosed } from '../../shared/attachment/protocolPath';
import type { GoalComment } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useDatabase } from '../data/DatabaseProvider';
import { markHeld } from '../data/meetingRoom';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { clockTime } from './labels';
import { MarkHeldButton } from './MarkHeldButton';

/**
 * The chair declares the meeting closed: from then no reservation can be announced, while written motivations and
 * statements can still be handed in until the time set for justering. The meeting is then held, its protocol unadjusted.
 * With comments not yet agreed the chair is asked first, told how many.
 */
export function MeetingClosing({
  meeting,
  pkg,
  comments,
}: {
  meeting: Meeting;
  pkg: Pick<RemissPackage, 'goals'>;
  comments: readonly GoalComment[];
}) {
  const database = useDatabase();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const c = messages.decision.closing;
  const { justering } = meeting;
  const smallMeeting = meeting.meetingForm === 'presidium' || meeting.meetingForm === 'ledning';
  const until =
    justering.date === null ? null : `${justering.date}${justering.time === null ? '' : ` ${justering.time.replace(':', '.')}`}`;

  if (isClosed(meeting))
    return (
      <div className="closing">
        <p>{meeting.closedAt ? c.closed(clockTime(meeting.closedAt)) : c.closedDone}</p>
        {until && meeting.status !== 'adjusted' && <p className="field-hint">{c.motivationsUntil(until)}</p>}
      </div>
    );
  return (
    <div className="closing">
      <p className="field-hint">{c.closeHint}</p>
      <MarkHeldButton
        label={c.close(smallMeeting)}
        question={{ title: c.closeQuestion(smallMeeting), confirm: c.closeConfirm }}
        pkg={pkg}
        comments={comments}
        onHeld={async () => {
          await markHeld(database, meeting.id);
          announce(c.closedDone);
        }}
      />
    </div>
  );
}
