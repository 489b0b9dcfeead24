import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages';
import { packageFileIssueMessage, packageFileIssueText } from '../i18n/packageFileMessages';
import { examplePackage } from './examplePackage';
import {
  encodePackageFile,
  PACKAGE_FILE_FORMAT,
  PACKAGE_FILE_VERSION,
  packageFileName,
  packageLimits,
  parsePackageFile,
  serializePackageFile,
  type PackageFileResult,
  validatePackage,
} from './packageFile';
import { answerStatuses, questionKinds, respondentKinds, routeContents, type RemissPackage } from './remissPackage';

const encode = (text: string) => new TextEncoder().encode(text);
const fileWith = (content: unknown, envelope: Record<string, unknown> = {}) =>
  encode(JSON.stringify({ format: PACKAGE_FILE_FORMAT, version: PACKAGE_FILE_VERSION, package: content, ...envelope }));
const clone = (): RemissPackage => structuredClone(examplePackage);

function swedish(result: PackageFileResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues.map((issue) => packageFileIssueMessage(messagesFor('sv'), issue));
}

const text = (maxLength: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength }).filter((value) => value.trim() !== '');
const anyText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));
const question = fc.record({ kind: fc.constantFrom(...questionKinds), text: text(80) });

/** Any package within the file's limits: ids and numbers are made unique and the scale ascending, as the rules demand. */
const remissPackage: fc.Arbitrary<RemissPackage> = fc
  .record({
    title: text(60),
    caseNumber: anyText(20),
    issuer: text(40),
    municipality: anyText(40),
    issuedOn: date,
    deadline: fc.option(date, { nil: null }),
    routes: fc.array(
      fc.record({
        recipient: anyText(30),
        addresses: fc.array(fc.emailAddress(), { minLength: 1, maxLength: 3 }),
        sends: fc.subarray([...routeContents], { minLength: 1 }),
        statuses: fc.subarray([...answerStatuses], { minLength: 1 }),
      }),
      { maxLength: 3 },
    ),
    introduction: anyText(200),
    vision: anyText(80),
    generalQuestions: fc.array(question, { maxLength: 4 }),
    scale: fc.record({
      question: anyText(60),
      steps: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 3 }), label: text(20), description: anyText(40) }), {
        minLength: 2,
        maxLength: 7,
      }),
      noAssessmentLabel: fc.option(text(20), { nil: null }),
    }),
    goals: fc.array(
      fc.record({
        title: text(80),
        description: anyText(100),
        ambitionLevel: anyText(100),
        focusAreas: fc.array(fc.record({ title: text(30), successFactors: fc.array(text(30), { maxLength: 3 }) }), { maxLength: 3 }),
        agenda2030: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 17 }),
        questions: fc.array(question, { maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    respondents: fc.uniqueArray(
      fc.record({ name: text(30), kind: fc.constantFrom(...respondentKinds), email: fc.option(fc.emailAddress(), { nil: null }) }),
      { maxLength: 4, selector: (respondent) => respondent.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE') },
    ),
    isExample: fc.boolean(),
  })
  .map(({ scale, goals, generalQuestions, routes, respondents, ...rest }) => {
    let value = 0;
    return {
      id: 'paket-1',
      ...rest,
      routes: routes.map((route, index) => ({ id: `vag-${index + 1}`, ...route })),
      respondents: respondents.map((respondent, index) => ({ id: `instans-${index + 1}`, ...respondent })),
      generalQuestions: generalQuestions.map((q, index) => ({ id: `g-q${index + 1}`, ...q })),
      ratingScale: {
        question: scale.question,
        noAssessmentLabel: scale.noAssessmentLabel,
        steps: scale.steps.map(({ gap, label, description }) => ({ value: (value += gap), label, description })),
      },
      goals: goals.map((goal, index) => ({
        id: `mal-${index + 1}`,
        number: index + 1,
        ...goal,
        focusAreas: goal.focusAreas.map((area, position) => ({ id: `mal-${index + 1}-f${position + 1}`, ...area })),
        questions: goal.questions.map((q, position) => ({ id: `mal-${index + 1}-q${position + 1}`, ...q })),
      })),
    };
  });

describe('the package file', () => {
  it('carries the example package there and back unchanged', () => {
    const text = serializePackageFile(examplePackage);
    expect(JSON.parse(text)).toMatchObject({ format: 'malsamtal.remisspaket', version: 2 });
    expect(parsePackageFile(encode(text))).toEqual({ ok: true, package: examplePackage });
  });

  it('gives back any package within the limits exactly as it was written', () => {
    fc.assert(
      fc.property(remissPackage, (content) => {
        const result = parsePackageFile(encodePackageFile(content));
        expect(result).toEqual({ ok: true, package: content });
      }),
      { numRuns: 150 },
    );
  });

  it('reads a file that starts with a byte order mark, as some Windows editors save it', () => {
    const bytes = encode(`\uFEFF${serializePackageFile(examplePackage)}`);
    expect(parsePackageFile(bytes).ok).toBe(true);
  });

  it('names the goal and the field that is wrong', () => {
    const content = clone();
    content.goals.push({ ...content.goals[0]!, id: 'mal-5', number: 5, title: '' });
    delete (content.goals[2] as Partial<RemissPackage['goals'][number]>).title;
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual(['Mål 3: titel saknas', 'Mål 5: titel är tom']);
  });

  it('gives the place and the problem apart, so a form can show the problem beside its field', () => {
    const content = clone();
    content.goals[1]!.questions[0]!.text = ' ';
    content.title = '';
    const result = parsePackageFile(fileWith(content));
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((issue) => packageFileIssueText(messagesFor('sv'), issue))).toEqual([
      { where: 'Paketet', what: 'titel är tom' },
      { where: 'Mål 2, fråga 1', what: 'text är tom' },
    ]);
    const whole = parsePackageFile(encode('{'));
    expect(!whole.ok && packageFileIssueText(messagesFor('sv'), whole.issues[0]!)).toEqual({
      where: null,
      what: 'Filen är inte giltig JSON – den kan vara avkortad eller skadad.',
    });
  });

  it('names a goal by its own number, not by its place in the file', () => {
    const content = clone();
    content.goals = [content.goals[0]!, content.goals[1]!, { ...content.goals[3]!, title: '' }];
    content.goals[1]!.questions[0]!.text = ' ';
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual(['Mål 2, fråga 1: text är tom', 'Mål 4: titel är tom']);
    // A number that is itself wrong cannot name the goal: its place in the file does.
    const numbered = clone();
    numbered.goals[2]!.number = 2.5;
    numbered.goals[3]!.number = 0;
    numbered.goals[3]!.title = '';
    expect(swedish(parsePackageFile(fileWith(numbered)))).toEqual([
      'Mål 3: nummer måste vara ett heltal',
      'Mål 4: nummer måste vara minst 1',
      'Mål 4: titel är tom',
    ]);
  });

  it('accepts route addresses that look like e-mail addresses and names the one that does not', () => {
    const content = clone();
    content.routes[0]!.addresses = ['kansli@vaggeryd.se', 'a.b+c@sub.kommun.example'];
    content.routes[1]!.addresses = ['kommunstyrelsen@vaggeryd', 'ks @vaggeryd.se', 'kommunstyrelsen'];
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual([
      'Svarsväg 2: adress 1 är ingen giltig e-postadress: ”kommunstyrelsen@vaggeryd”',
      'Svarsväg 2: adress 2 är ingen giltig e-postadress: ”ks @vaggeryd.se”',
      'Svarsväg 2: adress 3 är ingen giltig e-postadress: ”kommunstyrelsen”',
    ]);
    content.routes[1]!.addresses = [`${'x'.repeat(100)} @vaggeryd.se`];
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual([
      `Svarsväg 2: adress 1 är ingen giltig e-postadress: ”${'x'.repeat(79)}…”`,
    ]);
    content.routes[1]!.addresses = ['registrator@vaggeryd.se'];
    expect(parsePackageFile(fileWith(content)).ok).toBe(true);
    expect(validatePackage(examplePackage).ok).toBe(true);
  });

  it('wants a route to say where it goes, what it sends and for which protocol, each once', () => {
    const content = clone();
    content.routes[0] = { ...content.routes[0]!, addresses: [], sends: [], statuses: ['justerat', 'justerat'] };
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual([
      'Svarsväg 1: minst 1 e-postadresser krävs',
      'Svarsväg 1: minst 1 innehåll krävs',
    ]);
    content.routes[0] = { ...content.routes[0]!, addresses: ['a@b.se'], sends: ['answerFile'] };
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual(['Svarsväg 1: protokollstatus 2 justerat används redan']);
  });

  it('names a remissinstans whose id or name is taken, whose kind is unknown or whose address is wrong', () => {
    const content = clone();
    content.respondents[1] = { ...content.respondents[1]!, id: 'kommunstyrelsen' };
    content.respondents[2] = { ...content.respondents[2]!, name: ' socialnämnden', kind: 'kommun' as never };
    content.respondents.push({ id: 'x', name: 'Socialnämnden', kind: 'namnd', email: 'sekreterare@' });
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual([
      'Remissinstans 3: typ har ett okänt värde',
      'Remissinstans 8: e-postadress är ingen giltig e-postadress: ”sekreterare@”',
    ]);
    content.respondents[2]!.kind = 'namnd';
    content.respondents[7]!.email = 'sekreterare@vaggeryd.se';
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual([
      'Remissinstans 2: id kommunstyrelsen används redan',
      'Remissinstans 8: namn Socialnämnden används redan',
    ]);
  });

  it('reads a version 1 file: the expected respondents get ids from their names, the recipients become routes', () => {
    const { routes: _routes, respondents: _respondents, ...rest } = clone();
    const version1 = {
      ...rest,
      recipients: { unadjusted: ['camilla.wallinkupferberg@vaggeryd.se'], adjusted: ['kommunstyrelsen@vaggeryd.se'] },
      expectedRespondents: [
        'Kommunstyrelsen',
        'Barn- och utbildningsnämnden',
        'Vaggeryds Energi AB',
        ' kommunstyrelsen ',
        'Miljö-  och byggnämnden',
      ],
    };
    const result = parsePackageFile(fileWith(version1, { version: 1 }));
    expect(result.ok && result.package.respondents).toEqual([
      { id: 'kommunstyrelsen', name: 'Kommunstyrelsen', kind: 'styrelse', email: null },
      { id: 'barn-och-utbildningsnamnden', name: 'Barn- och utbildningsnämnden', kind: 'namnd', email: null },
      { id: 'vaggeryds-energi-ab', name: 'Vaggeryds Energi AB', kind: 'bolag', email: null },
      { id: 'miljo-och-byggnamnden', name: 'Miljö- och byggnämnden', kind: 'namnd', email: null },
    ]);
    expect(result.ok && result.package.routes).toEqual([
      {
        id: 'ojusterat',
        recipient: '',
        addresses: ['camilla.wallinkupferberg@vaggeryd.se'],
        sends: ['attachmentPdf', 'answerFile'],
        statuses: ['ojusterat'],
      },
      {
        id: 'justerat',
        recipient: '',
        addresses: ['kommunstyrelsen@vaggeryd.se'],
        sends: ['attachmentPdf', 'answerFile'],
        statuses: ['justerat'],
      },
    ]);
    // Converting the same file again gives the same ids: answers matched to them stay matched.
    const again = parsePackageFile(fileWith(version1, { version: 1 }));
    expect(again.ok && again.package.respondents.map((r) => r.id)).toEqual(result.ok && result.package.respondents.map((r) => r.id));
    const empty = parsePackageFile(
      fileWith({ ...rest, recipients: { unadjusted: [], adjusted: [] }, expectedRespondents: [] }, { version: 1 }),
    );
    expect(empty.ok && [empty.package.routes, empty.package.respondents]).toEqual([[], []]);
  });

  it('still says what is wrong in a version 1 file after converting it', () => {
    const { routes: _routes, respondents: _respondents, ...rest } = clone();
    const version1 = { ...rest, recipients: { unadjusted: ['inte en adress'], adjusted: [] }, expectedRespondents: 'Socialnämnden' };
    expect(swedish(parsePackageFile(fileWith(version1, { version: 1 })))).toEqual([
      'Svarsväg 1: adress 1 är ingen giltig e-postadress: ”inte en adress”',
      'Paketet: remissinstanser har fel typ',
    ]);
  });

  it('says where a question, a scale step or a date is wrong', () => {
    const content = clone() as unknown as { [key: string]: unknown } & RemissPackage;
    content.goals[1]!.questions[0]!.kind = 'opinion' as never;
    content.ratingScale.steps[0]!.label = 42 as never;
    content.issuedOn = '2020-02-30';
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual([
      'Paketet: datum är inget giltigt datum (ÅÅÅÅ-MM-DD)',
      'Bedömningsskalan, steg 1: etikett har fel typ',
      'Mål 2, fråga 1: frågetyp har ett okänt värde',
    ]);
  });

  it('refuses a package without goals, and one with more goals than the limit', () => {
    expect(swedish(parsePackageFile(fileWith({ ...clone(), goals: [] })))).toEqual(['Paketet: minst 1 mål krävs']);
    const goals = Array.from({ length: 200 }, (_, index) => ({ ...examplePackage.goals[0]!, id: `m${index}`, number: index + 1 }));
    expect(swedish(parsePackageFile(fileWith({ ...clone(), goals })))).toEqual([`Paketet: för många mål (högst ${packageLimits.goals})`]);
  });

  it('finds duplicate goal numbers and ids, Agenda 2030 numbers outside 1–17, and a scale that does not ascend', () => {
    const content = clone();
    content.goals[1]!.number = 1;
    content.goals[3]!.id = 'mal-1';
    content.ratingScale.steps[2]!.value = 2;
    expect(swedish(parsePackageFile(fileWith(content)))).toEqual([
      'Mål 2: nummer 1 används redan',
      'Mål 4: id mal-1 används redan',
      'Bedömningsskalan, steg 3: värde måste vara större än föregående stegs',
    ]);
    const outside = clone();
    outside.goals[0]!.agenda2030 = [6, 18];
    expect(swedish(parsePackageFile(fileWith(outside)))).toEqual(['Mål 1: Agenda 2030-koppling 2 måste ligga mellan 1 och 17']);
  });

  it('tells that a file from a newer Målsamtal needs a newer Målsamtal', () => {
    expect(swedish(parsePackageFile(fileWith(clone(), { version: 3 })))).toEqual([
      'Filen är gjord i en nyare version av Målsamtal (filformat 3). Uppdatera Målsamtal för att kunna läsa den.',
    ]);
  });

  it.each([
    [
      'truncated JSON',
      encode(serializePackageFile(examplePackage).slice(0, 500)),
      'Filen är inte giltig JSON – den kan vara avkortad eller skadad.',
    ],
    [
      'bytes that are not UTF-8',
      new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x81]),
      'Filen är inte en textfil i UTF-8. Välj en paketfil som Målsamtal har exporterat.',
    ],
    ['another format', fileWith(clone(), { format: 'malsamtal.svar' }), 'Filen är av ett annat format än Målsamtals remisspaket.'],
    ['a bare array', encode('[1,2,3]'), 'Filen är inget remisspaket för Målsamtal.'],
    ['a version that is text', fileWith(clone(), { version: '1' }), 'Filens versionsnummer är ogiltigt.'],
    ['no package in the envelope', encode('{"format":"malsamtal.remisspaket","version":1}'), 'Paketet saknas'],
  ])('refuses %s with a clear Swedish message', (_, bytes, message) => {
    expect(swedish(parsePackageFile(bytes))).toEqual([message]);
  });

  it('refuses a file beyond the size limit before reading it', () => {
    const bytes = new Uint8Array(packageLimits.fileBytes + 1).fill(0x20);
    expect(swedish(parsePackageFile(bytes))).toEqual(['Filen är för stor. Ett remisspaket får vara högst 2 MB.']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a file with the key %s and pollutes no prototype', (key) => {
    const text = serializePackageFile(examplePackage).replace('"title":', `"${key}": {"polluted": true, "isAdmin": true}, "title":`);
    const result = parsePackageFile(encode(text));
    expect(swedish(result)).toEqual([`Filen innehåller det otillåtna namnet ”${key}” och har därför inte lästs.`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isAdmin');
  });

  it('drops keys the format does not know, so only known fields are kept', () => {
    const result = parsePackageFile(fileWith({ ...clone(), secret: 'x' }));
    expect(result.ok && Object.keys(result.package)).not.toContain('secret');
  });

  it('speaks English to an English user', () => {
    const content = clone();
    content.goals[2]!.title = '';
    const result = parsePackageFile(fileWith(content));
    expect(!result.ok && result.issues.map((issue) => packageFileIssueMessage(messagesFor('en'), issue))).toEqual([
      'Goal 3: title is empty',
    ]);
  });
});

describe('packageFileName', () => {
  it('names the file after case number and title, with nothing Windows forbids', () => {
    expect(packageFileName({ caseNumber: 'KS 2019/160', title: 'Intern remiss 2' })).toBe(
      'Remisspaket KS 2019-160 – Intern remiss 2.msremiss',
    );
    const name = packageFileName({ caseNumber: 'KS<1>', title: 'Vad? "Mål": a|b*c\\d.' });
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name).toBe('Remisspaket KS-1- – Vad- -Mål-- a-b-c-d.msremiss');
  });

  it('keeps a long title to a length every file system takes', () => {
    expect([...packageFileName({ caseNumber: '', title: 'å'.repeat(400) })].length).toBeLessThanOrEqual(150 + '.msremiss'.length);
  });
});
