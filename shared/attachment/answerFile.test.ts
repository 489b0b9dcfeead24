import { describe, expect, it } from 'vitest';
import { answerFileToJson, buildAnswerFile, canonicalJson, packageFingerprint, parseAnswerFile } from './answerFile';
import { exampleMeeting } from './exampleMeeting';

const exportedAt = new Date('2020-09-15T18:00:00Z');

describe('the answer file', () => {
  it('carries the body, meeting, package fingerprint, each goal’s rating, comment and dissents, and reads back the same', async () => {
    const example = exampleMeeting({ agreedTexts: { 'mal-1': '<script>"citat"</script> **fet** {{x}} שלום 😀' } });
    const answer = await buildAnswerFile({ ...example, exportedAt });
    expect(answer).toMatchObject({
      format: 'malsamtal.remissvar',
      version: 1,
      exportedAt: '2020-09-15T18:00:00.000Z',
      body: { id: null, name: 'Barn- och utbildningsnämnden' },
      meeting: { date: '2020-09-15', form: 'namnd', paragraph: '45', attachmentNumber: '1' },
      package: { id: 'vaggeryd-ks-2019-160-remiss-2', caseNumber: 'KS 2019/160' },
      status: 'ojusterat',
      adjustment: null,
    });
    expect(answer.package.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(answer.goals.map((goal) => [goal.number, goal.rating])).toEqual([
      [1, { kind: 'step', value: 3, label: 'Lagom' }],
      [2, { kind: 'step', value: 4, label: 'Bör höjas något' }],
      [3, { kind: 'step', value: 3, label: 'Lagom' }],
      [4, { kind: 'noAssessment', label: 'Ingen bedömning' }],
    ]);
    expect(answer.goals[0]?.comment).toBe('<script>"citat"</script> **fet** {{x}} שלום 😀');
    expect(answer.goals[1]?.dissents).toEqual([
      { kind: 'reservation', participantName: "Siobhán O'Connor", text: 'Jag reserverar mig till förmån för att nivån lämnas oförändrad.' },
    ]);
    expect(answer.overall.dissents).toHaveLength(1);
    expect(parseAnswerFile(answerFileToJson(answer))).toEqual({ ok: true, value: answer });
  });

  it('records the adjustment once the protocol is adjusted', async () => {
    const { meeting, ...rest } = exampleMeeting();
    const adjustment = { adjustedOn: '2020-09-22', justerare: ['Jan Ek'] };
    const answer = await buildAnswerFile({ ...rest, meeting: { ...meeting, status: 'adjusted', adjustment }, exportedAt });
    expect([answer.status, answer.adjustment]).toEqual(['justerat', adjustment]);
  });

  it('fingerprints the package’s content, not the order of its keys', async () => {
    const { pkg } = exampleMeeting();
    const reordered = Object.fromEntries(Object.entries(pkg).reverse()) as typeof pkg;
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(await packageFingerprint(reordered)).toBe(await packageFingerprint(pkg));
    expect(await packageFingerprint({ ...pkg, title: `${pkg.title} ` })).not.toBe(await packageFingerprint(pkg));
    // The SHA-256 of "{}" as every implementation computes it.
    expect(await packageFingerprint({} as typeof pkg)).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  it('says in Swedish what is wrong with a file that is not an answer file', async () => {
    expect(parseAnswerFile('inte json')).toEqual({ ok: false, error: 'Filen är inte giltig JSON.' });
    expect(parseAnswerFile('{"format":"annat"}')).toEqual({
      ok: false,
      error: 'Filen är inte en svarsfil från Målsamtal (format ska vara malsamtal.remissvar) (vid format).',
    });
    const answer = await buildAnswerFile({ ...exampleMeeting(), exportedAt });
    expect(parseAnswerFile(JSON.stringify({ ...answer, version: 2 }))).toEqual({
      ok: false,
      error: 'Svarsfilens version stöds inte (version 1 väntades) (vid version).',
    });
    expect(parseAnswerFile(JSON.stringify({ ...answer, package: { ...answer.package, fingerprint: 'x' } }))).toEqual({
      ok: false,
      error: 'Ogiltigt fingeravtryck för remisspaketet (vid package.fingerprint).',
    });
    const { goals: _goals, ...withoutGoals } = answer;
    expect(parseAnswerFile(JSON.stringify(withoutGoals))).toEqual({ ok: false, error: 'Ett fält saknas eller har fel typ (vid goals).' });
    // A check with no words of its own still answers in Swedish, not with zod's English default.
    expect(parseAnswerFile(JSON.stringify({ ...answer, status: 'klart' }))).toEqual({
      ok: false,
      error: 'Ett fält har ett ogiltigt värde (vid status).',
    });
  });
});
