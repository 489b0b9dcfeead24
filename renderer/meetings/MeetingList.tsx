import { formatCalendarDate } from '../../shared/i18n/format';
import { useMeetings } from '../data/meetings';
import { useI18n } from '../i18n/I18nProvider';

export function MeetingList() {
  const meetings = useMeetings();
  const { language, messages } = useI18n();
  const m = messages.meetings;

  if (meetings === undefined) return null;
  if (meetings.length === 0) return <p className="empty">{m.empty}</p>;
  return (
    <>
      <p className="count">{m.count(meetings.length)}</p>
      <ul className="meeting-list" aria-labelledby="meeting-list-title">
        {meetings.map((meeting) => (
          <li key={meeting.id} className="meeting-card">
            <h3 className="meeting-body">{meeting.bodyName}</h3>
            <p className="meeting-date">
              <time dateTime={meeting.date}>{formatCalendarDate(meeting.date, language)}</time>
            </p>
            <p className={`status status-${meeting.status}`}>
              <span className="visually-hidden">{m.statusLabel}: </span>
              {m.status[meeting.status]}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
