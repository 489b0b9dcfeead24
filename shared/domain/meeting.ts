import type { Messages } from '../i18n/messages';
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

/** A validation problem; its text is chosen when shown, in the user's language. */
export interface FieldIssue<Field extends string> {
  field: Field;
  message: (messages: Messages) => string;
}

export type Validated<Value, Field extends string> =
  | { ok: true; value: Value }
  | { ok: false; issues: FieldIssue<Field>[] };

export function validateNewMeeting(input: NewMeetingInput): Validated<NewMeetingInput, MeetingField> {
  const issues: FieldIssue<MeetingField>[] = [];
  const bodyName = input.bodyName.trim().replace(/\s+/g, ' ');
  const date = input.date.trim();

  if (bodyName === '') issues.push({ field: 'bodyName', message: (m) => m.validation.bodyNameMissing });
  else if ([...bodyName].length > BODY_NAME_MAX_LENGTH)
    issues.push({ field: 'bodyName', message: (m) => m.validation.bodyNameTooLong(BODY_NAME_MAX_LENGTH) });

  if (date === '') issues.push({ field: 'date', message: (m) => m.validation.dateMissing });
  else if (!isCalendarDate(date)) issues.push({ field: 'date', message: (m) => m.validation.dateInvalid });

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
