import { tidyLine } from '../format/safeText';
import { isCalendarDate, type CalendarDate } from './calendarDate';
import { LOGO_LIMITS, validLogoAltText, type Logo } from '../attachment/logoProfile';

/** The kinds of body that answer a remiss, as the seed names them. */
export const bodyKinds = ['namnd', 'styrelse', 'bolag', 'utskott', 'presidium'] as const;
export type BodyKind = (typeof bodyKinds)[number];

/** A board's own goal (nämndmål / styrelsemål), linked to the council's goals it serves. */
export interface OwnGoal {
  id: string;
  title: string;
  description: string;
  /** Numbers of the KF goals this goal contributes to; numbers survive from one remiss round to the next. */
  kfGoalNumbers: number[];
  /** The goal's latest forecast from the municipality's follow-up; absent when the secretary has entered none. */
  forecast?: OwnGoalForecast;
}

/**
 * The traffic light of municipal follow-up (delårsrapport, årsredovisning): the goal is expected to be met, partly met
 * or not met by the end of the period.
 */
export const forecastOutcomes = ['uppnas', 'uppnasDelvis', 'uppnasInte'] as const;
export type ForecastOutcome = (typeof forecastOutcomes)[number];

export interface OwnGoalForecast {
  outcome: ForecastOutcome;
  /** A line on why, as the follow-up puts it; may be empty. */
  text: string;
  /** The day the forecast was made (the delårsrapport's date); null when not given. */
  date: CalendarDate | null;
}

/** The elected roles a body's roster holds; officers and the secretary are added per meeting. */
export const rosterRoles = ['ordforande', 'viceOrdforande', 'ledamot', 'ersattare'] as const;
export type RosterRole = (typeof rosterRoles)[number];

/** One elected member or substitute of the body, so the secretary need not retype the roster each meeting. */
export interface RosterMember {
  id: string;
  name: string;
  /** The party's short form, e.g. "S". */
  party: string;
  role: RosterRole;
}

/** A board, company or committee that holds its meetings on this laptop; several may share one. */
export interface Body {
  id: string;
  name: string;
  kind: BodyKind;
  ownGoals: OwnGoal[];
  /** The roster of members and substitutes; absent in profiles saved before rosters were kept. */
  members?: RosterMember[];
  /** How many members (ledamöter) the body has, for its quorum; null or absent when not given. */
  memberCount?: number | null;
  /** The logo on the letterhead of the body's exports, with its alt text; absent or null when it has none. */
  logo?: Logo | null;
  createdAt: string;
  updatedAt: string;
}

/** KF goal numbers that the body's own goals touch, in order: the suggested goals for the in-depth dialogue. */
export function linkedKfGoalNumbers(body: Pick<Body, 'ownGoals'>): number[] {
  return [...new Set(body.ownGoals.flatMap((goal) => goal.kfGoalNumbers))].sort((a, b) => a - b);
}

/** The body's own goals that serve one council goal, in the body's order: what the focus choice shows beside that goal. */
export function ownGoalsServing(body: Pick<Body, 'ownGoals'>, kfGoalNumber: number): OwnGoal[] {
  return body.ownGoals.filter((goal) => goal.kfGoalNumbers.includes(kfGoalNumber));
}

export const BODY_LIMITS = {
  name: 200,
  ownGoalTitle: 500,
  ownGoalDescription: 5000,
  ownGoals: 50,
  kfGoalNumber: 999,
  members: 200,
  memberName: 100,
  party: 20,
  memberCount: 999,
  forecastText: 500,
} as const;

/** What the user edits; identity and timestamps are the data layer's. */
export interface BodyInput {
  name: string;
  kind: BodyKind;
  ownGoals: OwnGoal[];
  members?: RosterMember[];
  memberCount?: number | null;
  logo?: Logo | null;
}

export type BodyIssue =
  | { field: 'name'; code: 'nameMissing' | 'nameTaken' }
  | { field: 'name'; code: 'nameTooLong'; max: number }
  | { field: 'ownGoals'; code: 'tooManyOwnGoals'; max: number }
  | { field: 'ownGoalTitle'; index: number; code: 'ownGoalTitleMissing' }
  | { field: 'ownGoalTitle'; index: number; code: 'ownGoalTitleTooLong'; max: number }
  | { field: 'ownGoalDescription'; index: number; code: 'ownGoalDescriptionTooLong'; max: number }
  | { field: 'kfGoalNumbers'; index: number; code: 'kfGoalNumberInvalid' }
  | { field: 'forecastText'; index: number; code: 'forecastTextTooLong'; max: number }
  | { field: 'forecastDate'; index: number; code: 'forecastDateInvalid' }
  | { field: 'members'; code: 'tooManyMembers'; max: number }
  | { field: 'memberName'; index: number; code: 'memberNameMissing' }
  | { field: 'memberName'; index: number; code: 'memberNameTooLong'; max: number }
  | { field: 'memberParty'; index: number; code: 'partyTooLong'; max: number }
  | { field: 'memberCount'; code: 'memberCountInvalid'; max: number }
  | { field: 'logoAltText'; code: 'logoAltTextMissing' }
  | { field: 'logoAltText'; code: 'logoAltTextTooLong'; max: number };

const length = (text: string) => [...text].length;

