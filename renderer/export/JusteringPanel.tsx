import { useRef, useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { adjustedSentence } from '../../shared/attachment/attachmentModel';
import { isFrozen, isLateAdjustment } from '../../shared/attachment/protocolPath';
import { appealPeriodEnd, JUSTERING_DAYS, noticeBoardDeadline, plannedJusteringDate } from '../../shared/decision/justering';
import { addDays } from '../../shared/decision/swedishCalendar';
import { isCalendarDate } from '../../shared/domain/calendarDate';
import type { Meeting } from '../../shared/domain/meeting';
import { useDatabase } from '../data/DatabaseProvider';
import { useI18n } from '../i18n/I18nProvider';
import { JusterareChoice } from '../meeting/JusteringFieldset';
import { useAnnouncer } from '../stores/announcer';
import { adjustAsAssigned, changeJusterare } from '../data/exports';

/** When the justering must be announced on the notice board, and when the appeal period then ends. */
function JusteringDates({ meeting, adjustedOn }: { meeting: Meeting; adjustedOn: string }) {
  const { messages } = useI18n();
  const a = messages.decision.adjustment;
  if (!isCalendarDate(adjustedOn) || adjustedOn < meeting.date) return null;
  const notice = noticeBoardDeadline(adjustedOn);
  return (
    <div className="justering-dates">
      {isLateAdjustment(meeting, adjustedOn) && <p className="alert">{a.late(addDays(meeting.date, JUSTERING_DAYS))}</p>}
      <p>{a.noticeBoard(notice)}</p>
      <p>{a.appeal(appealPeriodEnd(notice), notice)}</p>
      <p className="field-hint">{a.dateRules}</p>
    </div>
  );
}

/**
 * The justering on the protocol's path: the justerare assigned at the meeting (chosen here if none was), the time set,
 * the day it happens, and from it the last day for the notice board and the end of the appeal period.
 */
export function JusteringPanel({ meeting }: { meeting: Meeting }) {
  const database = useDatabase();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const e = messages.export;
  const a = messages.decision.adjustment;
  const p = messages.protocol;
  const [adjustedOn, setAdjustedOn] = useState(() => plannedJusteringDate(meeting) ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  // The last change of justerare, so an adjustment a moment later records them.
  const pendingJusterare = useRef<Promise<unknown>>(Promise.resolve());
  const { justering } = meeting;

  if (isFrozen(meeting))
    return meeting.adjustment ? (
      <>
        <p>{adjustedSentence(meeting.adjustment)}</p>
        <JusteringDates meeting={meeting} adjustedOn={meeting.adjustment.adjustedOn} />
      </>
    ) : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await pendingJusterare.current;
      const issues = await adjustAsAssigned(database, meeting.id, adjustedOn);
      setFailed(false);
      setErrors(Object.fromEntries(issues.map((issue) => [issue.field, a.issues[issue.code]])));
      if (issues.length === 0) announce(e.adjustedDone);
    } catch {
      setFailed(true);
    }
  };

  const planned = justering.immediate
    ? a.immediate
    : justering.date === null
      ? a.notPlanned
      : p.justeringPlanned(justering.date, justering.time, justering.place);

  return (
    <Form className="form" validationBehavior="aria" onSubmit={(event) => void submit(event)} aria-labelledby="adjust-title">
      <h3 id="adjust-title">{e.adjustTitle}</h3>
      <p className="field-hint">{e.adjustHint}</p>
      <p>
        <strong>{a.planned}:</strong> {planned}
      </p>
      {justering.justerareIds.length === 0 && <p className="alert">{a.noJusterare}</p>}
      <JusterareChoice
        participants={meeting.participants}
        value={justering.justerareIds}
        error={errors.justerare}
        onChange={(ids) => {
          setFailed(false);
          const shown = justering.justerareIds;
          const change = { added: ids.filter((id) => !shown.includes(id)), removed: shown.filter((id) => !ids.includes(id)) };
          pendingJusterare.current = changeJusterare(database, meeting.id, change).catch(() => setFailed(true));
        }}
      />
      <TextField
        name="adjustedOn"
        className="field"
        isRequired
        value={adjustedOn}
        onChange={setAdjustedOn}
        isInvalid={Boolean(errors.adjustedOn)}
      >
        <Label>{e.adjustedOn}</Label>
        <Input className="input" inputMode="numeric" />
        <FieldError className="field-error">{errors.adjustedOn}</FieldError>
      </TextField>
      <JusteringDates meeting={meeting} adjustedOn={adjustedOn.trim()} />
      {errors.status && <p className="alert">{errors.status}</p>}
      {failed && <p className="alert">{messages.meetings.saveFailed}</p>}
      <Button type="submit" className="button button-primary">
        {e.adjust}
      </Button>
    </Form>
  );
}
