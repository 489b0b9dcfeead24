import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import { answerDifferences } from './answerDifferences';
import { fixtureAnswer } from '../../tests/fixtures/exampleAnswers';

describe('what differs between two answers from one meeting', () => {
  it('lists, per goal in number order and then the whole remiss, both sides of each part that differs', async () => {
    const stored = await fixtureAnswer(2);
    const base = await fixtureAnswer(2);
    const incoming = {
      ...base,
      goals: base.goals.map((goal) =>
        goal.number === 2 ? { ...goal, rating: { kind: 'step' as const, value: 5, label: 'Bör höjas tydligt' } } : goal,
      ),
      overall: { comment: 'Nämnden vill återkomma.', dissents: [] },
    };
    const { parts, sameGoals } = answerDifferences(stored, incoming);
    expect(sameGoals).toBe(3);
    expect(parts).toEqual([
      {
        goal: { number: 2, title: examplePackage.goals[1]!.title },
        stored: { ratingLabel: stored.goals[1]!.rating?.label ?? null, comment: null, dissents: [] },
        incoming: { ratingLabel: 'Bör höjas tydligt', comment: null, dissents: [] },
      },
      {
        goal: null,
        stored: { ratingLabel: null, comment: null, dissents: [] },
        incoming: { ratingLabel: null, comment: 'Nämnden vill återkomma.', dissents: [] },
      },
    ]);
  });

  it('shows a goal only one of the answers has against nothing on the other side', async () => {
    const stored = await fixtureAnswer(1);
    const incoming = { ...stored, goals: stored.goals.slice(0, 3) };
    expect(answerDifferences(stored, incoming).parts).toMatchObject([{ goal: { number: 4 }, incoming: null }]);
  });
});
