import type { CommentSubject } from '../domain/dialogue';
import type { RemissPackage } from '../remiss/remissPackage';
import { applyFocusGoals, buildRunningOrder, defaultPlannedMinutes, type Step } from './runningOrder';
import { extendTimer, idleTimer, isRunning, pauseTimer, startTimer, toggleTimer, type TimerState } from './timer';

/** What the projector shows: a comment's draft or its agreed text, for one goal or overall. */
export interface Projected {
  kind: 'draft' | 'agreed';
  subject: CommentSubject;
}

/**
 * The running meeting's live state, one row per meeting: the running order, where the chair is, every step's
 * timer and what is on the projector. Stored, so a reload resumes it and a second window can follow it.
 */
export interface MeetingSession {
  meetingId: string;
  focusGoalIds: string[];
  steps: Step[];
  currentStepId: string;
  timers: Record<string, TimerState>;
  projected: Projected | null;
  updatedAt: string;
}

export function createSession(meetingId: string, pkg: RemissPackage, focusGoalIds: readonly string[], now: Date): MeetingSession {
  const steps = buildRunningOrder(pkg, focusGoalIds, defaultPlannedMinutes);
  return {
    meetingId,
    focusGoalIds: [...focusGoalIds],
    steps,
    currentStepId: steps[0]!.id,
    timers: {},
    projected: null,
    updatedAt: now.toISOString(),
  };
}

export function timerOf(session: MeetingSession, stepId: string): TimerState {
  return session.timers[stepId] ?? idleTimer;
}

export function currentStep(session: MeetingSession): Step | undefined {
  return session.steps.find((s) => s.id === session.currentStepId);
}

/** Moves to a step; a running clock follows the chair, so the old step's timer stops and the new one's starts. */
export function goToStep(session: MeetingSession, stepId: string, now: number): MeetingSession {
  if (stepId === session.currentStepId || !session.steps.some((s) => s.id === stepId)) return session;
  const current = timerOf(session, session.currentStepId);
  const wasRunning = isRunning(current);
  const timers = { ...session.timers, [session.currentStepId]: pauseTimer(current, now) };
  if (wasRunning) timers[stepId] = startTimer(timerOf(session, stepId), now);
  return { ...session, currentStepId: stepId, timers };
}

export function toggleCurrentTimer(session: MeetingSession, now: number): MeetingSession {
  const id = session.currentStepId;
  return { ...session, timers: { ...session.timers, [id]: toggleTimer(timerOf(session, id), now) } };
}

export function extendCurrentTimer(session: MeetingSession, ms: number): MeetingSession {
  const id = session.currentStepId;
  return { ...session, timers: { ...session.timers, [id]: extendTimer(timerOf(session, id), ms) } };
}

/** Applies the chair's focus choice; if the current step disappears, the chair lands on the focus choice. */
export function chooseFocusGoals(session: MeetingSession, pkg: RemissPackage, focusGoalIds: readonly string[]): MeetingSession {
  const steps = applyFocusGoals(session.steps, pkg, focusGoalIds);
  const currentStepId = steps.some((s) => s.id === session.currentStepId)
    ? session.currentStepId
    : (steps.find((s) => s.kind === 'chooseFocus') ?? steps[0]!).id;
  return { ...session, focusGoalIds: pkg.goals.filter((g) => focusGoalIds.includes(g.id)).map((g) => g.id), steps, currentStepId };
}

/** Puts a comment on the projector, or takes it down when the same one is already shown. */
export function toggleProjected(session: MeetingSession, projected: Projected): MeetingSession {
  const same = session.projected?.kind === projected.kind && session.projected.subject === projected.subject;
  return { ...session, projected: same ? null : projected };
}
