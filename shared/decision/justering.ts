import { tidyLine } from '../format/safeText';
import { isCalendarDate, type CalendarDate } from '../domain/calendarDate';
import type { JusteringPlan, Participant } from '../domain/dialogue';
import type { Meeting } from '../domain/meeting';
import { isElected } from './participants';
import { addDays, lastDayOfTimeLimit } from './swedishCalendar';

/** A protocol is adjusted at the latest 14 days after the meeting (kommunallagen); later is warned about, not refused. */
export const JUSTERING_DAYS = 14;
export const MAX_JUSTERARE = 2;

/**
 * The last day the justering may be announced on the municipality's notice board: the second day after it
 * (kommunallagen), moved to the next weekday when it falls on a day lagen om beräkning av lagstadgad tid excludes.
 */
export function noticeBoardDeadline(adjustedOn: CalendarDate): CalendarDate {
  return lastDayOfTimeLimit(addDays(adjustedOn, 2));
}

/**
 * The last day for an appeal: three weeks from the day the justering was announced (kommunallagen), ending on the
 * same weekday (lagen om beräkning av lagstadgad tid, 1 §), moved to the next weekday when that day is excluded (2 §).
 */
export function appealPeriodEnd(announcedOn: CalendarDate): CalendarDate {
  return lastDayOfTimeLimit(addDays(announcedOn, 21));
}

/** Justering more than 14 days after the meeting: later than the law allows. */
export function isLateJustering(meetingDate: CalendarDate, justeringDate: CalendarDate): boolean {
  return justeringDate > addDays(meetingDate, JUSTERING_DAYS);
}

/** "2020-09-15T17:42" in the laptop's own clock, as the time set for justering is written. */
export function localDateTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * The time set for justering has come: a written motivation of a reservation, or a statement, can no longer be handed
 * in. Without a day set, the justering itself is the limit (the protocol is then frozen anyway).
 */
export function justeringTimeReached(plan: Pick<JusteringPlan, 'date' | 'time' | 'immediate'>, now: Date): boolean {
  if (plan.immediate || plan.date === null) return false;
  return localDateTime(now) >= `${plan.date}T${plan.time ?? '24:00'}`;
}

/** The day justering happens: the meeting's own for omedelbar justering, else the day set, if any. */
export function plannedJusteringDate(meeting: Pick<Meeting, 'date' | 'justering'>): CalendarDate | null {
  return meeting.justering.immediate ? meeting.date : meeting.justering.date;
}

/** The justerare assigned, in the order chosen, as participants. */
export function assignedJusterare(meeting: Pick<Meeting, 'justering' | 'participants'>): Participant[] {
  const byId = new Map(meeting.participants.map((p) => [p.id, p]));
  return meeting.justering.justerareIds.flatMap((id) => {
    const participant = byId.get(id);
    return participant ? [participant] : [];
  });
}

/** Who can be assigned as justerare: an elected member or substitute present, not the chair, who adjusts anyway. */
export function canBeJusterare(participant: Participant): boolean {
  return participant.present && participant.name.trim() !== '' && isElected(participant) && participant.role !== 'ordforande';
}

export interface JusteringPlanInput {
  justerareIds: string[];
  date: string;
  time: string;
  place: string;
  immediate: boolean;
}

export type JusteringIssue =
  | { field: 'justerare'; code: 'tooManyJusterare' | 'justerareUnknown' }
  | { field: 'justeringDate'; code: 'dateInvalid' | 'dateBeforeMeeting' }
  | { field: 'justeringTime'; code: 'timeInvalid' };

const timePattern = /^([01]\d|2[0-3])[:.]([0-5]\d)$/;

export function justeringPlanInput(plan: JusteringPlan): JusteringPlanInput {
  return { ...plan, date: plan.date ?? '', time: plan.time ?? '' };
}

/** Checks the justering set at the meeting; a time is written "15:00" (or "15.00", as protocols print it). */
export function validateJusteringPlan(
  input: JusteringPlanInput,
  meeting: { date: string; participants: readonly Participant[] },
): { ok: true; value: JusteringPlan } | { ok: false; issues: JusteringIssue[] } {
  const issues: JusteringIssue[] = [];
  const ids = [...new Set(input.justerareIds)];
  if (ids.length > MAX_JUSTERARE) issues.push({ field: 'justerare', code: 'tooManyJusterare' });
  else if (ids.some((id) => !meeting.participants.some((p) => p.id === id))) issues.push({ field: 'justerare', code: 'justerareUnknown' });
  const date = input.date.trim();
  const time = input.time.trim();
  if (!input.immediate && date !== '') {
    if (!isCalendarDate(date)) issues.push({ field: 'justeringDate', code: 'dateInvalid' });
    else if (isCalendarDate(meeting.date) && date < meeting.date) issues.push({ field: 'justeringDate', code: 'dateBeforeMeeting' });
  }
  const clock = timePattern.exec(time);
  if (!input.immediate && time !== '' && !clock) issues.push({ field: 'justeringTime', code: 'timeInvalid' });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      justerareIds: ids,
      date: input.immediate || date === '' ? null : date,
      time: input.immediate || !clock ? null : `${clock[1]}:${clock[2]}`,
      place: tidyLine(input.place),
      immediate: input.immediate,
    },
  };
}
