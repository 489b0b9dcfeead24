import { describe, expect, it } from 'vitest';
import { parseAnswerFile, answerFileToJson } from '../attachment/answerFile';
import { examplePackage } from '../remiss/examplePackage';
import { fixtureAnswer } from './exampleAnswers';
import { mergeAnswers, type IncomingFile } from './mergeAnswers';

const at = '2020-10-01T09:00:00.000Z';
const file = async (fileName: string, index: number, options: Parameters<typeof fixtureAnswer>[1] = {}): Promise<IncomingFile> => ({
  fileName,
  parsed: parseAnswerFile(answerFileToJson(await fixtureAnswer(index, options))),
});
const kinds = (outcomes: { kind: string }[]) => outcomes.map((outcome) => outcome.kind);

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

  it('holds a second, different answer for the same body and meeting as a conflict and stores nothing of it', async () => {
    const original = await file('a.msvar', 2);
    const different = await file('b.msvar', 2, { commentText: 'Ett annat svar.' });
    const { answers } = mergeAnswers(examplePackage.id, [], [original], at);
    const result = mergeAnswers(examplePackage.id, answers, [different], at);
    expect(result.outcomes[0]).toMatchObject({ kind: 'conflict', existing: { fileName: 'a.msvar' }, incoming: { fileName: 'b.msvar' } });
    expect(result.answers).toEqual(answers);
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
