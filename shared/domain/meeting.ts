import { tidyLine } from '../format/safeText';
import { addYears, isCalendarDate, type CalendarDate } from './calendarDate';
import { emptyJusteringPlan, type Adjustment, type JusteringPlan, type MeetingForm, type Participant } from './dialogue';

/** Where a meeting stands on the protocol's path: planned → in progress → held (ojusterat) → adjusted (justerat). */
export const meetingStatuses = ['planned', 'inProgress', 'held', 'adjusted'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export interface Meeting {
  id: string;
  /** The body profile it belongs to, or null for a meeting created by name alone. */
  bodyId: string | null;
  /** The board, company or committee holding the meeting, e.g. "Barn- och utbildningsnämnden". */
  bodyName: string;
  meetingForm: MeetingForm;
  date: CalendarDate;
  place: string;
  /** The agenda item's paragraph number in the protocol (the "45" of "§ 45"); empty until known. */
  paragraph: string;
  itemTitle: string;
  /** The attachment's number in the protocol (the "1" of "Bilaga 1 till § 45"). */
  attachmentNumber: string;
  /**
   * The body's own diarienummer for the ärende (e.g. "BUN 2019/45"), printed beside the sender's; absent in meetings
   * stored before it could be entered, and empty when the body has none.
   */
  ownCaseNumber?: string;
  /** The remiss package the dialogue is held on. */
  packageId: string | null;
  /** The package's remissinstans the meeting answers for; its id travels in the answer file. */
  respondentId: string | null;
  participants: Participant[];
  /** How many members (ledamöter) the body has, for its quorum; null when not known. */
  memberCount: number | null;
  /**
   * The decision's wording as the secretary wrote it; empty (or the old default) for the standard sentence in the
   * body's own name (shared/decision/decidingBody.ts).
   */
  decisionText: string;
  /** How many times the decision's wording has been written, as a note's textRevision. */
  decisionTextRevision?: number;
  status: MeetingStatus;
  /** When the chair declared the meeting closed; after that no reservation can be announced. */
  closedAt: string | null;
  justering: JusteringPlan;
  adjustment: Adjustment | null;
  /** The board decided to put the rounds of views' counts in the attachment; absent or false, they stay out of it. */
  viewRoundsInAttachment?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The default agenda item title, after the remiss it answers. */
export const DEFAULT_ITEM_TITLE = 'Svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål';
/** The fixed wording meetings were given before the decision sentence followed the body's own name and kind. */
export const DEFAULT_DECISION_TEXT = 'Nämnden beslutar att lämna följande kommentar till kommunledningskontoret.';

export interface NewMeetingInput {
  bodyName: string;
  date: string;
}

export const BODY_NAME_MAX_LENGTH = 200;
/** A diarienummer is a short code ("BUN 2019/45"); the limit leaves room for long registry prefixes. */
export const OWN_CASE_NUMBER_MAX_LENGTH = 40;

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
  const bodyName = tidyLine(input.bodyName);
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
  return {
    id,
    bodyId: null,
    bodyName: input.bodyName,
    meetingForm: 'namnd',
    date: input.date,
    place: '',
    paragraph: '',
    itemTitle: DEFAULT_ITEM_TITLE,
    attachmentNumber: '1',
    packageId: null,
    respondentId: null,
    participants: [],
    memberCount: null,
    decisionText: '',
    decisionTextRevision: 0,
    status: 'planned',
    closedAt: null,
    justering: emptyJusteringPlan(),
    adjustment: null,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}

/**
 * Next year's round of a meeting: a year later, with no paragraph or attachment number yet, planned and unadjusted;
 * the same body, form, place, package, decision wording and participants (new ids, present as a new one is), and
 * no justerare or justering yet: those are set at each meeting.
 */
export function nextRound(meeting: Meeting, newId: () => string, now: Date): Meeting {
  const timestamp = now.toISOString();
  const ids = new Map(meeting.participants.map((p) => [p.id, newId()]));
  return {
    ...meeting,
    id: newId(),
    date: addYears(meeting.date, 1),
    paragraph: '',
    attachmentNumber: '',
    // Next year's answer is a new ärende in the body's registry.
    ownCaseNumber: '',
    participants: meeting.participants.map((p) => ({
      ...p,
      id: ids.get(p.id)!,
      present: true,
      servesFor: p.servesFor === null ? null : (ids.get(p.servesFor) ?? null),
    })),
    status: 'planned',
    closedAt: null,
    justering: { ...emptyJusteringPlan(), place: meeting.justering.place },
    adjustment: null,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}

/** The meeting list's order: the coming and most recent meetings first, then by body. */
export function compareMeetings(a: Meeting, b: Meeting): number {
  return b.date.localeCompare(a.date) || a.bodyName.localeCompare(b.bodyName, 'sv') || a.createdAt.localeCompare(b.createdAt);
}
