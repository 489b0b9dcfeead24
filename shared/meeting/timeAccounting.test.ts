import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import { buildRunningOrder, setSkipped } from './runningOrder';
import { plannedItemMinutes, timeReport } from './timeAccounting';
import { pauseTimer, startTimer, idleTimer } from './timer';

describe('time accounting', () => {
  const steps = setSkipped(buildRunningOrder(examplePackage, ['mal-1']), 'chooseFocus', true);

  it('sums the planned minutes of the steps that are not skipped', () => {
    expect(plannedItemMinutes(steps)).toBe(5 + 15 + 15 + 10 + 10 + 5);
  });

  it('sets planned against used time per step and in total', () => {
    const timers = {
      introduction: pauseTimer(startTimer(idleTimer, 0), 7 * 60_000),
      overallDialogue: startTimer(idleTimer, 10 * 60_000),
    };
    const report = timeReport(steps, timers, 20 * 60_000);
    expect(report.rows[0]).toEqual({
      stepId: 'introduction',
      plannedMs: 5 * 60_000,
      usedMs: 7 * 60_000,
      differenceMs: 2 * 60_000,
      skipped: false,
    });
    expect(report.rows[1]!.usedMs).toBe(10 * 60_000);
    expect(report.rows[2]).toMatchObject({ stepId: 'chooseFocus', plannedMs: 0, usedMs: 0, skipped: true });
    expect(report.usedMs).toBe(17 * 60_000);
    expect(report.plannedMs).toBe(60 * 60_000);
    expect(report.differenceMs).toBe(-43 * 60_000);
  });
});
