import { describe, expect, it } from 'vitest';
import { parseAnswerFile, answerFileToJson, packageFingerprint } from '../attachment/answerFile';
import { examplePackage } from '../remiss/examplePackage';
import { fixtureAnswer } from '../../tests/fixtures/exampleAnswers';
import { countedAnswers, mergeAnswers, repeatedBodies, type IncomingFile } from './mergeAnswers';

const at = '2020-10-01T09:00:00.000Z';
const file = async (fileName: string, index: number, options: Parameters<typeof fixtureAnswer>[1] = {}): Promise<IncomingFile> => ({
  fileName,
  parsed: parseAnswerFile(answerFileToJson(await fixtureAnswer(index, options))),
});
const kinds = (outcomes: { kind: string }[]) => outcomes.map((outcome) => outcome.kind);

describe('matching answers to the package’s remissinstanser', () => {
  const respondents = examplePackage.respondents;
  const social = respondents.find((respondent) => respondent.id === 'socialnamnden')!;

  it('takes an answer whose remissinstans is in the list, and refuses one that names a body outside it, changing nothing', async () => {
    const listed = await file('soc.msvar', 1, { respondent: social });
    const outside = await file('teknik.msvar', 2, { respondent: { id: 'tekniska-namnden', name: 'Tekniska nämnden' } });
    const result = mergeAnswers(examplePackage.id, [], [listed, outside], at, undefined, respondents);
    expect(kinds(result.outcomes)).toEqual(['added', 'unknownRespondent']);
    expect(result.outcomes[1]).toMatchObject({ bodyName: 'Tekniska nämnden', respondentId: 'tekniska-namnden' });
    expect(result.answers.map((answer) => answer.answer.body.respondentId)).toEqual(['socialnamnden']);
  });

  it('holds an older answer without an id until the user confirms its remissinstans, suggesting the one of the same name', async () => {
    const older = await file('soc.msvar', 1, { respondent: { id: '', name: ' socialnämnden' } });
    const withoutId = older.parsed.ok
      ? { ...older, parsed: { ok: true as const, value: { ...older.parsed.value, body: { id: null, name: ' socialnämnden' } } } }
      : older;
    const waiting = mergeAnswers(examplePackage.id, [], [withoutId], at, undefined, respondents);
    expect(waiting.outcomes).toEqual([{ kind: 'needsMatch', fileName: 'soc.msvar', bodyName: ' socialnämnden', suggestion: social }]);
    expect(waiting.answers).toEqual([]);

    const confirmed = mergeAnswers(
      examplePackage.id,
      [],
      [{ ...withoutId, confirmedRespondentId: 'socialnamnden' }],
      at,
      undefined,
      respondents,
    );
    expect(kinds(confirmed.outcomes)).toEqual(['added']);
    expect(confirmed.answers[0]!.answer.body).toMatchObject({ name: ' socialnämnden', respondentId: 'socialnamnden' });
    const declined = mergeAnswers(examplePackage.id, [], [{ ...withoutId, confirmedRespondentId: null }], at, undefined, respondents);
    expect(kinds(declined.outcomes)).toEqual(['unknownRespondent']);
    expect(declined.answers).toEqual([]);
  });

  it('keeps the day the unadjusted answer arrived when the adjusted one takes its place', async () => {
    const unadjusted = await file('ojusterat.msvar', 1, { adjusted: false, respondent: social });
    const adjusted = await file('justerat.msvar', 1, { adjusted: true, respondent: social });
    const first = mergeAnswers(examplePackage.id, [], [unadjusted], '2020-09-16T08:00:00.000Z', undefined, respondents);
    const second = mergeAnswers(examplePackage.id, first.answers, [adjusted], '2020-09-30T08:00:00.000Z', undefined, respondents);
    expect(second.answers).toEqual([
      expect.objectContaining({ importedAt: '2020-09-30T08:00:00.000Z', unadjustedImportedAt: '2020-09-16T08:00:00.000Z' }),
    ]);
  });
});

