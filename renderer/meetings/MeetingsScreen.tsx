import { useStartI18n } from '../i18n/I18nProvider';
import { MeetingList } from './MeetingList';
import { MeetingSearch } from './MeetingSearch';
import { NewMeetingForm } from './NewMeetingForm';

export function MeetingsScreen() {
  const { messages } = useStartI18n();
  const m = messages.meetings;
  return (
    <>
      <h1>{m.title}</h1>
      <div className="meetings-layout">
        <section className="panel" aria-labelledby="new-meeting-title">
          <h2 id="new-meeting-title">{m.newTitle}</h2>
          <NewMeetingForm />
        </section>
        <section className="panel" aria-labelledby="meeting-list-title">
          <h2 id="meeting-list-title">{m.listTitle}</h2>
          <MeetingList />
        </section>
      </div>
      <MeetingSearch />
    </>
  );
}
