import { tidyLine } from '../format/safeText';

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
}

/** A board, company or committee that holds its meetings on this laptop; several may share one. */
export interface Body {
  id: string;
  name: string;
  kind: BodyKind;
  ownGoals: OwnGoal[];
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

export const BODY_LIMITS = { name: 200, ownGoalTitle: 500, ownGoalDescription: 5000, ownGoals: 50, kfGoalNumber: 999 } as const;

/** What the user edits; identity and timestamps are the data layer's. */
export interface BodyInput {
  name: string;
  kind: BodyKind;
  ownGoals: OwnGoal[];
}

export type BodyIssue =
  | { field: 'name'; code: 'nameMissing' | 'nameTaken' }
  | { field: 'name'; code: 'nameTooLong'; max: number }
  | { field: 'ownGoals'; code: 'tooManyOwnGoals'; max: number }
  | { field: 'ownGoalTitle'; index: number; code: 'ownGoalTitleMissing' }
  | { field: 'ownGoalTitle'; index: number; code: 'ownGoalTitleTooLong'; max: number }
  | { field: 'ownGoalDescription'; index: number; code: 'ownGoalDescriptionTooLong'; max: number }
  | { field: 'kfGoalNumbers'; index: number; code: 'kfGoalNumberInvalid' };

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
    return { ...goal, title, kfGoalNumbers: [...new Set(goal.kfGoalNumbers)].sort((a, b) => a - b) };
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { name, kind: input.kind, ownGoals } };
}
