import { getLocalTimeZone, today, type CalendarDate } from '@internationalized/date';
import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Form,
  Group,
  Heading,
  Input,
  Label,
  Popover,
  Text,
  TextField,
} from 'react-aria-components';
import { CalendarIcon } from '../app/icons';
import { validateNewMeeting, type MeetingField } from '../../shared/domain/meeting';
import { issueMessage } from '../../shared/i18n/messages';
import { useDatabase } from '../data/DatabaseProvider';
import { addMeeting } from '../data/meetings';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';

export function NewMeetingForm() {
  const database = useDatabase();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const [bodyName, setBodyName] = useState('');
  const [date, setDate] = useState<CalendarDate | null>(() => today(getLocalTimeZone()));
  const [errors, setErrors] = useState<Partial<Record<MeetingField, string>>>({});
  const [saveFailed, setSaveFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const bodyNameRef = useRef<HTMLInputElement>(null);
  const m = messages.meetings;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateNewMeeting({ bodyName, date: date?.toString() ?? '' });
    if (!result.ok) {
      setErrors(Object.fromEntries(result.issues.map((issue) => [issue.field, issueMessage(messages, issue)])));
      const first = result.issues[0]?.field;
      if (first === 'bodyName') bodyNameRef.current?.focus();
      else event.currentTarget.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const meeting = await addMeeting(database, result.value);
      setSaveFailed(false);
      setBodyName('');
      announce(m.created(meeting.bodyName));
      bodyNameRef.current?.focus();
    } catch {
      // The typed name stays in the field so nothing is lost; the user may simply try again.
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form className="form" validationErrors={errors} validationBehavior="aria" onSubmit={submit} aria-labelledby="new-meeting-title">
      <TextField name="bodyName" value={bodyName} onChange={setBodyName} isRequired className="field">
        <Label>{m.bodyName}</Label>
        <Input ref={bodyNameRef} className="input" autoComplete="organization" />
        <Text slot="description" className="field-hint">
          {m.bodyNameHint}
        </Text>
        <FieldError className="field-error" />
      </TextField>

      <DatePicker name="date" value={date} onChange={setDate} isRequired className="field" granularity="day">
        <Label>{m.date}</Label>
        <Group className="date-group">
          <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
          <Button className="icon-button" aria-label={m.openCalendar}>
            <CalendarIcon />
          </Button>
        </Group>
        <FieldError className="field-error" />
        <Popover className="popover" placement="bottom start">
          <Dialog className="calendar-dialog" aria-label={m.date}>
            <Calendar className="calendar">
              <header className="calendar-header">
                <Button slot="previous" className="icon-button" aria-label={m.previousMonth}>
                  ◀
                </Button>
                <Heading className="calendar-heading" />
                <Button slot="next" className="icon-button" aria-label={m.nextMonth}>
                  ▶
                </Button>
              </header>
              <CalendarGrid className="calendar-grid">{(day) => <CalendarCell date={day} className="calendar-cell" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>

      {saveFailed && (
        <p className="alert" role="alert">
          {m.saveFailed}
        </p>
      )}
      <Button type="submit" className="button button-primary" isDisabled={saving}>
        {m.create}
      </Button>
    </Form>
  );
}
