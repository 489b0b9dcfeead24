import { isCalendarDate } from '../domain/calendarDate';
import { OVERALL, type Adjustment, type GoalComment } from '../domain/dialogue';
import type { RemissPackage } from '../remiss/remissPackage';
import type { Meeting, Validated } from '../domain/meeting';
import { assignedJusterare, isLateJustering } from '../decision/justering';
import { presidingChair } from '../decision/participants';

export type ProtocolStatus = 'ojusterat' | 'justerat';

/** Once the protocol is adjusted (justerat) its content is frozen: comments and dissents may no longer change. */
export function isFrozen(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'adjusted';
}

/** The status an exported file carries: until the protocol is adjusted, it is unadjusted. */
export function protocolStatus(meeting: Pick<Meeting, 'status'>): ProtocolStatus {
  return meeting.status === 'adjusted' ? 'justerat' : 'ojusterat';
}

/** An attachment is sent only from a meeting that has been held; before that it is a preview. */
export function canSend(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'held' || meeting.status === 'adjusted';
}

/** The chair has declared the meeting closed: no reservation can be announced any more. */
export function isClosed(meeting: Pick<Meeting, 'status' | 'closedAt'>): boolean {
  return meeting.closedAt !== null || meeting.status === 'held' || meeting.status === 'adjusted';
}

/**
 * The chair declares the meeting closed ("Förklara sammanträdet avslutat"): its time is recorded, and the meeting is
 * held, its protocol unadjusted. Marking the meeting held from the export screen is the same act.
 */
export function markHeld(meeting: Meeting, now: Date): Meeting {
  if (meeting.status === 'held' || meeting.status === 'adjusted') return meeting;
  return { ...meeting, status: 'held', closedAt: meeting.closedAt ?? now.toISOString(), updatedAt: now.toISOString() };
}

/** What the meeting has not yet agreed on: the goals without an agreed comment, and whether the overall comment is one. */
export interface Unagreed {
  goals: number;
  goalCount: number;
  overall: boolean;
}

export function unagreed(pkg: Pick<RemissPackage, 'goals'>, comments: Iterable<Pick<GoalComment, 'subject' | 'agreedText'>>): Unagreed {
  const agreed = new Set([...comments].filter((comment) => comment.agreedText !== null).map((comment) => comment.subject));
  return {
    goals: pkg.goals.filter((goal) => !agreed.has(goal.id)).length,
    goalCount: pkg.goals.length,
    overall: !agreed.has(OVERALL),
  };
}

export interface AdjustmentInput {
  adjustedOn: string;
}

export type AdjustmentIssue =
  | { field: 'adjustedOn'; code: 'dateMissing' | 'dateInvalid' | 'dateBeforeMeeting' | 'notMeetingDate' }
  | { field: 'justerare'; code: 'justerareMissing' | 'chairMissing' }
  | { field: 'status'; code: 'notHeld' };

/**
 * Checks a justering before it is recorded: the day, the chair and the justerare assigned at the meeting, who sign
 * with their names as they stand. Omedelbar justering happens on the meeting's own day.
 */
export function validateAdjustment(
  meeting: Pick<Meeting, 'status' | 'date' | 'participants' | 'justering'>,
  input: AdjustmentInput,
): Validated<Adjustment, AdjustmentIssue> {
  const issues: AdjustmentIssue[] = [];
  const adjustedOn = input.adjustedOn.trim();
  const justerare = assignedJusterare(meeting).map((participant) => participant.name);
  const chair = presidingChair(meeting.participants)?.name;
  if (meeting.status !== 'held') issues.push({ field: 'status', code: 'notHeld' });
  if (adjustedOn === '') issues.push({ field: 'adjustedOn', code: 'dateMissing' });
  else if (!isCalendarDate(adjustedOn)) issues.push({ field: 'adjustedOn', code: 'dateInvalid' });
  else if (adjustedOn < meeting.date) issues.push({ field: 'adjustedOn', code: 'dateBeforeMeeting' });
  else if (meeting.justering.immediate && adjustedOn !== meeting.date) issues.push({ field: 'adjustedOn', code: 'notMeetingDate' });
  if (justerare.length === 0) issues.push({ field: 'justerare', code: 'justerareMissing' });
  else if (chair === undefined) issues.push({ field: 'justerare', code: 'chairMissing' });
  if (issues.length > 0 || chair === undefined) return { ok: false, issues };
  return { ok: true, value: { adjustedOn, justerare, chair } };
}

/** The justering is later than the 14 days the law allows: the app warns, and lets it be recorded. */
export function isLateAdjustment(meeting: Pick<Meeting, 'date'>, adjustedOn: string): boolean {
  return isCalendarDate(adjustedOn) && isLateJustering(meeting.date, adjustedOn);
}

/** The protocol is adjusted: the meeting records when and by whom, and its content freezes. */
export function adjust(meeting: Meeting, adjustment: Adjustment, now: Date): Meeting {
  return { ...meeting, status: 'adjusted', adjustment, updatedAt: now.toISOString() };
}
