import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Meeting } from '../../shared/domain/meeting';
import { formatCalendarDate } from '../../shared/i18n/format';
import { ConfirmDialog } from '../app/Dialogs';
import { useDatabase } from '../data/DatabaseProvider';
import { deleteMeeting, duplicateMeeting } from '../data/meetingRoom';
import { useMeetings } from '../data/meetings';
import { useStartI18n } from '../i18n/I18nProvider';
import { formatRoute } from '../navigation/route';
import { useAnnouncer } from '../stores/announcer';

export function MeetingList() {
  const database = useDatabase();
  const meetings = useMeetings();
  const { language, messages } = useStartI18n();
  const announce = useAnnouncer((state) => state.announce);
  const [toDelete, setToDelete] = useState<Meeting | null>(null);
  const [failed, setFailed] = useState(false);
  const m = messages.meetings;
  const l = messages.meetingList;

  const attempt = async (action: () => Promise<void>) => {
    try {
      await action();
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  if (meetings === undefined) return null;
  if (meetings.length === 0) return <p className="empty">{m.empty}</p>;
  return (
    <>
      <p className="count">{m.count(meetings.length)}</p>
      {failed && (
        <p className="alert" role="alert">
          {l.failed}
        </p>
      )}
      <ul className="meeting-list" aria-labelledby="meeting-list-title">
        {meetings.map((meeting) => {
          // The date is in every button's name: two rounds for the same body must never sound alike.
          const date = formatCalendarDate(meeting.date, language);
          return (
            <li key={meeting.id} className="meeting-card">
              <h3 className="meeting-body">{meeting.bodyName}</h3>
              <p className="meeting-date">
                <time dateTime={meeting.date}>{date}</time>
              </p>
              <p className={`status status-${meeting.status}`}>
                <span className="visually-hidden">{m.statusLabel}: </span>
                {m.status[meeting.status]}
              </p>
              <div className="button-row">
                <a
                  className="button button-primary"
                  href={formatRoute({ screen: 'meeting', meetingId: meeting.id })}
                  aria-label={l.open(meeting.bodyName, date)}
                >
                  {l.openShort}
                </a>
                <Button
                  className="button"
                  aria-label={l.duplicateLabel(meeting.bodyName, date)}
                  onPress={() =>
                    void attempt(async () => {
                      const copy = await duplicateMeeting(database, meeting);
                      announce(l.duplicated(meeting.bodyName, formatCalendarDate(copy.date, language)));
                    })
                  }
                >
                  {l.duplicate}
                </Button>
                <Button className="button" aria-label={l.deleteLabel(meeting.bodyName, date)} onPress={() => setToDelete(meeting)}>
                  {l.delete}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        isOpen={toDelete !== null}
        title={l.confirmTitle}
        confirmLabel={l.confirm}
        cancelLabel={l.cancel}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (!toDelete) return;
          void attempt(async () => {
            await deleteMeeting(database, toDelete.id);
            announce(l.deleted(toDelete.bodyName));
            setToDelete(null);
          });
        }}
      >
        {toDelete && <p>{l.confirmText(toDelete.bodyName, formatCalendarDate(toDelete.date, language))}</p>}
      </ConfirmDialog>
    </>
  );
}
