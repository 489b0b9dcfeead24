import type { Step } from './runningOrder';
import { elapsedMs, idleTimer, type TimerState } from './timer';

export interface TimeRow {
  stepId: string;
  plannedMs: number;
  usedMs: number;
  /** Used minus planned: positive when the step ran over. */
  differenceMs: number;
  skipped: boolean;
}

export interface TimeReport {
  rows: TimeRow[];
  plannedMs: number;
  usedMs: number;
  differenceMs: number;
}

/** Planned minutes of the whole item: skipped steps do not count. */
export function plannedItemMinutes(steps: readonly Step[]): number {
  return steps.filter((s) => !s.skipped).reduce((sum, s) => sum + s.plannedMinutes, 0);
}

/** Planned against used time per step and in total; a skipped step counts only for the time it actually ran. */
export function timeReport(steps: readonly Step[], timers: Readonly<Record<string, TimerState>>, now: number): TimeReport {
  const rows = steps.map((s) => {
    const plannedMs = s.skipped ? 0 : s.plannedMinutes * 60_000;
    const usedMs = elapsedMs(timers[s.id] ?? idleTimer, now);
    return { stepId: s.id, plannedMs, usedMs, differenceMs: usedMs - plannedMs, skipped: s.skipped };
  });
  const plannedMs = rows.reduce((sum, row) => sum + row.plannedMs, 0);
  const usedMs = rows.reduce((sum, row) => sum + row.usedMs, 0);
  return { rows, plannedMs, usedMs, differenceMs: usedMs - plannedMs };
}
