import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import { createSession, goToStep, timerOf } from './session';
import { sessionKeyAction, type KeyDescription } from './sessionKeys';
import { isRunning } from './timer';

const alt = (code: string, key = code): KeyDescription => ({ key, code, altKey: true, ctrlKey: false, metaKey: false });
const start = createSession('m-1', examplePackage, [], new Date('2020-09-15T08:00:00Z'));

describe('the chair’s session keys', () => {
  it('step forward and back from the stored session, so two quick presses move two steps', () => {
    const next = sessionKeyAction(alt('ArrowRight'))!;
    expect(next.movesStep).toBe(true);
    const twice = next.change(next.change(start, examplePackage, 0), examplePackage, 0);
    expect(twice.currentStepId).toBe('chooseFocus');
    const back = sessionKeyAction(alt('ArrowLeft'))!.change(twice, examplePackage, 0);
    expect(back.currentStepId).toBe('overallDialogue');
  });

  it('start the timer, blank the projector and move among the questions', () => {
    const timed = sessionKeyAction(alt('KeyT', 't'))!.change(start, examplePackage, 1_000);
    expect(isRunning(timerOf(timed, 'introduction'))).toBe(true);
    expect(sessionKeyAction(alt('KeyB', 'b'))!.change(start, examplePackage, 0).blanked).toBe(true);
    const dialogue = goToStep(start, 'overallDialogue', 0);
    const down = sessionKeyAction(alt('ArrowDown'))!;
    expect(down.movesStep).toBe(false);
    expect(down.change(dialogue, examplePackage, 0).questionIndex).toBe(1);
    expect(sessionKeyAction(alt('ArrowUp'))!.change(dialogue, examplePackage, 0).questionIndex).toBe(0);
  });

  it('follow the physical key when the layout turns Alt+T into a symbol, and the letter when the code is unknown', () => {
    expect(sessionKeyAction(alt('KeyT', '†'))).not.toBeNull();
    expect(sessionKeyAction(alt('', 'KeyB'))).not.toBeNull();
  });

  it('ignore keys without Alt, with Ctrl or Cmd, and the meeting room’s own keys', () => {
    expect(sessionKeyAction({ ...alt('ArrowRight'), altKey: false })).toBeNull();
    expect(sessionKeyAction({ ...alt('ArrowRight'), ctrlKey: true })).toBeNull();
    expect(sessionKeyAction({ ...alt('ArrowRight'), metaKey: true })).toBeNull();
    expect(sessionKeyAction(alt('KeyN', 'n'))).toBeNull();
    expect(sessionKeyAction(alt('KeyP', 'p'))).toBeNull();
  });

  it('leave Alt+arrows to a focused text field on macOS, where they move the caret by word, but keep them elsewhere', () => {
    const inField = { macOS: true, inTextField: true };
    for (const arrow of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      expect(sessionKeyAction(alt(arrow), inField)).toBeNull();
      expect(sessionKeyAction(alt(arrow), { macOS: true, inTextField: false })).not.toBeNull();
      expect(sessionKeyAction(alt(arrow), { macOS: false, inTextField: true })).not.toBeNull();
    }
    expect(sessionKeyAction(alt('KeyT', 't'), inField)).not.toBeNull();
    expect(sessionKeyAction(alt('KeyB', 'b'), inField)).not.toBeNull();
  });
});
