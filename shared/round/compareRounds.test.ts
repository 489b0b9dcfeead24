import { describe, expect, it } from 'vitest';
import { fixtureAnswer } from '../../tests/fixtures/exampleAnswers';
import { examplePackage } from '../remiss/examplePackage';
import { compareRounds } from './compareRounds';

describe('comparing with an earlier round', () => {
  it('matches bodies by remissinstans id across a renamed body, goals by number, and says how each rating moved', async () => {
    const [ks, social] = examplePackage.respondents.filter((r) => ['kommunstyrelsen', 'socialnamnden'].includes(r.id));
    const earlierPackage = { ...examplePackage, id: 'remiss-2019' };
    // fixtureRating gives body 0 the steps 1, 4, none, 3 and body 1 the steps 2, 5, 1, 4.
    const earlier = [
      await fixtureAnswer(0, { pkg: earlierPackage, respondent: { id: ks!.id, name: 'KS' } }),
      await fixtureAnswer(2, { pkg: earlierPackage, respondent: social! }),
      await fixtureAnswer(9, { pkg: earlierPackage }),
    ];
    const current = [await fixtureAnswer(1, { respondent: ks! }), await fixtureAnswer(2, { respondent: social! }), await fixtureAnswer(4)];
    const comparison = compareRounds(examplePackage, current, earlier);
    expect(comparison.bodies.map((body) => body.bodyName)).toEqual(['Kommunstyrelsen', 'Socialnämnden']);
    const ksMoves = comparison.bodies[0]!.moves;
    expect(ksMoves.map((move) => [move.goalNumber, move.earlier, move.current, move.change])).toEqual([
      [1, 1, 2, 1],
      [2, 4, 5, 1],
      [3, null, 1, null],
      [4, 3, 4, 1],
    ]);
    expect(comparison.bodies[1]!.moves.every((move) => move.change === null || move.change === 0)).toBe(true);
    expect(comparison.goals[0]).toMatchObject({ goalNumber: 1, earlierMean: 2, currentMean: 2.5, pairs: 2 });
  });
});
