import { getLocalTimeZone, today } from '@internationalized/date';
import { useRef, useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { isUnlikelyDate } from '../../shared/domain/calendarDate';
import { validateNewMeeting, type MeetingField, type NewMeetingInput } from '../../shared/domain/meeting';
import { issueMessage } from '../../shared/i18n/startMessages';
import { LazyDateField } from '../app/LazyDateField';
import { ConfirmDialog } from '../app/Dialogs';
import { useDatabase } from '../data/DatabaseProvider';
import { addMeeting } from '../data/meetings';
import { useStartI18n } from '../i18n/I18nProvider';
import { useNavigation } from '../navigation/navigation';
import { useAnnouncer } from '../stores/announcer';

type Errors = Partial<Record<MeetingField, string>>;

/**
 * A new meeting by name and date; once stored, its preparation opens. An error stays until the field is put right, so
 * nothing moves under the pointer on the way to the button.
 */
export function NewMeetingForm() {
  const database = useDatabase();
  const { messages } = useStartI18n();
  const announce = useAnnouncer((state) => state.announce);
  const navigate = useNavigation((state) => state.navigate);
  const [bodyName, setBodyName] = useState('');
  const [date, setDate] = useState(() => today(getLocalTimeZone()).toString());
  const [errors, setErrors] = useState<Errors>({});
  const [unlikely, setUnlikely] = useState<NewMeetingInput | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const bodyNameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const m = messages.meetings;

  const errorsFor = (input: NewMeetingInput): Errors => {
    const result = validateNewMeeting(input);
    return result.ok ? {} : Object.fromEntries(result.issues.map((issue) => [issue.field, issueMessage(messages, issue)]));
  };

  // A field shown as wrong is checked again as it changes, and its message goes only once it is right.
  const recheck = (input: NewMeetingInput) => {
    const now = errorsFor(input);
    setErrors((shown) =>
      Object.fromEntries(Object.keys(shown).flatMap((field) => (field in now ? [[field, now[field as MeetingField]]] : []))),
    );
  };

  const focusDate = () => formRef.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();

  const create = async (input: NewMeetingInput) => {
    setSaving(true);
    try {
      const meeting = await addMeeting(database, input);
      setSaveFailed(false);
      announce(m.created(meeting.bodyName));
      navigate({ screen: 'meeting', meetingId: meeting.id });
    } catch {
      // The typed name stays in the field so nothing is lost; the user may simply try again.
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateNewMeeting({ bodyName, date });
    if (!result.ok) {
      setErrors(errorsFor({ bodyName, date }));
      if (result.issues[0]?.field === 'bodyName') bodyNameRef.current?.focus();
      else focusDate();
      return;
    }
    setErrors({});
    if (isUnlikelyDate(result.value.date, today(getLocalTimeZone()).toString())) setUnlikely(result.value);
    else void create(result.value);
  };

  return (
    <Form ref={formRef} className="form" validationBehavior="aria" onSubmit={submit} aria-labelledby="new-meeting-title">
      <TextField
        name="bodyName"
        value={bodyName}
        onChange={(value) => {
          setBodyName(value);
          recheck({ bodyName: value, date });
        }}
        isRequired
        isInvalid={errors.bodyName !== undefined}
        className="field"
      >
        <Label>{m.bodyName}</Label>
        <Input ref={bodyNameRef} className="input" autoComplete="organization" />
        <Text slot="description" className="field-hint">
          {m.bodyNameHint}
        </Text>
        <FieldError className="field-error">{errors.bodyName}</FieldError>
      </TextField>

      <LazyDateField
        name="date"
        label={m.date}
        value={date}
        isRequired
        error={errors.date}
        onChange={(value) => {
          setDate(value);
          recheck({ bodyName, date: value });
        }}
      />

      {saveFailed && (
        <p className="alert" role="alert">
          {m.saveFailed}
        </p>
      )}
      <Button type="submit" className="button button-primary" isDisabled={saving}>
        {m.create}
      </Button>
      <ConfirmDialog
        isOpen={unlikely !== null}
        title={messages.dates.unlikelyTitle}
        confirmLabel={messages.dates.unlikelyConfirm}
        cancelLabel={messages.dates.unlikelyChange}
        tone="primary"
        onCancel={() => {
          setUnlikely(null);
          focusDate();
        }}
        onConfirm={() => {
          const input = unlikely;
          setUnlikely(null);
          if (input) void create(input);
        }}
      >
        <p>{unlikely && messages.dates.unlikely(unlikely.date)}</p>
      </ConfirmDialog>
    </Form>
  );
}
