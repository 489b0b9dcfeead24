import type { CommentSubject } from '../domain/dialogue';
import type { Question, RemissPackage } from '../remiss/remissPackage';
import { applyFocusGoals, buildRunningOrder, defaultPlannedMinutes, nextStepId, previousStepId, type Step } from './runningOrder';
import { extendTimer, idleTimer, isRunning, pauseTimer, startTimer, toggleTimer, type TimerState } from './timer';

/** A comment's draft or its agreed text, for one goal or overall, as the projector shows it. */
export interface ProjectedComment {
  kind: 'draft' | 'agreed';
  subject: CommentSubject;
}

/** One of the secretary's notes, shown only because the chair chose that very note. */
export interface ProjectedNote {
  kind: 'note';
  noteId: string;
}

/** A page of one of the package's documents, shown full width; the chair moves down a page taller than the screen. */
export interface ProjectedDocumentPage {
  kind: 'documentPage';
  documentId: string;
  page: number;
  /** How far down the page the screen starts, as a share of the page's height: 0 is its top. */
  top: number;
}

/** The board's own goals that serve one council goal, with their forecasts, as the in-depth step lists them. */
export interface ProjectedOwnGoals {
  kind: 'ownGoals';
  goalId: string;
}

/** One goal's round of views as bars with their counts; never who said what. */
export interface ProjectedViewRound {
  kind: 'viewRound';
  goalId: string;
}

/** What the projector shows besides the step: a comment, a single note, a document's page, a round of views or the board's own goals. */
export type Projected = ProjectedComment | ProjectedNote | ProjectedDocumentPage | ProjectedViewRound | ProjectedOwnGoals;

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
  /** Which of the current step's questions the room is on; 0 when the step starts. */
  questionIndex: number;
  /** The chair has blanked the projector: the room sees a calm empty screen. */
  blanked: boolean;
  /** The chair keeps the clock off the projector (the room sees no countdown); the laptop still shows it. */
  timerHidden: boolean;
  updatedAt: string;
}

/** Fields added after the first sessions were stored; a row without them gets their default. */
type LaterSessionFields = 'questionIndex' | 'blanked' | 'timerHidden';

/** A stored session as the current code expects it: rows written before a field existed get its default. */
export function withSessionDefaults(stored: Omit<MeetingSession, LaterSessionFields> & Partial<MeetingSession>): MeetingSession {
  return {
    ...stored,
    questionIndex: stored.questionIndex ?? 0,
    blanked: stored.blanked ?? false,
    timerHidden: stored.timerHidden ?? false,
  };
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
    questionIndex: 0,
    blanked: false,
    timerHidden: false,
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
  return { ...session, currentStepId: stepId, timers, questionIndex: 0 };
}

/**
 * Moves one step forward or back from where the stored session stands, not from what the screen last showed,
 * so two quick presses of the chair's key move two steps.
 */
export function goToAdjacentStep(session: MeetingSession, direction: 'next' | 'previous', now: number): MeetingSession {
  const target = (direction === 'next' ? nextStepId : previousStepId)(session.steps, session.currentStepId);
  return target ? goToStep(session, target, now) : session;
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
  return {
    ...session,
    focusGoalIds: pkg.goals.filter((g) => focusGoalIds.includes(g.id)).map((g) => g.id),
    steps,
    currentStepId,
    questionIndex: currentStepId === session.currentStepId ? session.questionIndex : 0,
  };
}

function sameProjected(a: Projected | null, b: Projected): boolean {
  if (a === null || a.kind !== b.kind) return false;
  if (a.kind === 'note') return b.kind === 'note' && a.noteId === b.noteId;
  if (a.kind === 'documentPage') return b.kind === 'documentPage' && a.documentId === b.documentId && a.page === b.page;
  if (a.kind === 'ownGoals') return b.kind === 'ownGoals' && a.goalId === b.goalId;
  if (a.kind === 'viewRound') return b.kind === 'viewRound' && a.goalId === b.goalId;
  return (b.kind === 'draft' || b.kind === 'agreed') && a.subject === b.subject;
}

