import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import { answerBodyKind, bodyKindOf, bodyKinds, compileAnswers, filterAnswers, formatShare } from './compileAnswers';
import { fixtureAnswer, fixtureBodyName } from '../../tests/fixtures/exampleAnswers';

const labels = { noAssessment: 'Ingen bedömning', notRated: 'Ej bedömt', outsideScale: 'Utanför skalan' };
const round = () => Promise.all(Array.from({ length: 40 }, (_, index) => fixtureAnswer(index)));
const counts = (rows: { label: string; count: number }[]) => rows.map(({ label, count }) => [label, count]);

describe('compiling a round of answers', () => {
  it('counts every step, "Ingen bedömning" and "Ej bedömt" per goal, with exact shares', async () => {
    const compilation = compileAnswers(examplePackage, await round(), labels);
    expect(compilation.answerCount).toBe(40);
    expect(counts(compilation.goals[0]!.distribution)).toEqual([
      ['1 – Bör sänkas tydligt', 6],
      ['2 – Bör sänkas något', 6],
      ['3 – Lagom', 6],
      ['4 – Bör höjas något', 6],
      ['5 – Bör höjas tydligt', 6],
      ['Ingen bedömning', 5],
      ['Ej bedömt', 5],
    ]);
    expect(compilation.goals[0]!.distribution.map((row) => row.share)).toEqual([0.15, 0.15, 0.15, 0.15, 0.15, 0.125, 0.125]);
    expect(counts(compilation.goals[1]!.distribution).map(([, count]) => count)).toEqual([6, 5, 5, 6, 6, 6, 6]);
    for (const goal of compilation.goals) expect(goal.distribution.reduce((sum, row) => sum + row.count, 0)).toBe(40);
  });

  it('lists the agreed comments and reservations by body, the matrix row per answer, and who has not answered', async () => {
    const answers = await round();
    const compilation = compileAnswers(examplePackage, answers, labels);
    const goal1 = compilation.goals[0]!;
    expect(goal1.comments).toHaveLength(40);
    expect(goal1.comments.filter((entry) => entry.dissents.length > 0).map((entry) => entry.bodyName)).toEqual(
      [3, 13, 23, 33].map(fixtureBodyName).sort((x, y) => x.localeCompare(y, 'sv-SE')),
    );
    expect(compilation.goals[1]!.comments).toEqual([]);
    expect(compilation.matrix).toHaveLength(40);
    const row0 = compilation.matrix.find((row) => row.bodyName === fixtureBodyName(0))!;
    expect(row0).toMatchObject({ status: 'justerat', ratings: ['Bör sänkas tydligt', 'Bör höjas något', null, 'Lagom'] });
    expect(compilation.missing).toEqual(examplePackage.respondents.map((respondent) => respondent.name));

    // Matched by the remissinstans's id, not by a name that happens to be written alike.
    const withKs = [
      ...answers,
      { ...answers[1]!, body: { id: null, name: 'KS', respondentId: 'kommunstyrelsen' }, meeting: { ...answers[1]!.meeting, id: 'ks' } },
      { ...answers[2]!, body: { id: null, name: ' socialnämnden ' }, meeting: { ...answers[2]!.meeting, id: 'soc' } },
    ];
    const withKsCompiled = compileAnswers(examplePackage, withKs, labels);
    expect(withKsCompiled.missing).not.toContain('Kommunstyrelsen');
    expect(withKsCompiled.missing).toContain('Socialnämnden');
    expect([withKsCompiled.answeredCount, withKsCompiled.expectedCount]).toEqual([1, 7]);
  });

  it('counts only what the filter selects, but never calls a body that answered silent', async () => {
    const answers = [
      {
        ...(await fixtureAnswer(0)),
        body: { id: null, name: 'Kommunstyrelsen', respondentId: 'kommunstyrelsen' },
        status: 'justerat' as const,
      },
      {
        ...(await fixtureAnswer(1)),
        body: { id: null, name: 'Socialnämnden', respondentId: 'socialnamnden' },
        status: 'ojusterat' as const,
      },
    ];
    const compilation = compileAnswers(examplePackage, answers, labels, { kinds: [...bodyKinds], statuses: ['justerat'] });
    expect(compilation.answerCount).toBe(1);
    expect(compilation.receivedCount).toBe(2);
    expect(compilation.matrix.map((row) => row.bodyName)).toEqual(['Kommunstyrelsen']);
    expect(compilation.missing).not.toContain('Socialnämnden');
    expect(compilation.missing).toHaveLength(examplePackage.respondents.length - 2);
  });

  it('gives zero shares, not NaN, when nothing has been compiled', () => {
    const compilation = compileAnswers(examplePackage, [], labels);
    expect(compilation.goals[0]!.distribution.every((row) => row.count === 0 && row.share === 0)).toBe(true);
    expect(compilation.missing).toHaveLength(examplePackage.respondents.length);
  });

  it('tells nämnder, styrelser and bolag apart by name, and filters by kind and status', async () => {
    expect(['Socialnämnden', 'Kommunstyrelsen', 'Vaggeryds Energi AB', 'Pensionärsrådet', 'Tekniska nämnd'].map(bodyKindOf)).toEqual([
      'namnd',
      'styrelse',
      'bolag',
      'ovrigt',
      'namnd',
    ]);
    const answers = await round();
    expect(filterAnswers(answers, { kinds: ['bolag'], statuses: ['ojusterat', 'justerat'] })).toHaveLength(10);
    expect(filterAnswers(answers, { kinds: [...bodyKinds], statuses: ['justerat'] })).toHaveLength(8);
  });

  it('guesses committees, drafting committees and presidiums by name too, for files without a kind', () => {
    expect(['Socialnämndens arbetsutskott', 'Kommunstyrelsens presidium', 'Beredningen', 'Nämndens presidiet'].map(bodyKindOf)).toEqual([
      'utskott',
      'presidium',
      'beredning',
      'presidium',
    ]);
  });

  it('takes the kind from the file: the meeting form first, then the body profile, the name only when neither tells', async () => {
    const profile = await fixtureAnswer(3, { bodyKind: 'bolag' });
    const committee = await fixtureAnswer(4, { bodyKind: 'namnd', meetingForm: 'utskott' });
    const presidium = await fixtureAnswer(5, { meetingForm: 'presidium' });
    const management = await fixtureAnswer(6, { meetingForm: 'ledning' });
    const older = await fixtureAnswer(7);
    expect([profile, committee, presidium, management, older].map((answer) => answerBodyKind(answer))).toEqual([
      'bolag',
      'utskott',
      'presidium',
      'ledning',
      'ovrigt',
    ]);
    const all = [profile, committee, presidium, management, older];
    const only = (kind: (typeof bodyKinds)[number]) =>
      filterAnswers(all, { kinds: [kind], statuses: ['ojusterat', 'justerat'] }).map((answer) => answer.body.name);
    expect(only('bolag')).toEqual([fixtureBodyName(3)]);
    expect(only('utskott')).toEqual([fixtureBodyName(4)]);
    expect(only('presidium')).toEqual([fixtureBodyName(5)]);
    expect(only('ovrigt')).toEqual([fixtureBodyName(7)]);
  });

  it('writes shares as Swedish readers expect', () => {
    expect(formatShare(0.125, 'sv-SE').replace(/\s/g, ' ')).toBe('12,5 %');
    expect(formatShare(0.125, 'en-GB')).toBe('12.5%');
  });
});
