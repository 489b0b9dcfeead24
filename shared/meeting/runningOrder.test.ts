import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import {
  addCustomStep,
  applyFocusGoals,
  buildRunningOrder,
  goalsNotInFocus,
  moveStep,
  nextStepId,
  previousStepId,
  removeCustomStep,
  setPlannedMinutes,
  setSkipped,
  suggestFocusGoals,
} from './runningOrder';

const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe('buildRunningOrder', () => {
  it('follows the seed: introduction, overall dialogue, focus choice, one in-depth step per focus goal, the rest, closing', () => {
    const steps = buildRunningOrder(examplePackage, ['mal-3', 'mal-1']);
    expect(ids(steps)).toEqual([
      'introduction',
      'overallDialogue',
      'chooseFocus',
      'goal:mal-1',
      'goal:mal-3',
      'otherGoals',
      'overallComment',
      'closing',
    ]);
    expect(steps.every((s) => s.plannedMinutes > 0 && !s.skipped)).toBe(true);
  });

  it('ignores goals the package does not have', () => {
    expect(ids(buildRunningOrder(examplePackage, ['mal-9'])).filter((id) => id.startsWith('goal:'))).toEqual([]);
  });
});

describe('choosing focus goals', () => {
  it('suggests the goals the body’s own goals are linked to, in the package’s order', () => {
    const body = {
      ownGoals: [
        { id: 'a', title: 'Fler elever når behörighet', description: '', kfGoalNumbers: [3, 2] },
        { id: 'b', title: 'Aktiv fritid', description: '', kfGoalNumbers: [3] },
      ],
    };
    expect(suggestFocusGoals(examplePackage, body)).toEqual(['mal-2', 'mal-3']);
    expect(suggestFocusGoals(examplePackage, null)).toEqual([]);
  });

  it('replaces goal steps but keeps the chair’s own edits elsewhere', () => {
    let steps = buildRunningOrder(examplePackage, ['mal-1']);
    steps = setPlannedMinutes(steps, 'introduction', 3);
    steps = setSkipped(steps, 'otherGoals', true);
    steps = applyFocusGoals(steps, examplePackage, ['mal-2', 'mal-4']);
    expect(ids(steps)).toEqual([
      'introduction',
      'overallDialogue',
      'chooseFocus',
      'goal:mal-2',
      'goal:mal-4',
      'otherGoals',
      'overallComment',
      'closing',
    ]);
    expect(steps[0]!.plannedMinutes).toBe(3);
    expect(steps.find((s) => s.id === 'otherGoals')!.skipped).toBe(true);
  });

  it('lists the goals not in focus for the rating step', () => {
    expect(goalsNotInFocus(examplePackage, ['mal-1', 'mal-3'])).toEqual(['mal-2', 'mal-4']);
  });
});

describe('the chair’s edits', () => {
  const base = buildRunningOrder(examplePackage, ['mal-1']);

  it('moves a step up and down, and not past either end', () => {
    expect(ids(moveStep(base, 'overallDialogue', -1)).slice(0, 2)).toEqual(['overallDialogue', 'introduction']);
    expect(ids(moveStep(base, 'introduction', -1))).toEqual(ids(base));
    expect(ids(moveStep(base, 'closing', 1))).toEqual(ids(base));
  });

  it('skips steps when moving forward and back', () => {
    const steps = setSkipped(base, 'chooseFocus', true);
    expect(nextStepId(steps, 'overallDialogue')).toBe('goal:mal-1');
    expect(previousStepId(steps, 'goal:mal-1')).toBe('overallDialogue');
    expect(nextStepId(steps, 'closing')).toBeNull();
    expect(previousStepId(steps, 'introduction')).toBeNull();
  });

  it('adds a custom step after the given one, clamps its minutes, and removes only custom steps', () => {
    const steps = addCustomStep(base, { id: 'x', title: '  Information från förvaltningen ', plannedMinutes: 999 }, 'introduction');
    expect(steps[1]).toEqual({
      id: 'custom:x',
      kind: 'custom',
      goalId: null,
      title: 'Information från förvaltningen',
      plannedMinutes: 240,
      skipped: false,
    });
    expect(ids(removeCustomStep(steps, 'custom:x'))).toEqual(ids(base));
    expect(ids(removeCustomStep(steps, 'introduction'))).toEqual(ids(steps));
    expect(addCustomStep(base, { id: 'y', title: 'Sist', plannedMinutes: 5 }).at(-1)!.id).toBe('custom:y');
  });

  it('gives a step whose minutes field was left empty no minutes, never a number that is none', () => {
    expect(addCustomStep(base, { id: 'z', title: 'Övrigt', plannedMinutes: Number.NaN }).at(-1)!.plannedMinutes).toBe(0);
    expect(setPlannedMinutes(base, 'introduction', Number.NaN)[0]!.plannedMinutes).toBe(0);
  });
});
