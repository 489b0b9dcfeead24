import { linkedKfGoalNumbers, type Body } from '../domain/body';
import type { RemissPackage } from '../remiss/remissPackage';

/** The parts of the dialogue the seed recommends, in its order, plus the chair's own steps. */
export const stepKinds = [
  'introduction',
  'overallDialogue',
  'chooseFocus',
  'goalDialogue',
  'otherGoals',
  'overallComment',
  'closing',
  'custom',
] as const;
export type StepKind = (typeof stepKinds)[number];

export interface Step {
  /** Stable within a meeting: notes and timers refer to it. */
  id: string;
  kind: StepKind;
  /** The KF goal of an in-depth dialogue step; null otherwise. */
  goalId: string | null;
  /** The chair's own title for a custom step; null for the standard steps, whose titles come from the catalog. */
  title: string | null;
  plannedMinutes: number;
  skipped: boolean;
}

export type PlannedMinutes = Record<Exclude<StepKind, 'custom'>, number>;

/** A default time box per step that fits a 60–75 minute agenda item. */
export const defaultPlannedMinutes: PlannedMinutes = {
  introduction: 5,
  overallDialogue: 15,
  chooseFocus: 5,
  goalDialogue: 15,
  otherGoals: 10,
  overallComment: 10,
  closing: 5,
};

export const MAX_STEP_MINUTES = 240;

export function goalStepId(goalId: string): string {
  return `goal:${goalId}`;
}

/** The goal an in-depth step's id names, or null for any other step: what a note written there is about. */
export function goalOfStepId(stepId: string | null): string | null {
  return stepId?.startsWith('goal:') ? stepId.slice('goal:'.length) : null;
}

function step(kind: Exclude<StepKind, 'custom' | 'goalDialogue'>, minutes: PlannedMinutes): Step {
  return { id: kind, kind, goalId: null, title: null, plannedMinutes: minutes[kind], skipped: false };
}

function goalStep(goalId: string, minutes: PlannedMinutes): Step {
  return { id: goalStepId(goalId), kind: 'goalDialogue', goalId, title: null, plannedMinutes: minutes.goalDialogue, skipped: false };
}

/** Focus goals kept in the package's order, unknown ids dropped. */
function orderedFocus(pkg: RemissPackage, focusGoalIds: readonly string[]): string[] {
  return pkg.goals.filter((goal) => focusGoalIds.includes(goal.id)).map((goal) => goal.id);
}

/** The running order the seed recommends: introduction, overall dialogue, focus choice, in-depth per focus goal, the rest. */
export function buildRunningOrder(
  pkg: RemissPackage,
  focusGoalIds: readonly string[],
  minutes: PlannedMinutes = defaultPlannedMinutes,
): Step[] {
  return [
    step('introduction', minutes),
    step('overallDialogue', minutes),
    step('chooseFocus', minutes),
    ...orderedFocus(pkg, focusGoalIds).map((id) => goalStep(id, minutes)),
    step('otherGoals', minutes),
    step('overallComment', minutes),
    step('closing', minutes),
  ];
}

/** The goals suggested for the in-depth dialogue: those the body's own goals are linked to. */
export function suggestFocusGoals(pkg: RemissPackage, body: Pick<Body, 'ownGoals'> | null | undefined): string[] {
  if (!body) return [];
  const numbers = linkedKfGoalNumbers(body);
  return pkg.goals.filter((goal) => numbers.includes(goal.number)).map((goal) => goal.id);
}

/**
 * The chair's choice of focus goals applied to an existing order: dropped goals' steps go, new ones are placed
 * after the last goal step (or the focus choice), and every other step keeps its place, time and skip mark.
 */
export function applyFocusGoals(
  steps: readonly Step[],
  pkg: RemissPackage,
  focusGoalIds: readonly string[],
  minutes = defaultPlannedMinutes,
): Step[] {
  const focus = orderedFocus(pkg, focusGoalIds);
  const kept = steps.filter((s) => s.kind !== 'goalDialogue' || (s.goalId !== null && focus.includes(s.goalId)));
  const present = new Set(kept.filter((s) => s.kind === 'goalDialogue').map((s) => s.goalId));
  const added = focus.filter((id) => !present.has(id)).map((id) => goalStep(id, minutes));
  if (added.length === 0) return kept;
  let anchor = -1;
  kept.forEach((s, index) => {
    if (s.kind === 'goalDialogue' || s.kind === 'chooseFocus') anchor = index;
  });
  const at = anchor + 1;
  return [...kept.slice(0, at), ...added, ...kept.slice(at)];
}

/** Goals of the package not in focus, in its order: they get a rating and perhaps a short comment. */
export function goalsNotInFocus(pkg: RemissPackage, focusGoalIds: readonly string[]): string[] {
  return pkg.goals.filter((goal) => !focusGoalIds.includes(goal.id)).map((goal) => goal.id);
}

/** Moves a step one place up (−1) or down (+1); at either end the order stays as it is. */
export function moveStep(steps: readonly Step[], stepId: string, delta: -1 | 1): Step[] {
  const from = steps.findIndex((s) => s.id === stepId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function setSkipped(steps: readonly Step[], stepId: string, skipped: boolean): Step[] {
  return steps.map((s) => (s.id === stepId ? { ...s, skipped } : s));
}

/** Whole minutes within a step's box; what is no number (the minutes field left empty) counts as none. */
function boxedMinutes(minutes: number): number {
  return Number.isFinite(minutes) ? Math.min(MAX_STEP_MINUTES, Math.max(0, Math.round(minutes))) : 0;
}

export function setPlannedMinutes(steps: readonly Step[], stepId: string, plannedMinutes: number): Step[] {
  const minutes = boxedMinutes(plannedMinutes);
  return steps.map((s) => (s.id === stepId ? { ...s, plannedMinutes: minutes } : s));
}

/** A step of the chair's own, placed after the given step (or last). */
export function addCustomStep(
  steps: readonly Step[],
  input: { id: string; title: string; plannedMinutes: number },
  afterStepId?: string,
): Step[] {
  const custom: Step = {
    id: `custom:${input.id}`,
    kind: 'custom',
    goalId: null,
    title: input.title.trim(),
    plannedMinutes: boxedMinutes(input.plannedMinutes),
    skipped: false,
  };
  const index = afterStepId === undefined ? -1 : steps.findIndex((s) => s.id === afterStepId);
  if (index < 0) return [...steps, custom];
  return [...steps.slice(0, index + 1), custom, ...steps.slice(index + 1)];
}

export function removeCustomStep(steps: readonly Step[], stepId: string): Step[] {
  return steps.filter((s) => !(s.id === stepId && s.kind === 'custom'));
}

/** The next step that is not skipped, or null at the end. */
export function nextStepId(steps: readonly Step[], currentId: string): string | null {
  const index = steps.findIndex((s) => s.id === currentId);
  return steps.slice(index + 1).find((s) => !s.skipped)?.id ?? null;
}

/** The previous step that is not skipped, or null at the start. */
export function previousStepId(steps: readonly Step[], currentId: string): string | null {
  const index = steps.findIndex((s) => s.id === currentId);
  if (index <= 0) return null;
  return [...steps.slice(0, index)].reverse().find((s) => !s.skipped)?.id ?? null;
}
