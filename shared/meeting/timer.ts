/**
 * A step's timer as a pure state machine. Elapsed time is computed from timestamps, never by counting ticks,
 * so a reload or a second window computes exactly the same figure from the stored state.
 */
export interface TimerState {
  /** Time run before the current run started, in milliseconds. */
  accumulatedMs: number;
  /** When the current run started (epoch ms), or null while paused. */
  runningSince: number | null;
  /** Time the chair added to the planned box, in milliseconds. */
  extendedMs: number;
}

export const idleTimer: TimerState = { accumulatedMs: 0, runningSince: null, extendedMs: 0 };

export function isRunning(timer: TimerState): boolean {
  return timer.runningSince !== null;
}

export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.runningSince !== null ? timer : { ...timer, runningSince: now };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince === null) return timer;
  return { ...timer, accumulatedMs: elapsedMs(timer, now), runningSince: null };
}

export function toggleTimer(timer: TimerState, now: number): TimerState {
  return isRunning(timer) ? pauseTimer(timer, now) : startTimer(timer, now);
}

export function extendTimer(timer: TimerState, ms: number): TimerState {
  return { ...timer, extendedMs: Math.max(0, timer.extendedMs + ms) };
}

/** Time used so far; a clock that went backwards never makes it shrink below what was banked. */
export function elapsedMs(timer: TimerState, now: number): number {
  return timer.accumulatedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

export function budgetMs(timer: TimerState, plannedMinutes: number): number {
  return plannedMinutes * 60_000 + timer.extendedMs;
}

export function remainingMs(timer: TimerState, plannedMinutes: number, now: number): number {
  return budgetMs(timer, plannedMinutes) - elapsedMs(timer, now);
}

/** What the clocks show, in whole seconds: used counts up and left counts down from the same second, so they add up to the box. */
export interface TimerFigures {
  usedMs: number;
  /** Negative once the box is over. */
  leftMs: number;
  budgetMs: number;
}

export function timerFigures(timer: TimerState, plannedMinutes: number, now: number): TimerFigures {
  const usedMs = Math.floor(elapsedMs(timer, now) / 1000) * 1000;
  const budget = budgetMs(timer, plannedMinutes);
  return { usedMs, leftMs: budget - usedMs, budgetMs: budget };
}

export type TimerPhase = 'within' | 'ending' | 'over';

/** The last minute (or last fifth of a short box) is "ending": the chair gets a calm warning. */
export function timerPhase(timer: TimerState, plannedMinutes: number, now: number): TimerPhase {
  const budget = budgetMs(timer, plannedMinutes);
  const left = budget - elapsedMs(timer, now);
  if (budget > 0 && left <= 0) return 'over';
  if (budget > 0 && left <= Math.min(60_000, budget / 5)) return 'ending';
  return 'within';
}

/** "12:05" or "−1:30" for a number of milliseconds, rounded towards the box's end. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${sign}${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