/** Checks a body before it is stored; `otherNames` are the bodies already on the laptop, so two never share a name. */
export function validateBody(
  input: BodyInput,
  otherNames: readonly string[] = [],
): { ok: true; value: BodyInput } | { ok: false; issues: BodyIssue[] } {
  const issues: BodyIssue[] = [];
  const name = tidyLine(input.name);
  if (name === '') issues.push({ field: 'name', code: 'nameMissing' });
  else if (length(name) > BODY_LIMITS.name) issues.push({ field: 'name', code: 'nameTooLong', max: BODY_LIMITS.name });
  else if (otherNames.some((other) => other.localeCompare(name, 'sv', { sensitivity: 'accent' }) === 0))
    issues.push({ field: 'name', code: 'nameTaken' });
  if (input.ownGoals.length > BODY_LIMITS.ownGoals) issues.push({ field: 'ownGoals', code: 'tooManyOwnGoals', max: BODY_LIMITS.ownGoals });

  const ownGoals = input.ownGoals.map((goal, index) => {
    const title = tidyLine(goal.title);
    if (title === '') issues.push({ field: 'ownGoalTitle', index, code: 'ownGoalTitleMissing' });
    else if (length(title) > BODY_LIMITS.ownGoalTitle)
      issues.push({ field: 'ownGoalTitle', index, code: 'ownGoalTitleTooLong', max: BODY_LIMITS.ownGoalTitle });
    if (length(goal.description) > BODY_LIMITS.ownGoalDescription)
      issues.push({ field: 'ownGoalDescription', index, code: 'ownGoalDescriptionTooLong', max: BODY_LIMITS.ownGoalDescription });
    if (goal.kfGoalNumbers.some((number) => !Number.isInteger(number) || number < 1 || number > BODY_LIMITS.kfGoalNumber))
      issues.push({ field: 'kfGoalNumbers', index, code: 'kfGoalNumberInvalid' });
    const { forecast, ...rest } = goal;
    const tidied: OwnGoal = { ...rest, title, kfGoalNumbers: [...new Set(goal.kfGoalNumbers)].sort((a, b) => a - b) };
    if (forecast) tidied.forecast = validateForecast(forecast, index, issues);
    return tidied;
  });
  const roster = validateRoster(input, issues);
  const logo = validateLogo(input, issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { name, kind: input.kind, ownGoals, ...roster, ...logo } };
}

/** The logo with its alt text tidied; a logo needs one a screen reader can say. Without a logo in the input, none. */
function validateLogo(input: BodyInput, issues: BodyIssue[]): Pick<BodyInput, 'logo'> {
  if (input.logo === undefined) return {};
  if (input.logo === null) return { logo: null };
  const altText = validLogoAltText(input.logo.altText);
  if (altText === null)
    issues.push(
      tidyLine(input.logo.altText) === ''
        ? { field: 'logoAltText', code: 'logoAltTextMissing' }
        : { field: 'logoAltText', code: 'logoAltTextTooLong', max: LOGO_LIMITS.altText },
    );
  return { logo: { ...input.logo, altText: altText ?? input.logo.altText } };
}

/** A forecast tidied, its problems added to `issues`: the line kept to one line, an empty date read as none. */
function validateForecast(forecast: OwnGoalForecast, index: number, issues: BodyIssue[]): OwnGoalForecast {
  const text = tidyLine(forecast.text);
  if (length(text) > BODY_LIMITS.forecastText)
    issues.push({ field: 'forecastText', index, code: 'forecastTextTooLong', max: BODY_LIMITS.forecastText });
  const date = forecast.date === null || forecast.date.trim() === '' ? null : forecast.date.trim();
  if (date !== null && !isCalendarDate(date)) issues.push({ field: 'forecastDate', index, code: 'forecastDateInvalid' });
  return { outcome: forecast.outcome, text, date };
}

/** The roster tidied, its problems added to `issues`; a profile without a roster stays without one. */
function validateRoster(input: BodyInput, issues: BodyIssue[]): Pick<BodyInput, 'members' | 'memberCount'> {
  const result: Pick<BodyInput, 'members' | 'memberCount'> = {};
  if (input.memberCount !== undefined) {
    const count = input.memberCount;
    if (count !== null && (!Number.isInteger(count) || count < 1 || count > BODY_LIMITS.memberCount))
      issues.push({ field: 'memberCount', code: 'memberCountInvalid', max: BODY_LIMITS.memberCount });
    result.memberCount = count;
  }
  if (input.members === undefined) return result;
  if (input.members.length > BODY_LIMITS.members) issues.push({ field: 'members', code: 'tooManyMembers', max: BODY_LIMITS.members });
  result.members = input.members.map((member, index) => {
    const name = tidyLine(member.name);
    const party = tidyLine(member.party);
    if (name === '') issues.push({ field: 'memberName', index, code: 'memberNameMissing' });
    else if (length(name) > BODY_LIMITS.memberName)
      issues.push({ field: 'memberName', index, code: 'memberNameTooLong', max: BODY_LIMITS.memberName });
    if (length(party) > BODY_LIMITS.party) issues.push({ field: 'memberParty', index, code: 'partyTooLong', max: BODY_LIMITS.party });
    return { ...member, name, party };
  });
  return result;
}
