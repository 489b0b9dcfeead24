import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  extendTimer,
  formatClock,
  idleTimer,
  pauseTimer,
  remainingMs,
  startTimer,
  timerFigures,
  timerPhase,
  toggleTimer,
} from './timer';

const minute = 60_000;

describe('the step timer', () => {
  it('counts from timestamps across start, pause and restart', () => {
    let timer = startTimer(idleTimer, 1_000);
    expect(elapsedMs(timer, 1_000 + 2 * minute)).toBe(2 * minute);
    timer = pauseTimer(timer, 1_000 + 2 * minute);
    expect(elapsedMs(timer, 1_000 + 50 * minute)).toBe(2 * minute);
    timer = toggleTimer(timer, 100 * minute);
    expect(elapsedMs(timer, 101 * minute)).toBe(3 * minute);
  });

  it('restores exactly after a reload: the stored state alone gives the same figure', () => {
    const running = startTimer(pauseTimer(startTimer(idleTimer, 0), 30_000), 60_000);
    const reloaded = JSON.parse(JSON.stringify(running)) as typeof running;
    expect(elapsedMs(reloaded, 90_000)).toBe(60_000);
    expect(reloaded).toEqual(running);
  });

  it('ignores a second start and a pause while paused', () => {
    const timer = startTimer(idleTimer, 0);
    expect(startTimer(timer, 5_000)).toBe(timer);
    expect(pauseTimer(idleTimer, 5_000)).toBe(idleTimer);
  });

  it('never lets a clock that went backwards take banked time away', () => {
    const timer = startTimer({ ...idleTimer, accumulatedMs: 10_000 }, 50_000);
    expect(elapsedMs(timer, 40_000)).toBe(10_000);
  });

  it('warns in the last minute, says when the box is over, and extending gives time back', () => {
    const timer = startTimer(idleTimer, 0);
    expect(timerPhase(timer, 5, 3 * minute)).toBe('within');
    expect(timerPhase(timer, 5, 4.5 * minute)).toBe('ending');
    expect(timerPhase(timer, 5, 5 * minute)).toBe('over');
    const extended = extendTimer(timer, 2 * minute);
    expect(timerPhase(extended, 5, 5 * minute)).toBe('within');
    expect(remainingMs(extended, 5, 5 * minute)).toBe(2 * minute);
    expect(timerPhase(timer, 2, 1.7 * minute)).toBe('ending');
  });

  it('writes the clock as minutes and seconds', () => {
    expect(formatClock(125_400)).toBe('2:05');
    expect(formatClock(-90_000)).toBe('−1:30');
  });

  it('shows used and left time that add up to the box, at any moment, even half a second in', () => {
    const started = startTimer(idleTimer, 0);
    const halfway = timerFigures(started, 15, 1_500);
    expect([formatClock(halfway.usedMs), formatClock(halfway.leftMs)]).toEqual(['0:01', '14:59']);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 * 60 * minute }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 5 }),
        (now, planned, extensions) => {
          const figures = timerFigures(extendTimer(started, extensions * 2 * minute), planned, now);
          expect(figures.usedMs + figures.leftMs).toBe(figures.budgetMs);
          expect(figures.usedMs % 1000).toBe(0);
          const [usedClock, leftClock] = [formatClock(figures.usedMs), formatClock(Math.abs(figures.leftMs))];
          const seconds = (clock: string) => Number(clock.split(':')[0]) * 60 + Number(clock.split(':')[1]);
          const shown = seconds(usedClock) + (figures.leftMs >= 0 ? seconds(leftClock) : -seconds(leftClock));
          expect(shown * 1000).toBe(figures.budgetMs);
        },
      ),
    );
  });
});
