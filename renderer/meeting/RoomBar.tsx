import type { ReactNode } from 'react';
import type { Meeting } from '../../shared/domain/meeting';
import { formatCalendarDate } from '../../shared/i18n/format';
import { ArrowLeftIcon } from '../app/icons';
import { useI18n } from '../i18n/I18nProvider';
import { formatRoute } from '../navigation/route';

/** Room mode's one bar: the way out, which meeting this is, and the chair's and secretary's tools. */
export function RoomBar({ meeting, children }: { meeting: Meeting; children: ReactNode }) {
  const { language, messages } = useI18n();
  return (
    <header className="room-bar">
      <a className="room-leave" href={formatRoute({ screen: 'meetings' })}>
        <ArrowLeftIcon /> {messages.room.leave}
      </a>
      <div className="room-title">
        <h1>
          {meeting.bodyName}
          {meeting.paragraph && ` ${messages.meeting.paragraph(meeting.paragraph)}`}
        </h1>
        <p className="meeting-meta">
          <time dateTime={meeting.date}>{formatCalendarDate(meeting.date, language)}</time>
          {meeting.place && ` · ${meeting.place}`} · {meeting.itemTitle} ·{' '}
          <span className={`status status-${meeting.status}`}>{messages.meetings.status[meeting.status]}</span>
        </p>
      </div>
      <div className="room-tools" role="group" aria-label={messages.room.tools}>
        {children}
      </div>
    </header>
  );
}
