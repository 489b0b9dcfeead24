import { getLocalTimeZone, today } from '@internationalized/date';
import { useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { adjustedSentence } from '../../shared/attachment/attachmentModel';
import { isFrozen, isLateAdjustment, validateAdjustment } from '../../shared/attachment/protocolPath';
import { appealPeriodEnd, JUSTERING_DAYS, noticeBoardDeadline, plannedJusteringDate } from '../../shared/decision/justering';
import { addDays } from '../../shared/decision/swedishCalendar';
import { isCalendarDate, isUnlikelyDate } from '../../shared/domain/calendarDate';
import type { Meeting } from '../../shared/domain/meeting';
import { DateField } from '../app/DateField';
import { ConfirmDialog } from '../app/Dialogs';
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
  // The messages of the last attempt; each stays until its field is put right, so nothing moves under the pointer.
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [askDate, setAskDate] = useState(false);
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

  // What is still wrong now, with the justerare and the date as they stand (the meeting is read live).
  const current = validateAdjustment(meeting, { adjustedOn });
  const stillWrong: Record<string, string> = current.ok
    ? {}
    : Object.fromEntries(current.issues.map((issue) => [issue.field, a.issues[issue.code]]));
  const shown = Object.fromEntries(Object.keys(errors).flatMap((field) => (field in stillWrong ? [[field, stillWrong[field]!]] : [])));

  const submit = async (event: FormEvent<HTMLFormElement> | null, dateConfirmed = false) => {
    event?.preventDefault();
    if (current.ok && !dateConfirmed && isUnlikelyDate(current.value.adjustedOn, today(getLocalTimeZone()).toString())) {
      setErrors({});
      setAskDate(true);
      return;
    }
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
        error={shown.justerare}
        onChange={(ids) => {
          setFailed(false);
          const shown = justering.justerareIds;
          const change = { added: ids.filter((id) => !shown.includes(id)), removed: shown.filter((id) => !ids.includes(id)) };
          pendingJusterare.current = changeJusterare(database, meeting.id, change).catch(() => setFailed(true));
        }}
      />
      <DateField name="adjustedOn" label={e.adjustedOn} value={adjustedOn} isRequired error={shown.adjustedOn} onChange={setAdjustedOn} />
      <JusteringDates meeting={meeting} adjustedOn={adjustedOn.trim()} />
      {shown.status && <p className="alert">{shown.status}</p>}
      {failed && <p className="alert">{messages.meetings.saveFailed}</p>}
      <Button type="submit" className="button button-primary">
        {e.adjust}
      </Button>
      <ConfirmDialog
        isOpen={askDate}
        title={messages.dates.unlikelyTitle}
        confirmLabel={messages.dates.unlikelyConfirm}
        cancelLabel={messages.dates.unlikelyChange}
        tone="primary"
        onCancel={() => setAskDate(false)}
        onConfirm={() => {
          setAskDate(false);
          void submit(null, true);
        }}
      >
        <p>{messages.dates.unlikely(adjustedOn)}</p>
      </ConfirmDialog>
    </Form>
  );
}
