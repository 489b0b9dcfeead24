import { isCalendarDate, type CalendarDate } from './calendarDate';

/** Where a meeting stands on the protocol's path: planned → in progress → held (ojusterat) → adjusted (justerat). */
export const meetingStatuses = ['planned', 'inProgress', 'held', 'adjusted'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export interface Meeting {
  id: string;
  /** The board, company or committee holding the meeting, e.g. "Barn- och utbildningsnämnden". */
  bodyName: string;
  date: CalendarDate;
  status: MeetingStatus;
  createdAt: string;
  updatedAt: string;
}

export interface NewMeetingInput {
  bodyName: string;
  date: string;
}

export const BODY_NAME_MAX_LENGTH = 200;

export type MeetingField = keyof NewMeetingInput;

/** What is wrong with a field; the words are chosen where it is shown, in the user's language. */
export type MeetingIssue =
  | { field: 'bodyName'; code: 'bodyNameMissing' }
  | { field: 'bodyName'; code: 'bodyNameTooLong'; max: number }
  | { field: 'date'; code: 'dateMissing' }
  | { field: 'date'; code: 'dateInvalid' };

export type Validated<Value, Issue> = { ok: true; value: Value } | { ok: false; issues: Issue[] };

export function validateNewMeeting(input: NewMeetingInput): Validated<NewMeetingInput, MeetingIssue> {
  const issues: MeetingIssue[] = [];
  const bodyName = input.bodyName.trim().replace(/\s+/g, ' ');
  const date = input.date.trim();

  if (bodyName === '') issues.push({ field: 'bodyName', code: 'bodyNameMissing' });
  else if ([...bodyName].length > BODY_NAME_MAX_LENGTH)
    issues.push({ field: 'bodyName', code: 'bodyNameTooLong', max: BODY_NAME_MAX_LENGTH });

  if (date === '') issues.push({ field: 'date', code: 'dateMissing' });
  else if (!isCalendarDate(date)) issues.push({ field: 'date', code: 'dateInvalid' });

  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { bodyName, date } };
}

/** A new meeting from validated input; identity and clock come from the caller so this stays pure. */
export function createMeeting(input: NewMeetingInput, id: string, now: Date): Meeting {
  const timestamp = now.toISOString();
  return { id, bodyName: input.bodyName, date: input.date, status: 'planned', createdAt: timestamp, updatedAt: timestamp };
}

/** The meeting list's order: the coming and most recent meetings first, then by body. */
export function compareMeetings(a: Meeting, b: Meeting): number {
  return b.date.localeCompare(a.date) || a.bodyName.localeCompare(b.bodyName, 'sv') || a.createdAt.localeCompare(b.createdAt);
}
