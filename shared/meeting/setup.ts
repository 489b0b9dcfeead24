import { tidyLine } from '../format/safeText';
import { isCalendarDate } from '../domain/calendarDate';
import { meetingForms, participantRoles, type JusteringPlan, type MeetingForm, type Participant } from '../domain/dialogue';
import { BODY_NAME_MAX_LENGTH, OWN_CASE_NUMBER_MAX_LENGTH, type Meeting, type Validated } from '../domain/meeting';
import { justeringPlanInput, validateJusteringPlan, type JusteringIssue, type JusteringPlanInput } from '../decision/justering';
import { PARTICIPANT_LIMITS } from '../decision/participants';
import { BODY_LIMITS } from '../domain/body';

/** What the secretary fills in before the meeting. */
export interface MeetingSetup {
  bodyId: string | null;
  bodyName: string;
  meetingForm: MeetingForm;
  date: string;
  place: string;
  paragraph: string;
  /** The body's own diarienummer for the ärende; empty when it has none. */
  ownCaseNumber: string;
  itemTitle: string;
  packageId: string | null;
  /** The package's remissinstans the meeting answers for; null when none is chosen (the answer is then matched by name). */
  respondentId: string | null;
  participants: Participant[];
  memberCount: number | null;
  justering: JusteringPlan;
}

/** The setup as the form holds it: the number of members and the justering's day and time as typed. */
export interface MeetingSetupInput extends Omit<MeetingSetup, 'memberCount' | 'justering'> {
  memberCount: string;
  justering: JusteringPlanInput;
}

export function setupInputOf(meeting: Meeting): MeetingSetupInput {
  const { bodyId, bodyName, meetingForm, date, place, paragraph, itemTitle, packageId, participants } = meeting;
  return {
    bodyId,
    bodyName,
    meetingForm,
    date,
    place,
    paragraph,
    ownCaseNumber: meeting.ownCaseNumber ?? '',
    itemTitle,
    packageId,
    respondentId: meeting.respondentId ?? null,
    participants,
    memberCount: meeting.memberCount === null ? '' : String(meeting.memberCount),
    justering: justeringPlanInput(meeting.justering),
  };
}

export type SetupIssue =
  | { field: 'bodyName'; code: 'bodyNameMissing' | 'bodyNameTooLong' }
  | { field: 'date'; code: 'dateMissing' | 'dateInvalid' }
  | { field: 'paragraph'; code: 'paragraphInvalid' }
  | { field: 'ownCaseNumber'; code: 'ownCaseNumberTooLong' }
  | { field: 'itemTitle'; code: 'itemTitleMissing' }
  | { field: 'packageId'; code: 'packageMissing' }
  | { field: 'meetingForm'; code: 'meetingFormInvalid' }
  | { field: 'memberCount'; code: 'memberCountInvalid' }
  | { field: `participant:${string}`; code: 'participantNameMissing' | 'participantNameTooLong' | 'participantRoleInvalid' }
  | { field: `party:${string}`; code: 'partyTooLong' }
  | JusteringIssue;

const length = (value: string) => [...value].length;

/** Checks the setup and returns it tidied; each issue names the field it belongs to. */
export function validateSetup(input: MeetingSetupInput): Validated<MeetingSetup, SetupIssue> {
  const issues: SetupIssue[] = [];
  const bodyName = tidyLine(input.bodyName);
  const date = input.date.trim();
  const paragraph = input.paragraph.trim().replace(/^§\s*/, '');
  const itemTitle = tidyLine(input.itemTitle);
  const ownCaseNumber = tidyLine(input.ownCaseNumber);
  const memberCountText = input.memberCount.trim();
  const memberCount = memberCountText === '' ? null : Number(memberCountText);

  if (bodyName === '') issues.push({ field: 'bodyName', code: 'bodyNameMissing' });
  else if (length(bodyName) > BODY_NAME_MAX_LENGTH) issues.push({ field: 'bodyName', code: 'bodyNameTooLong' });
  if (!meetingForms.includes(input.meetingForm)) issues.push({ field: 'meetingForm', code: 'meetingFormInvalid' });
  if (date === '') issues.push({ field: 'date', code: 'dateMissing' });
  else if (!isCalendarDate(date)) issues.push({ field: 'date', code: 'dateInvalid' });
  if (paragraph !== '' && !/^\d{1,5}[a-z]?$/i.test(paragraph)) issues.push({ field: 'paragraph', code: 'paragraphInvalid' });
  if (length(ownCaseNumber) > OWN_CASE_NUMBER_MAX_LENGTH) issues.push({ field: 'ownCaseNumber', code: 'ownCaseNumberTooLong' });
  if (itemTitle === '') issues.push({ field: 'itemTitle', code: 'itemTitleMissing' });
  if (input.packageId === null || input.packageId === '') issues.push({ field: 'packageId', code: 'packageMissing' });
  if (memberCount !== null && (!/^\d+$/.test(memberCountText) || memberCount < 1 || memberCount > BODY_LIMITS.memberCount))
    issues.push({ field: 'memberCount', code: 'memberCountInvalid' });

  const ids = new Set(input.participants.map((p) => p.id));
  const participants = input.participants.map((p) => {
    const name = tidyLine(p.name);
    const party = tidyLine(p.party);
    const substitute = p.role === 'ersattare';
    return {
      ...p,
      name,
      party,
      // Only a substitute serves in someone's place; a member always takes part.
      serving: substitute && p.serving,
      servesFor: substitute && p.serving && p.servesFor !== null && ids.has(p.servesFor) && p.servesFor !== p.id ? p.servesFor : null,
    };
  });
  for (const p of participants) {
    if (p.name === '') issues.push({ field: `participant:${p.id}`, code: 'participantNameMissing' });
    else if (length(p.name) > PARTICIPANT_LIMITS.name) issues.push({ field: `participant:${p.id}`, code: 'participantNameTooLong' });
    else if (!participantRoles.includes(p.role)) issues.push({ field: `participant:${p.id}`, code: 'participantRoleInvalid' });
    if (length(p.party) > PARTICIPANT_LIMITS.party) issues.push({ field: `party:${p.id}`, code: 'partyTooLong' });
  }
  const justering = validateJusteringPlan(input.justering, { date, participants });
  if (!justering.ok) issues.push(...justering.issues);

  if (issues.length > 0 || !justering.ok) return { ok: false, issues };
  return {
    ok: true,
    value: {
      ...input,
      bodyName,
      date,
      paragraph,
      ownCaseNumber,
      itemTitle,
      place: tidyLine(input.place),
      participants,
      memberCount,
      justering: justering.value,
    },
  };
}
