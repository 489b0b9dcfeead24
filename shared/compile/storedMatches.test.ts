import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import { fixtureAnswer } from '../../tests/fixtures/exampleAnswers';
import type { CompiledAnswer } from './mergeAnswers';
import { linkedToRespondent, storedMatches } from './storedMatches';

const respondents = examplePackage.respondents;
const social = respondents.find((respondent) => respondent.id === 'socialnamnden')!;

/** A row as the first release stored it: the answer file's body has a name and no remissinstans id. */
async function storedWithoutId(index: number, bodyName: string, extra: Partial<CompiledAnswer> = {}): Promise<CompiledAnswer> {
  const answer = await fixtureAnswer(index, { respondent: { id: '', name: bodyName } });
  const { respondentId: _none, ...body } = answer.body;
  return {
    id: `${examplePackage.id}:${bodyName}:${answer.meeting.id}`,
    packageId: examplePackage.id,
    fileName: `${bodyName} svar.msvar`,
    importedAt: '2020-10-01T09:00:00.000Z',
    answer: { ...answer, body },
    ...extra,
  };
}

describe('stored answers without a remissinstans id', () => {
  it('proposes the remissinstans of the same name (case and spacing aside), and none for a name outside the list', async () => {
    const soc = await storedWithoutId(1, '  socialnämnden ');
    const outside = await storedWithoutId(2, 'Tekniska nämnden');
    const linked = { ...(await storedWithoutId(3, 'Kommunstyrelsen')) };
    linked.answer = { ...linked.answer, body: { ...linked.answer.body, respondentId: 'kommunstyrelsen' } };
    const matches = storedMatches([soc, outside, linked], respondents);
    expect(matches).toEqual([
      expect.objectContaining({ answerId: soc.id, bodyName: '  socialnämnden ', suggestion: social }),
      expect.objectContaining({ answerId: outside.id, bodyName: 'Tekniska nämnden', suggestion: null }),
    ]);
  });

  it('proposes nothing in a round whose package lists no remissinstanser, and leaves waiting conflicts to their answer', async () => {
    const soc = await storedWithoutId(1, 'Socialnämnden');
    const waiting = await storedWithoutId(1, 'Socialnämnden', { id: `${soc.id}#2`, conflictOf: soc.id });
    expect(storedMatches([soc], [])).toEqual([]);
    expect(storedMatches([soc, waiting], respondents).map((match) => match.answerId)).toEqual([soc.id]);
  });

  it('links the answer and its waiting conflict to the confirmed remissinstans, and never an answer already linked', async () => {
    const soc = await storedWithoutId(1, 'Socialnämnden');
    const waiting = await storedWithoutId(1, 'Socialnämnden', { id: `${soc.id}#2`, conflictOf: soc.id });
    const other = await storedWithoutId(4, 'Socialnämnden');
    const linked = linkedToRespondent([soc, waiting, other], soc.id, 'socialnamnden');
    expect(linked.map((row) => [row.id, row.answer.body.respondentId])).toEqual([
      [soc.id, 'socialnamnden'],
      [waiting.id, 'socialnamnden'],
    ]);
    expect(linked[0]!.answer.body.name).toBe('Socialnämnden');
    expect(linkedToRespondent(linked, soc.id, 'kommunstyrelsen')).toEqual([]);
  });
});
