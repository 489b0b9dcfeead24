import { countedAnswers, type CompiledAnswer } from '../compile/mergeAnswers';
import { csvText } from '../compile/ratingsCsv';
import { isCalendarDate, type CalendarDate } from '../domain/calendarDate';
import type { RemissPackage, Respondent } from '../remiss/remissPackage';
import type { RoundBody, RoundRecord } from './roundRecords';

/** Where a remissinstans stands in the round, from nothing yet to its adjusted answer. */
export const roundStates = ['notYet', 'meetingKnown', 'unadjusted', 'adjusted'] as const;
export type RoundState = (typeof roundStates)[number];

export interface BodyRoundStatus {
  respondent: Respondent;
  state: RoundState;
  /** The meeting the office expects, as it recorded it. */
  plannedMeetingDate: CalendarDate | null;
  /** The meeting the answer came from. */
  meetingDate: CalendarDate | null;
  /** The days the answers arrived on this computer. */
  unadjustedArrivedOn: CalendarDate | null;
  adjustedArrivedOn: CalendarDate | null;
  /** The day the answer is due: the package's deadline, else 14 days after the planned meeting (the justering's limit). */
  dueOn: CalendarDate | null;
  /** No answer by the day it was due, or none yet after it. */
  late: boolean;
  /** A second, different answer from the same meeting waits for the office's choice. */
  conflict: boolean;
  sentOutOn: CalendarDate | null;
  remindedOn: CalendarDate | null;
}

/** Days after the meeting within which the protocol is adjusted (kommunallagen): the due day when the package gives none. */
const JUSTERING_DAYS = 14;

function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** An empty record of a remissinstans, for one the office has written nothing about yet. */
export const emptyRoundBody = (respondentId: string): RoundBody => ({
  respondentId,
  plannedMeetingDate: null,
  sentOutOn: null,
  remindedOn: null,
});

/**
 * Every remissinstans's place in the round, in the package's order. `localDate` turns the moment a file was imported
 * into the day it arrived where the office sits; `today` is that day now.
 */
export function roundStatus(
  pkg: Pick<RemissPackage, 'respondents' | 'deadline'>,
  answers: readonly CompiledAnswer[],
  round: RoundRecord | undefined,
  today: CalendarDate,
  localDate: (instant: string) => CalendarDate,
): BodyRoundStatus[] {
  const counted = countedAnswers(answers);
  return pkg.respondents.map((respondent): BodyRoundStatus => {
    const body = round?.bodies.find((entry) => entry.respondentId === respondent.id) ?? emptyRoundBody(respondent.id);
    const own = counted
      .filter((answer) => answer.answer.body.respondentId === respondent.id)
      .sort((x, y) => y.answer.meeting.date.localeCompare(x.answer.meeting.date) || y.importedAt.localeCompare(x.importedAt));
    const latest = own[0];
    const adjusted = own.find((answer) => answer.answer.status === 'justerat');
    const unadjustedAt = adjusted?.unadjustedImportedAt ?? own.find((answer) => answer.answer.status === 'ojusterat')?.importedAt;
    const unadjustedArrivedOn = unadjustedAt ? localDate(unadjustedAt) : null;
    const adjustedArrivedOn = adjusted ? localDate(adjusted.importedAt) : null;
    const state: RoundState = adjusted ? 'adjusted' : latest ? 'unadjusted' : body.plannedMeetingDate ? 'meetingKnown' : 'notYet';
    const dueOn = pkg.deadline ?? (body.plannedMeetingDate ? addDays(body.plannedMeetingDate, JUSTERING_DAYS) : null);
    const firstArrival = [unadjustedArrivedOn, adjustedArrivedOn].filter((date): date is string => date !== null).sort()[0];
    return {
      respondent,
      state,
      plannedMeetingDate: body.plannedMeetingDate,
      meetingDate: latest?.answer.meeting.date ?? null,
      unadjustedArrivedOn,
      adjustedArrivedOn,
      dueOn,
      late: dueOn !== null && (firstArrival ?? today) > dueOn,
      conflict: answers.some((answer) => answer.conflictOf !== undefined && answer.answer.body.respondentId === respondent.id),
      sentOutOn: body.sentOutOn,
      remindedOn: body.remindedOn,
    };
  });
}

/** How many remissinstanser are in each state, and how many are late: the round at a glance. */
export function roundSummary(statuses: readonly BodyRoundStatus[]): Record<RoundState | 'late', number> {
  const summary = { notYet: 0, meetingKnown: 0, unadjusted: 0, adjusted: 0, late: 0 };
  for (const status of statuses) {
    summary[status.state] += 1;
    if (status.late) summary.late += 1;
  }
  return summary;
}

/** The remissinstanser to remind: no answer at all yet. */
export const needsReminder = (status: BodyRoundStatus) => status.state === 'notYet' || status.state === 'meetingKnown';

/** A round's record with one body's planned meeting date set (or cleared with null). */
export function withPlannedMeeting(round: RoundRecord, respondentId: string, date: CalendarDate | null, now: Date): RoundRecord {
  if (date !== null && !isCalendarDate(date)) return round;
  return withBody(round, respondentId, (body) => ({ ...body, plannedMeetingDate: date }), now);
}

/** A round's record with the day a send-out or a reminder was written for some bodies. */
export function withMailWritten(
  round: RoundRecord,
  respondentIds: readonly string[],
  kind: 'sentOutOn' | 'remindedOn',
  on: CalendarDate,
  now: Date,
): RoundRecord {
  return respondentIds.reduce((record, id) => withBody(record, id, (body) => ({ ...body, [kind]: on }), now), round);
}

function withBody(round: RoundRecord, respondentId: string, change: (body: RoundBody) => RoundBody, now: Date): RoundRecord {
  const existing = round.bodies.find((body) => body.respondentId === respondentId) ?? emptyRoundBody(respondentId);
  return {
    ...round,
    bodies: [...round.bodies.filter((body) => body.respondentId !== respondentId), change(existing)],
    updatedAt: now.toISOString(),
  };
}

export interface RoundCsvWords {
  headers: readonly string[];
  kinds: Record<Respondent['kind'], string>;
  states: Record<RoundState, string>;
  yes: string;
  no: string;
}

/** The status table as a CSV file for Excel, one row per remissinstans, with the same words as the screen. */
export function roundStatusCsv(statuses: readonly BodyRoundStatus[], words: RoundCsvWords): string {
  return csvText([
    words.headers,
    ...statuses.map((status) => [
      status.respondent.name,
      words.kinds[status.respondent.kind],
      words.states[status.state],
      status.plannedMeetingDate,
      status.meetingDate,
      status.unadjustedArrivedOn,
      status.adjustedArrivedOn,
      status.dueOn,
      status.late ? words.yes : words.no,
      status.sentOutOn,
      status.remindedOn,
    ]),
  ]);
}
