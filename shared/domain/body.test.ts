import { describe, expect, it } from 'vitest';
import { linkedKfGoalNumbers, ownGoalsServing, validateBody, type OwnGoal } from './body';

const goal = (overrides: Partial<OwnGoal> = {}): OwnGoal => ({
  id: 'g1',
  title: 'Alla elever ska nå kunskapskraven',
  description: '',
  kfGoalNumbers: [2],
  ...overrides,
});

describe('validateBody', () => {
  it('tidies the name and the links, and accepts a board with its own goals', () => {
    const result = validateBody({
      name: '  Barn- och   utbildningsnämnden ',
      kind: 'namnd',
      ownGoals: [goal({ kfGoalNumbers: [3, 2, 3] })],
    });
    expect(result).toEqual({
      ok: true,
      value: { name: 'Barn- och utbildningsnämnden', kind: 'namnd', ownGoals: [goal({ kfGoalNumbers: [2, 3] })] },
    });
  });

  it('drops control characters a paste brought into the name, and shows half a surrogate pair as U+FFFD', () => {
    const result = validateBody({
      name: 'Social\u0000nämnden\u000b \ud83d',
      kind: 'namnd',
      ownGoals: [goal({ title: 'Fler\u0007 i arbete' })],
    });
    expect(result.ok && [result.value.name, result.value.ownGoals[0]!.title]).toEqual(['Socialnämnden \uFFFD', 'Fler i arbete']);
  });

  it('names each problem: no name, a taken name, an own goal without wording, a link out of range', () => {
    expect(validateBody({ name: ' ', kind: 'styrelse', ownGoals: [] })).toEqual({
      ok: false,
      issues: [{ field: 'name', code: 'nameMissing' }],
    });
    expect(validateBody({ name: 'socialnämnden', kind: 'namnd', ownGoals: [] }, ['Socialnämnden'])).toEqual({
      ok: false,
      issues: [{ field: 'name', code: 'nameTaken' }],
    });
    expect(
      validateBody({ name: 'Vaggeryds Energi AB', kind: 'bolag', ownGoals: [goal(), goal({ id: 'g2', title: '', kfGoalNumbers: [0] })] }),
    ).toEqual({
      ok: false,
      issues: [
        { field: 'ownGoalTitle', index: 1, code: 'ownGoalTitleMissing' },
        { field: 'kfGoalNumbers', index: 1, code: 'kfGoalNumberInvalid' },
      ],
    });
    expect(validateBody({ name: 'x'.repeat(201), kind: 'presidium', ownGoals: [] })).toMatchObject({
      ok: false,
      issues: [{ code: 'nameTooLong', max: 200 }],
    });
  });
});

describe('linkedKfGoalNumbers', () => {
  it('suggests each linked council goal once, in order', () => {
    expect(linkedKfGoalNumbers({ ownGoals: [goal({ kfGoalNumbers: [4, 1] }), goal({ kfGoalNumbers: [1, 2] })] })).toEqual([1, 2, 4]);
  });
});

describe('ownGoalsServing', () => {
  it('lists the own goals linked to one council goal, in the body’s order', () => {
    const body = {
      ownGoals: [goal({ id: 'a', kfGoalNumbers: [2, 3] }), goal({ id: 'b', kfGoalNumbers: [1] }), goal({ id: 'c', kfGoalNumbers: [3] })],
    };
    expect(ownGoalsServing(body, 3).map((g) => g.id)).toEqual(['a', 'c']);
    expect(ownGoalsServing(body, 4)).toEqual([]);
  });
});
