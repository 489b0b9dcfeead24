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

describe('a body’s letterhead logo', () => {
  const logo = {
    mediaType: 'image/png' as const,
    bytes: new Uint8Array([1, 2, 3]),
    width: 240,
    height: 80,
    altText: '  Vaggeryds  kommuns logotyp ',
  };
  const input = { name: 'Socialnämnden', kind: 'namnd' as const, ownGoals: [] };

  it('keeps the logo with its alt text tidied, and a removed logo as removed', () => {
    const result = validateBody({ ...input, logo });
    expect(result.ok && result.value.logo).toEqual({ ...logo, altText: 'Vaggeryds kommuns logotyp' });
    const removed = validateBody({ ...input, logo: null });
    expect(removed.ok && removed.value.logo).toBeNull();
    const untouched = validateBody(input);
    expect(untouched.ok && 'logo' in untouched.value).toBe(false);
  });

  it('needs an alt text, within the limit', () => {
    expect(validateBody({ ...input, logo: { ...logo, altText: ' ' } })).toEqual({
      ok: false,
      issues: [{ field: 'logoAltText', code: 'logoAltTextMissing' }],
    });
    expect(validateBody({ ...input, logo: { ...logo, altText: 'x'.repeat(201) } })).toEqual({
      ok: false,
      issues: [{ field: 'logoAltText', code: 'logoAltTextTooLong', max: 200 }],
    });
  });
});

describe('linkedKfGoalNumbers', () => {
  it('suggests each linked council goal once, in order', () => {
    expect(linkedKfGoalNumbers({ ownGoals: [goal({ kfGoalNumbers: [4, 1] }), goal({ kfGoalNumbers: [1, 2] })] })).toEqual([1, 2, 4]);
  });
});

describe('the body’s roster', () => {
  it('keeps members and substitutes with their parties, tidied, and the number of members', () => {
    const result = validateBody({
      name: 'Socialnämnden',
      kind: 'namnd',
      ownGoals: [],
      members: [
        { id: 'r1', name: ' Anna  Berg ', party: ' S ', role: 'ordforande' },
        { id: 'r2', name: 'Bo Ek', party: 'M', role: 'ersattare' },
      ],
      memberCount: 9,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Socialnämnden',
        kind: 'namnd',
        ownGoals: [],
        members: [
          { id: 'r1', name: 'Anna Berg', party: 'S', role: 'ordforande' },
          { id: 'r2', name: 'Bo Ek', party: 'M', role: 'ersattare' },
        ],
        memberCount: 9,
      },
    });
  });

  it('names each problem: a member without a name, a name or party too long, an impossible number of members', () => {
    expect(
      validateBody({
        name: 'Socialnämnden',
        kind: 'namnd',
        ownGoals: [],
        members: [
          { id: 'r1', name: ' ', party: '', role: 'ledamot' },
          { id: 'r2', name: 'x'.repeat(101), party: 'y'.repeat(21), role: 'ledamot' },
        ],
        memberCount: 0,
      }),
    ).toEqual({
      ok: false,
      issues: [
        { field: 'memberCount', code: 'memberCountInvalid', max: 999 },
        { field: 'memberName', index: 0, code: 'memberNameMissing' },
        { field: 'memberName', index: 1, code: 'memberNameTooLong', max: 100 },
        { field: 'memberParty', index: 1, code: 'partyTooLong', max: 20 },
      ],
    });
  });

  it('leaves a profile without a roster without one', () => {
    expect(validateBody({ name: 'Socialnämnden', kind: 'namnd', ownGoals: [] })).toEqual({
      ok: true,
      value: { name: 'Socialnämnden', kind: 'namnd', ownGoals: [] },
    });
  });
});

describe('an own goal’s forecast', () => {
  const board = (forecast: OwnGoal['forecast']) => ({ name: 'Socialnämnden', kind: 'namnd' as const, ownGoals: [goal({ forecast })] });

  it('keeps a valid forecast, its line tidied and an empty date read as none', () => {
    const result = validateBody(board({ outcome: 'uppnasDelvis', text: '  Väntetiderna   har ökat ', date: '2026-08-31' }));
    expect(result.ok && result.value.ownGoals[0]!.forecast).toEqual({
      outcome: 'uppnasDelvis',
      text: 'Väntetiderna har ökat',
      date: '2026-08-31',
    });
    const undated = validateBody(board({ outcome: 'uppnas', text: '', date: ' ' }));
    expect(undated.ok && undated.value.ownGoals[0]!.forecast).toEqual({ outcome: 'uppnas', text: '', date: null });
  });

  it('refuses a line longer than the limit and a date the calendar does not have', () => {
    expect(validateBody(board({ outcome: 'uppnasInte', text: 'x'.repeat(501), date: '2026-02-30' }))).toEqual({
      ok: false,
      issues: [
        { field: 'forecastText', index: 0, code: 'forecastTextTooLong', max: 500 },
        { field: 'forecastDate', index: 0, code: 'forecastDateInvalid' },
      ],
    });
    expect(validateBody(board({ outcome: 'uppnasInte', text: 'x'.repeat(500), date: null })).ok).toBe(true);
  });

  it('leaves an own goal without a forecast without one', () => {
    const result = validateBody({ name: 'Socialnämnden', kind: 'namnd', ownGoals: [goal()] });
    expect(result.ok && result.value.ownGoals[0]).toEqual(goal());
    expect(result.ok && 'forecast' in result.value.ownGoals[0]!).toBe(false);
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