describe('merging answer files into a package’s compilation', () => {
  it('adds 40 new answers, one per body and meeting', async () => {
    const files = await Promise.all(Array.from({ length: 40 }, (_, index) => file(`${index}.msvar`, index)));
    const { answers, outcomes } = mergeAnswers(examplePackage.id, [], files, at);
    expect(answers).toHaveLength(40);
    expect(new Set(kinds(outcomes))).toEqual(new Set(['added']));
  });

  it('reports an identical re-import as a duplicate, even when exported again later', async () => {
    const first = await file('a.msvar', 1);
    const { answers } = mergeAnswers(examplePackage.id, [], [first], at);
    const again = first.parsed.ok
      ? { fileName: 'b.msvar', parsed: { ok: true as const, value: { ...first.parsed.value, exportedAt: '2021-01-01T00:00:00.000Z' } } }
      : first;
    const result = mergeAnswers(examplePackage.id, answers, [first, again], at);
    expect(kinds(result.outcomes)).toEqual(['duplicate', 'duplicate']);
    expect(result.answers).toEqual(answers);
  });

  it('replaces a body’s unadjusted answer by its adjusted one, and keeps the adjusted one when the unadjusted comes late', async () => {
    const unadjusted = await file('ojusterat.msvar', 1, { adjusted: false });
    const adjusted = await file('justerat.msvar', 1, { adjusted: true });
    const result = mergeAnswers(examplePackage.id, [], [unadjusted, adjusted, unadjusted], at);
    expect(kinds(result.outcomes)).toEqual(['added', 'replaced', 'superseded']);
    expect(result.answers.map((answer) => [answer.fileName, answer.answer.status])).toEqual([['justerat.msvar', 'justerat']]);
  });

  it('stores a second, different answer for the same body and meeting as a waiting conflict that does not count', async () => {
    const original = await file('a.msvar', 2);
    const different = await file('b.msvar', 2, { commentText: 'Ett annat svar.' });
    const third = await file('c.msvar', 2, { commentText: 'Ett tredje svar.' });
    const { answers } = mergeAnswers(examplePackage.id, [], [original], at);
    const result = mergeAnswers(examplePackage.id, answers, [different, different, third], at);
    expect(kinds(result.outcomes)).toEqual(['conflict', 'duplicate', 'conflict']);
    expect(result.outcomes[0]).toMatchObject({ existing: { fileName: 'a.msvar' }, incoming: { fileName: 'b.msvar' } });
    const [stored] = answers;
    expect(result.answers.map((answer) => [answer.id, answer.fileName, answer.conflictOf])).toEqual([
      [stored!.id, 'a.msvar', undefined],
      [`${stored!.id}#2`, 'b.msvar', stored!.id],
      [`${stored!.id}#3`, 'c.msvar', stored!.id],
    ]);
    expect(countedAnswers(result.answers)).toEqual(answers);
  });

  it('takes an answer to another version of the package but says so, naming the goals the package does not have', async () => {
    const extra = { ...examplePackage.goals[0]!, id: 'mal-5', number: 5, title: 'En plats för framtidens energi' };
    const older = { ...examplePackage, goals: [...examplePackage.goals, extra] };
    const version = { fingerprint: await packageFingerprint(examplePackage), goals: examplePackage.goals };
    const result = mergeAnswers(
      examplePackage.id,
      [],
      [await file('gammal.msvar', 1, { pkg: older }), await file('ny.msvar', 2)],
      at,
      version,
    );
    expect(result.outcomes).toMatchObject([
      { kind: 'added', otherVersion: { unknownGoals: [{ number: 5, title: 'En plats för framtidens energi' }] } },
      { kind: 'added', otherVersion: null },
    ]);
    expect(result.answers).toHaveLength(2);
  });

  it('replaces the unadjusted answer of a meeting even when the body was given a profile between the two exports', async () => {
    const unadjusted = await file('ojusterat.msvar', 1, { adjusted: false });
    const adjusted = await file('justerat.msvar', 1, { adjusted: true });
    if (!adjusted.parsed.ok) throw new Error('the fixture must parse');
    adjusted.parsed.value.body.id = 'profil-1';
    const result = mergeAnswers(examplePackage.id, [], [unadjusted, adjusted], at);
    expect(kinds(result.outcomes)).toEqual(['added', 'replaced']);
    expect(result.answers.map((answer) => answer.fileName)).toEqual(['justerat.msvar']);
  });

  it('finds a body that answered at two meetings, but not the unadjusted and adjusted answer of one meeting', async () => {
    const august = await file('augusti.msvar', 4, { meeting: { id: 'aug', date: '2020-08-20' } });
    const september = await file('september.msvar', 4, { meeting: { id: 'sep', date: '2020-09-15' } });
    const unadjusted = await file('ojusterat.msvar', 5, { adjusted: false });
    const adjusted = await file('justerat.msvar', 5, { adjusted: true });
    const { answers } = mergeAnswers(examplePackage.id, [], [september, august, unadjusted, adjusted], at);
    const [repeated, ...others] = repeatedBodies(answers);
    expect(others).toEqual([]);
    expect(repeated!.answers.map((answer) => answer.fileName)).toEqual(['augusti.msvar', 'september.msvar']);
    expect(repeated!.chosen).toBeNull();
    const chosen = answers.map((answer) => (answer.fileName === 'augusti.msvar' ? { ...answer, setAside: true } : answer));
    expect(repeatedBodies(chosen)[0]!.chosen?.fileName).toBe('september.msvar');
    expect(countedAnswers(chosen).map((answer) => answer.fileName)).toEqual(['september.msvar', 'justerat.msvar']);
  });

  it('refuses answers to another package and malformed files, each with its reason', async () => {
    const other = { ...examplePackage, id: 'annat-paket', caseNumber: 'KS 2021/1', title: 'Annan remiss' };
    const foreign = await file('annan.msvar', 3, { pkg: other });
    const broken: IncomingFile = { fileName: 'trasig.msvar', parsed: parseAnswerFile('{"format":') };
    const result = mergeAnswers(examplePackage.id, [], [foreign, broken], at);
    expect(result.outcomes).toEqual([
      { kind: 'foreign', fileName: 'annan.msvar', packageId: 'annat-paket', caseNumber: 'KS 2021/1', title: 'Annan remiss' },
      { kind: 'invalid', fileName: 'trasig.msvar', issue: { code: 'notJson' } },
    ]);
    expect(result.answers).toEqual([]);
  });
});
