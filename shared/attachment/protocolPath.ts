import { isCalendarDate } from '../domain/calendarDate';
import { OVERALL, type Adjustment, type GoalComment } from '../domain/dialogue';
import type { RemissPackage } from '../remiss/remissPackage';
import type { Meeting, Validated } from '../domain/meeting';

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

/** The meeting has been held: the protocol now exists, unadjusted. */
export function markHeld(meeting: Meeting, now: Date): Meeting {
  if (meeting.status === 'held' || meeting.status === 'adjusted') return meeting;
  return { ...meeting, status: 'held', updatedAt: now.toISOString() };
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
  /** The justerare's names as typed, one per line. */
  justerare: string;
}

export type AdjustmentIssue =
  | { field: 'adjustedOn'; code: 'dateMissing' | 'dateInvalid' | 'dateBeforeMeeting' }
  | { field: 'justerare'; code: 'justerareMissing' }
  | { field: 'status'; code: 'notHeld' };

export function validateAdjustment(
  meeting: Pick<Meeting, 'status' | 'date'>,
  input: AdjustmentInput,
): Validated<Adjustment, AdjustmentIssue> {
  const issues: AdjustmentIssue[] = [];
  const adjustedOn = input.adjustedOn.trim();
  const justerare = input.justerare
    .split('\n')
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '');
  if (meeting.status !== 'held') issues.push({ field: 'status', code: 'notHeld' });
  if (adjustedOn === '') issues.push({ field: 'adjustedOn', code: 'dateMissing' });
  else if (!isCalendarDate(adjustedOn)) issues.push({ field: 'adjustedOn', code: 'dateInvalid' });
  else if (adjustedOn < meeting.date) issues.push({ field: 'adjustedOn', code: 'dateBeforeMeeting' });
  if (justerare.length === 0) issues.push({ field: 'justerare', code: 'justerareMissing' });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { adjustedOn, justerare } };
}

/** The protocol is adjusted: the meeting records when and by whom, and its content freezes. */
export function adjust(meeting: Meeting, adjustment: Adjustment, now: Date): Meeting {
  return { ...meeting, status: 'adjusted', adjustment, updatedAt: now.toISOString() };
}
