import { describe, expect, it } from 'vitest';
import { BODY_NAME_MAX_LENGTH } from '../domain/meeting';
import { answerFileIssueMessage, answerFileIssueText } from '../i18n/answerFileMessages';
import { messagesFor } from '../i18n/messages';
import { examplePackage } from '../remiss/examplePackage';
import {
  answerFileToJson,
  answerLimits,
  buildAnswerFile,
  canonicalJson,
  packageFingerprint,
  parseAnswerFile,
  type AnswerFile,
  type ParsedAnswerFile,
} from './answerFile';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';

const exportedAt = new Date('2020-09-15T18:00:00Z');

function swedish(result: ParsedAnswerFile): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return answerFileIssueMessage(messagesFor('sv'), result.issue);
}

/** The answer with one goal entry changed, perhaps to something the format does not allow. */
function withGoal(answer: AnswerFile, position: number, change: Record<string, unknown>): AnswerFile {
  return { ...answer, goals: answer.goals.map((goal, index) => (index === position ? ({ ...goal, ...change } as typeof goal) : goal)) };
}

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

  it('carries the body profile’s kind when there is one, and reads a file without it, as older Målsamtal wrote', async () => {
    const withKind = await buildAnswerFile({ ...exampleMeeting(), bodyKind: 'utskott', exportedAt });
    expect(withKind.body).toEqual({
      id: null,
      name: 'Barn- och utbildningsnämnden',
      kind: 'utskott',
      respondentId: 'barn-och-utbildningsnamnden',
    });
    expect(parseAnswerFile(answerFileToJson(withKind))).toEqual({ ok: true, value: withKind });

    const { meeting, ...rest } = exampleMeeting();
    const without = await buildAnswerFile({ ...rest, meeting: { ...meeting, respondentId: null }, exportedAt });
    expect(Object.keys(without.body)).toEqual(['id', 'name']);
    expect(parseAnswerFile(answerFileToJson(without))).toEqual({ ok: true, value: without });
  });

  it('reads a kind it does not know, or a field it does not know, as absent rather than refusing the answer', async () => {
    const answer = await buildAnswerFile({ ...exampleMeeting(), bodyKind: 'bolag', exportedAt });
    const newer = { ...answer, body: { ...answer.body, kind: 'rad', seat: 'Vaggeryd' }, somethingNew: true };
    const read = parseAnswerFile(JSON.stringify(newer));
    expect(read).toEqual({
      ok: true,
      value: { ...answer, body: { id: null, name: 'Barn- och utbildningsnämnden', respondentId: 'barn-och-utbildningsnamnden' } },
    });
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

  it('says in Swedish what is wrong with a file that is not an answer file, and where, in words', async () => {
    expect(swedish(parseAnswerFile('inte json'))).toBe('Filen är inte giltig JSON – den kan vara avkortad eller skadad.');
    expect(swedish(parseAnswerFile('{"format":"annat"}'))).toBe('Filen är inte en svarsfil från Målsamtal.');
    expect(swedish(parseAnswerFile('[1]'))).toBe('Filen är inte en svarsfil från Målsamtal.');
    const answer = await buildAnswerFile({ ...exampleMeeting(), exportedAt });
    expect(swedish(parseAnswerFile(JSON.stringify({ ...answer, version: '1' })))).toBe('Svarsfilens versionsnummer är ogiltigt.');
    expect(swedish(parseAnswerFile(JSON.stringify({ ...answer, package: { ...answer.package, fingerprint: 'x' } })))).toBe(
      'Remisspaketets fingeravtryck är ogiltigt.',
    );
    const { goals: _goals, ...withoutGoals } = answer;
    expect(swedish(parseAnswerFile(JSON.stringify(withoutGoals)))).toBe('Målen saknas.');
    expect(swedish(parseAnswerFile(JSON.stringify({ ...answer, status: 'klart' })))).toBe('Protokollets status har ett okänt värde.');
    expect(swedish(parseAnswerFile(JSON.stringify({ ...answer, body: { ...answer.body, name: ' ' } })))).toBe('Nämndens namn saknas.');
    expect(swedish(parseAnswerFile(JSON.stringify({ ...answer, exportedAt: 'i går' })))).toBe('Exporttiden är ingen giltig tidpunkt.');
    expect(swedish(parseAnswerFile(JSON.stringify(withGoal(answer, 0, { rating: 'bra' }))))).toBe('Mål 1: bedömningen har fel typ.');
    expect(swedish(parseAnswerFile(JSON.stringify(withGoal(answer, 1, { rating: { kind: 'step', value: 2.5, label: 'x' } }))))).toBe(
      'Mål 2: bedömningens värde måste vara ett heltal.',
    );
    expect(swedish(parseAnswerFile(JSON.stringify(withGoal(answer, 1, { rating: { kind: 'stjärnor', label: 'x' } }))))).toBe(
      'Mål 2: bedömningens slag har ett okänt värde.',
    );
    expect(swedish(parseAnswerFile(JSON.stringify({ ...answer, goals: [...answer.goals, 'mål 5'] })))).toBe('Mål 5 har fel typ.');
  });

  it('tells that a file from a newer Målsamtal needs Målsamtal updated, in Swedish and in English', async () => {
    const answer = await buildAnswerFile({ ...exampleMeeting(), exportedAt });
    const newer = parseAnswerFile(JSON.stringify({ ...answer, version: 2, somethingNew: true }));
    expect(swedish(newer)).toBe(
      'Svarsfilen kommer från en nyare version av Målsamtal (filformat 2). Uppdatera Målsamtal för att kunna läsa den.',
    );
    expect(!newer.ok && answerFileIssueMessage(messagesFor('en'), newer.issue)).toBe(
      'The answer file comes from a newer version of Målsamtal (file format 2). Update Målsamtal to read it.',
    );
  });

  it('refuses values beyond the limits the app itself writes within, naming the field', async () => {
    const answer = await buildAnswerFile({ ...exampleMeeting(), exportedAt });
    const parse = (value: unknown) => swedish(parseAnswerFile(JSON.stringify(value)));
    expect(parse({ ...answer, body: { ...answer.body, name: 'x'.repeat(2 * 1024 * 1024) } })).toBe(
      `Nämndens namn är för långt (högst ${BODY_NAME_MAX_LENGTH} tecken).`,
    );
    expect(parse({ ...answer, goals: Array.from({ length: 20_000 }, () => answer.goals[0]) })).toBe(
      `För många mål (högst ${answerLimits.goals}).`,
    );
    expect(parse(withGoal(answer, 1, { comment: 'x'.repeat(answerLimits.longText + 1) }))).toBe(
      `Mål 2: kommentaren är för lång (högst ${answerLimits.longText} tecken).`,
    );
    const dissent = answer.goals[1]!.dissents[0]!;
    expect(parse(withGoal(answer, 1, { dissents: [{ ...dissent, text: 'x'.repeat(answerLimits.longText + 1) }] }))).toBe(
      `Mål 2, reservation 1: texten är för lång (högst ${answerLimits.longText} tecken).`,
    );
    expect(
      parse(withGoal(answer, 1, { dissents: [dissent, { ...dissent, kind: 'sarskiltYttrande', participantName: 'y'.repeat(400) }] })),
    ).toBe(`Mål 2, särskilt yttrande 2: namnet är för långt (högst ${answerLimits.shortText} tecken).`);
    expect(parse({ ...answer, overall: { ...answer.overall, dissents: Array.from({ length: 201 }, () => dissent) } })).toBe(
      'Hela remissen: för många reservationer och särskilda yttranden (högst 200).',
    );
    expect(parse({ ...answer, overall: { ...answer.overall, comment: 'x'.repeat(answerLimits.longText + 1) } })).toBe(
      `Hela remissen: kommentaren är för lång (högst ${answerLimits.longText} tecken).`,
    );
    expect(parse({ ...answer, adjustment: { adjustedOn: '2020-09-22', justerare: Array.from({ length: 21 }, () => 'Jan Ek') } })).toBe(
      `För många justerare (högst ${answerLimits.justerare}).`,
    );
    expect(parse({ ...answer, adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek', 'x'.repeat(301)] } })).toBe(
      `Justerare 2 är för lång (högst ${answerLimits.shortText} tecken).`,
    );
    expect(parse({ ...answer, package: { ...answer.package, title: 'x'.repeat(301) } })).toBe(
      `Remisspaketets titel är för lång (högst ${answerLimits.shortText} tecken).`,
    );
  });

  it('reads an answer as long as the app lets anyone write: long comments counted in characters, many dissents', async () => {
    const answer = await buildAnswerFile({ ...exampleMeeting(), exportedAt });
    const dissent = answer.goals[1]!.dissents[0]!;
    const longest = {
      ...withGoal(answer, 0, { comment: '😀'.repeat(answerLimits.longText), dissents: Array.from({ length: 200 }, () => dissent) }),
      body: { id: null, name: 'Å'.repeat(BODY_NAME_MAX_LENGTH) },
    };
    expect(parseAnswerFile(JSON.stringify(longest))).toEqual({ ok: true, value: longest });
  });

  it('names a goal by the number in its entry, else by the package goal it answers, else by its place', async () => {
    const answer = await buildAnswerFile({ ...exampleMeeting(), exportedAt });
    const [first, second, third] = answer.goals;
    const broken = { ...answer, goals: [{ ...third!, title: 7 }, second, first] };
    expect(swedish(parseAnswerFile(JSON.stringify(broken)))).toBe('Mål 3: målets titel har fel typ.');
    const brokenRead = parseAnswerFile(JSON.stringify(broken));
    expect(!brokenRead.ok && answerFileIssueText(messagesFor('sv'), brokenRead.issue)).toEqual({
      where: 'Mål 3',
      what: 'målets titel har fel typ.',
    });
    const numberLost = { ...answer, goals: [{ ...third!, number: '3' }, second, first] };
    const read = parseAnswerFile(JSON.stringify(numberLost));
    expect(!read.ok && answerFileIssueMessage(messagesFor('sv'), read.issue, examplePackage)).toBe('Mål 3: målets nummer har fel typ.');
    expect(swedish(read)).toBe('Mål 1: målets nummer har fel typ.');
    const unknownGoal = { ...answer, goals: [second, { ...third!, goalId: 'mal-99', number: null }] };
    const unknown = parseAnswerFile(JSON.stringify(unknownGoal));
    expect(!unknown.ok && answerFileIssueMessage(messagesFor('sv'), unknown.issue, examplePackage)).toBe(
      'Mål 2: målets nummer har fel typ.',
    );
    expect(!unknown.ok && answerFileIssueMessage(messagesFor('en'), unknown.issue, examplePackage)).toBe(
      'Goal 2: the goal’s number has the wrong type.',
    );
  });
});
