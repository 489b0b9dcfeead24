import { tidyLine } from '../format/safeText';
import { isCalendarDate } from '../domain/calendarDate';
import { meetingForms, participantRoles, type MeetingForm, type Participant } from '../domain/dialogue';
import { BODY_NAME_MAX_LENGTH, type Validated } from '../domain/meeting';

/** What the secretary fills in before the meeting. */
export interface MeetingSetup {
  bodyId: string | null;
  bodyName: string;
  meetingForm: MeetingForm;
  date: string;
  place: string;
  paragraph: string;
  itemTitle: string;
  packageId: string | null;
  /** The package's remissinstans the meeting answers for; null when none is chosen (the answer is then matched by name). */
  respondentId: string | null;
  participants: Participant[];
}

export type SetupIssue =
  | { field: 'bodyName'; code: 'bodyNameMissing' | 'bodyNameTooLong' }
  | { field: 'date'; code: 'dateMissing' | 'dateInvalid' }
  | { field: 'paragraph'; code: 'paragraphInvalid' }
  | { field: 'itemTitle'; code: 'itemTitleMissing' }
  | { field: 'packageId'; code: 'packageMissing' }
  | { field: 'meetingForm'; code: 'meetingFormInvalid' }
  | { field: `participant:${string}`; code: 'participantNameMissing' | 'participantNameTooLong' | 'participantRoleInvalid' };

/** A name as a protocol lists it, with room for a double surname and a title; a pasted paragraph is refused. */
export const PARTICIPANT_NAME_MAX_LENGTH = 100;

/** Checks the setup and returns it tidied; each issue names the field it belongs to. */
export function validateSetup(input: MeetingSetup): Validated<MeetingSetup, SetupIssue> {
  const issues: SetupIssue[] = [];
  const bodyName = tidyLine(input.bodyName);
  const date = input.date.trim();
  const paragraph = input.paragraph.trim().replace(/^§\s*/, '');
  const itemTitle = tidyLine(input.itemTitle);

  if (bodyName === '') issues.push({ field: 'bodyName', code: 'bodyNameMissing' });
  else if ([...bodyName].length > BODY_NAME_MAX_LENGTH) issues.push({ field: 'bodyName', code: 'bodyNameTooLong' });
  if (!meetingForms.includes(input.meetingForm)) issues.push({ field: 'meetingForm', code: 'meetingFormInvalid' });
  if (date === '') issues.push({ field: 'date', code: 'dateMissing' });
  else if (!isCalendarDate(date)) issues.push({ field: 'date', code: 'dateInvalid' });
  if (paragraph !== '' && !/^\d{1,5}[a-z]?$/i.test(paragraph)) issues.push({ field: 'paragraph', code: 'paragraphInvalid' });
  if (itemTitle === '') issues.push({ field: 'itemTitle', code: 'itemTitleMissing' });
  if (input.packageId === null || input.packageId === '') issues.push({ field: 'packageId', code: 'packageMissing' });

  const participants = input.participants.map((p) => ({ ...p, name: tidyLine(p.name) }));
  for (const p of participants) {
    if (p.name === '') issues.push({ field: `participant:${p.id}`, code: 'participantNameMissing' });
    else if ([...p.name].length > PARTICIPANT_NAME_MAX_LENGTH)
      issues.push({ field: `participant:${p.id}`, code: 'participantNameTooLong' });
    else if (!participantRoles.includes(p.role)) issues.push({ field: `participant:${p.id}`, code: 'participantRoleInvalid' });
  }

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { ...input, bodyName, date, paragraph, itemTitle: itemTitle, place: tidyLine(input.place), participants } };
}
