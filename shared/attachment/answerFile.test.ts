import { describe, expect, it } from 'vitest';
import { BODY_NAME_MAX_LENGTH } from '../domain/meeting';
import { answerFileIssueMessage, answerFileIssueText } from '../i18n/answerFileMessages';
import { messagesFor } from '../i18n/messages';
import { sha256Hex } from '../format/sha256';
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
      {
        kind: 'reservation',
        participantName: "Siobhán O'Connor",
        party: 'V',
        text: 'Vänsterpartiet anser att nivån ska lämnas oförändrad tills effekterna av gymnasiereformen är kända.',
      },
    ]);
    expect(answer.overall.dissents).toHaveLength(1);
    // A protokollsanteckning stays in the protocol: an office with an earlier Målsamtal reads every answer.
    expect(answer.goals[3]?.dissents).toEqual([]);
    expect(answer.goals[0]?.decision).toEqual({ unanimous: true, beslutsgang: [], votes: null });
    expect(answer.goals[1]?.decision).toMatchObject({ unanimous: false, votes: { ja: 5, nej: 4, avstar: 0 } });
    expect(answer.goals[1]?.decision?.beslutsgang.at(-1)).toMatch(/Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet\.$/);
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

  it('carries the body’s own dnr when it gave one, and reads a file without it, as older Målsamtal wrote', async () => {
    const example = exampleMeeting();
    const withDnr = await buildAnswerFile({ ...example, exportedAt });
    expect(withDnr.meeting.ownCaseNumber).toBe('BUN 2020/45');
    expect(parseAnswerFile(answerFileToJson(withDnr))).toEqual({ ok: true, value: withDnr });

    const without = await buildAnswerFile({ ...example, meeting: { ...example.meeting, ownCaseNumber: ' ' }, exportedAt });
    expect(Object.keys(without.meeting)).toEqual(['id', 'date', 'form', 'paragraph', 'attachmentNumber']);
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

  it('keeps the fingerprint a package had before packages carried documents, and counts documents once there are any', async () => {
    const { pkg } = exampleMeeting();
    const { documents: _documents, ...before } = { ...pkg, goals: pkg.goals.map(({ documentReferences: _references, ...goal }) => goal) };
    expect(await packageFingerprint(pkg)).toBe(`sha256:${await sha256Hex(canonicalJson(before))}`);
    const document = {
      id: 'bilaga-1',
      title: 'Bilaga 1',
      role: 'bilaga' as const,
      number: 1,
      fileName: 'Bilaga 1.pdf',
      mediaType: 'application/pdf' as const,
      size: 1000,
      sha256: 'a'.repeat(64),
      pageCount: 6,
    };
    const withDocument = { ...pkg, documents: [document] };
    expect(await packageFingerprint(withDocument)).not.toBe(await packageFingerprint(pkg));
    expect(await packageFingerprint({ ...withDocument, documents: [{ ...document, sha256: 'b'.repeat(64) }] })).not.toBe(
      await packageFingerprint(withDocument),
    );
  });

  it("keeps the fingerprint a package had before it held the letter's details while they are empty, and counts them once filled", async () => {
    const { pkg } = exampleMeeting();
    const { deadlineText: _text, contacts: _contacts, support: _support, relatedPlans: _plans, ...before } = pkg;
    const empty = { ...pkg, deadlineText: '', contacts: [], support: [], relatedPlans: [] };
    expect(await packageFingerprint(empty)).toBe(await packageFingerprint(before as typeof pkg));
    for (const filled of [
      { deadlineText: 'senast efter september månads nämnd' },
      { support: ['Verksamhetsutvecklare finns tillgängliga.'] },
      { relatedPlans: ['Översiktsplanen'] },
      { contacts: [{ id: 'k1', name: '', role: '', email: 'a@b.se', phone: null, about: '' }] },
    ])
      expect(await packageFingerprint({ ...empty, ...filled })).not.toBe(await packageFingerprint(empty));
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
      'Mål 2: bedömningens typ har ett okänt värde.',
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

describe('answer files the compilation could not count faithfully', () => {
  it('refuses two goals under one id, or one number, naming the goal, as the package importer refuses duplicates', async () => {
    const answer = await buildAnswerFile({ ...exampleMeeting(), exportedAt });
    const sameId = withGoal(answer, 2, { goalId: answer.goals[1]!.goalId });
    expect(swedish(parseAnswerFile(answerFileToJson(sameId)))).toBe('Mål 3: målets id ”mal-2” finns redan tidigare i filen.');
    const sameNumber = withGoal(answer, 3, { number: 2 });
    expect(swedish(parseAnswerFile(answerFileToJson(sameNumber)))).toBe('Mål 2: målets nummer ”2” finns redan tidigare i filen.');
  });

  it('refuses a name or title with a control character or half a surrogate pair, naming where it is', async () => {
    const answer = await buildAnswerFile({ ...exampleMeeting(), exportedAt });
    const cases: [AnswerFile, string][] = [
      [{ ...answer, body: { ...answer.body, name: 'Barn-\u0000 och utbildningsnämnden' } }, 'Nämndens namn innehåller'],
      [{ ...answer, package: { ...answer.package, title: 'Intern remiss \ud800' } }, 'Remisspaketets titel innehåller'],
      [withGoal(answer, 0, { title: 'Hållbar\u001b samhällsutveckling' }), 'Mål 1: målets titel innehåller'],
      [
        { ...answer, overall: { ...answer.overall, dissents: [{ kind: 'reservation', participantName: 'Bo\u0008 Ek', text: 'Nej.' }] } },
        'Hela remissen, reservation 1: namnet innehåller',
      ],
    ];
    for (const [file, start] of cases)
      expect(swedish(parseAnswerFile(answerFileToJson(file)))).toBe(`${start} ett osynligt styrtecken eller ett trasigt tecken.`);
  });

  it('drops stray control characters from comments and statements rather than refusing the board’s answer', async () => {
    const answer = await buildAnswerFile({ ...exampleMeeting(), exportedAt });
    const pasted = withGoal(answer, 0, { comment: 'Nivån\u000b bör höjas\u0000.\r\n\tSe bilaga.' });
    const parsed = parseAnswerFile(answerFileToJson(pasted));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issue));
    expect(parsed.value.goals[0]!.comment).toBe('Nivån bör höjas.\r\n\tSe bilaga.');
  });

  it('writes no control character into a file of its own, whatever was typed, so the strategy office can read it', async () => {
    const example = exampleMeeting({ agreedTexts: { 'mal-1': 'Klistrat\u000b från\u0000 Word \ud83d' } });
    const meeting = { ...example.meeting, bodyName: 'Barn-\u0007 och utbildningsnämnden' };
    const json = answerFileToJson(await buildAnswerFile({ ...example, meeting, exportedAt }));
    expect(json).not.toMatch(/\\u000[0-8b-f]|\\u001|\\ud83d"/i);
    const parsed = parseAnswerFile(json);
    expect(parsed.ok && [parsed.value.body.name, parsed.value.goals[0]!.comment]).toEqual([
      'Barn- och utbildningsnämnden',
      'Klistrat från Word \uFFFD',
    ]);
  });

  it('refuses deeply nested text in the words every reader of ours uses', () => {
    const deep = `{"format":"malsamtal.remissvar","version":1,"goals":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseAnswerFile(deep)).toEqual({ ok: false, issue: { code: 'tooDeep', maxDepth: 64 } });
    expect(swedish(parseAnswerFile(deep))).toBe(
      'Filen är för djupt nästlad: den har fler än 64 nivåer inuti varandra, vilket ingen fil från Målsamtal har.',
    );
  });
});