/** Puts a comment or a note on the projector, or takes it down when the same one is already shown. */
export function toggleProjected(session: MeetingSession, projected: Projected): MeetingSession {
  return { ...session, projected: sameProjected(session.projected, projected) ? null : projected };
}

/** The comment subject on the projector, if a comment (not a note or a document's page) is up. */
export function projectedSubject(session: MeetingSession): CommentSubject | null {
  const projected = session.projected;
  return projected && (projected.kind === 'draft' || projected.kind === 'agreed') ? projected.subject : null;
}

/** The share of a page's height the chair's "further down" moves the projector by: a third of a portrait page is a screen. */
export const PROJECTED_PAGE_STEP = 0.25;

/** Puts a document's page on the projector from its top, or takes it down when that very page is up. */
export function toggleProjectedPage(session: MeetingSession, documentId: string, page: number): MeetingSession {
  return toggleProjected(session, { kind: 'documentPage', documentId, page, top: 0 });
}

/** Moves the projected page up (−1) or down (+1) by a step, within the page; nothing else on the projector moves. */
export function moveProjectedPage(session: MeetingSession, direction: -1 | 1): MeetingSession {
  const projected = session.projected;
  if (projected?.kind !== 'documentPage') return session;
  const top = Math.min(1 - PROJECTED_PAGE_STEP, Math.max(0, projected.top + direction * PROJECTED_PAGE_STEP));
  return top === projected.top ? session : { ...session, projected: { ...projected, top } };
}

export function toggleBlanked(session: MeetingSession): MeetingSession {
  return { ...session, blanked: !session.blanked };
}

export function toggleTimerHidden(session: MeetingSession): MeetingSession {
  return { ...session, timerHidden: !session.timerHidden };
}

/** Where the room is in the running order: the steps not skipped, each done, current or still to come. */
export interface StepProgress {
  /** 1-based position of the current step among the steps not skipped. */
  position: number;
  count: number;
  steps: Array<{ step: Step; state: 'done' | 'current' | 'coming' }>;
}

export function stepProgress(session: MeetingSession): StepProgress {
  const active = session.steps.filter((s) => !s.skipped || s.id === session.currentStepId);
  const index = Math.max(
    0,
    active.findIndex((s) => s.id === session.currentStepId),
  );
  return {
    position: index + 1,
    count: active.length,
    steps: active.map((step, i) => ({ step, state: i < index ? 'done' : i === index ? 'current' : 'coming' })),
  };
}

/** The questions of a step, in the order the room takes them; steps without questions have none. */
export function stepQuestions(step: Step | undefined, pkg: RemissPackage): Question[] {
  if (step?.kind === 'overallDialogue') return pkg.generalQuestions;
  if (step?.kind === 'goalDialogue') return pkg.goals.find((g) => g.id === step.goalId)?.questions ?? [];
  return [];
}

/** Moves the room to the next (+1) or previous (−1) question of the current step; it stops at either end. */
export function moveQuestion(session: MeetingSession, pkg: RemissPackage, delta: -1 | 1): MeetingSession {
  const count = stepQuestions(currentStep(session), pkg).length;
  if (count === 0) return session;
  const questionIndex = Math.min(count - 1, Math.max(0, session.questionIndex + delta));
  return questionIndex === session.questionIndex ? session : { ...session, questionIndex };
}

/** Takes down whatever comment, note or page is on the projector; the step and question stay. */
export function takeDownProjected(session: MeetingSession): MeetingSession {
  return session.projected === null ? session : { ...session, projected: null };
}

/** Where the room is among the current step's questions, for the chair's previous/next question buttons. */
export function questionPosition(session: MeetingSession, pkg: RemissPackage): { index: number; count: number } {
  const count = stepQuestions(currentStep(session), pkg).length;
  return { index: Math.min(session.questionIndex, Math.max(0, count - 1)), count };
}
