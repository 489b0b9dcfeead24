import { describe, expect, it } from 'vitest';
import { blocksOf, letterWithoutGoals, secondLetter, seedLetter, tableLetter, type LetterPart } from '../../tests/support/letters';
import { block, type LetterDocument } from './letterBlocks';
import {
  datesIn,
  passageView,
  questionKindOf,
  readLetter,
  sentencesOf,
  type LetterReading,
  type Passage,
  type Proposed,
} from './readLetter';

const documentOf = (parts: LetterPart[], fileName = 'brev.docx'): LetterDocument => ({ fileName, blocks: blocksOf(parts) });

/** The words a proposal's passage marks in its source, as the review screen shows them. */
function marked(documents: LetterDocument[], passage: Passage): string {
  return passageView(documents, passage)!
    .blocks.map((part) => part.marked)
    .join('\n');
}

const values = <Value>(list: ReadonlyArray<Proposed<Value>>) => list.map((item) => item.value);

describe('reading the seed letter', () => {
  const documents = [documentOf(seedLetter())];
  const reading = readLetter(documents);

  it('proposes the sender, the date, the case number and the subject from the letterhead', () => {
    expect(reading.issuer?.value).toBe('Kommunledningskontoret');
    expect(reading.municipality?.value).toBe('Vaggeryds kommun');
    expect(reading.issuedOn?.value).toBe('2020-06-30');
    expect(reading.caseNumber?.value).toBe('KS 2019/160');
    expect(reading.title?.value).toBe('Intern remiss ambitionsnivå kommunfullmäktiges övergripande mål');
    expect(marked(documents, reading.issuedOn!.passage)).toBe('2020-06-30');
    expect(marked(documents, reading.caseNumber!.passage)).toBe('KS 2019/160');
  });

  it('quotes the deadline as the letter states it and invents no date for it', () => {
    expect(reading.deadlineText?.value).toBe('Ett beslut med en kommentar ska skickas senast efter september månads nämnd.');
    expect(reading.deadline).toBeNull();
  });

  it('proposes the unadjusted protocol to the office and the adjusted decision to kommunstyrelsen', () => {
    expect(values(reading.routes)).toEqual([
      { address: 'camilla.wallinkupferberg@vaggeryd.se', statuses: ['ojusterat'] },
      { address: 'kommunstyrelsen@vaggeryd.se', statuses: ['justerat'] },
    ]);
    expect(marked(documents, reading.routes[0]!.passage)).toMatch(/ojusterat protokoll .* till camilla\.wallinkupferberg@vaggeryd\.se$/);
    expect(marked(documents, reading.routes[1]!.passage)).toMatch(
      /justerat formellt protokollsbeslut mailas sedan till kommunstyrelsen@vaggeryd\.se$/,
    );
  });

  it('proposes the contact for booking and questions without guessing a name from the address', () => {
    expect(values(reading.contacts)).toEqual([
      { name: '', role: '', email: 'camilla.wallinkupferberg@vaggeryd.se', phone: '', about: 'bokning och frågor från v.33' },
    ]);
  });

  it('proposes the support offered in the letter’s words, and leaves the booking from week 33 to the contact', () => {
    expect(values(reading.support)).toEqual([
      'Verksamhetsutvecklare samt stödpresentationsmaterial finns tillgängligt vid behov inför, under och/eller efter dialog på sammanträden.',
    ]);
    expect(marked(documents, reading.support[0]!.passage)).toBe(reading.support[0]!.value);
  });

  it('proposes the plans the goals tie to, the comprehensive plan and the housing programme among them', () => {
    // The strategic programme the remiss is a round of is its subject, not a plan its goals tie to.
    expect(values(reading.relatedPlans)).toEqual(['översiktsplan (ÖP)', 'bostadsförsörjningsprogram']);
    expect(marked(documents, reading.relatedPlans[0]!.passage)).toBe('ÖP');
    expect(marked(documents, reading.relatedPlans[1]!.passage)).toBe('bostads-försörjningsprogram');
  });

  it('proposes the two named attachments', () => {
    expect(values(reading.attachments)).toEqual([
      { number: 1, title: 'Intern remiss 2 KF mål ambitionsnivå' },
      { number: 2, title: 'Agenda2030 förtydligande' },
    ]);
  });

  it('proposes no goals and no questions: the letter sets out none', () => {
    expect(reading.goals).toEqual([]);
    expect(reading.generalQuestions).toEqual([]);
  });

  it('starts every proposal included, each with a key of its own', () => {
    const all: Array<Proposed<unknown>> = [
      ...[reading.title, reading.caseNumber, reading.issuer, reading.municipality, reading.issuedOn, reading.deadlineText].filter(
        (item) => item !== null,
      ),
      ...reading.routes,
      ...reading.contacts,
      ...reading.support,
      ...reading.relatedPlans,
      ...reading.attachments,
    ];
    expect(all.every((item) => item.included)).toBe(true);
    expect(new Set(all.map((item) => item.key)).size).toBe(all.length);
  });
});

describe('reading a letter laid out differently', () => {
  const documents = [documentOf(secondLetter())];
  const reading = readLetter(documents);

  it('reads the labelled letterhead: sender, case number, long date and subject', () => {
    expect(reading.issuer?.value).toBe('Strategienheten');
    expect(reading.municipality?.value).toBe('Ekby kommun');
    expect(reading.caseNumber?.value).toBe('KS 2021/88');
    expect(reading.issuedOn?.value).toBe('2021-06-15');
    expect(reading.title?.value).toBe('Remiss – ambitionsnivåer för kommunfullmäktiges mål 2022–2026');
  });

  it('takes the deadline’s date when the letter states a whole one', () => {
    expect(reading.deadlineText?.value).toBe('Nämndens svar ska ha kommit in senast den 30 september 2021.');
    expect(reading.deadline?.value).toBe('2021-09-30');
    expect(marked(documents, reading.deadline!.passage)).toBe('30 september 2021');
  });

  it('proposes each address with the protocol it is for, and both when the letter does not say', () => {
    expect(values(reading.routes)).toEqual([
      { address: 'ks.strategi@ekby.se', statuses: ['ojusterat'] },
      { address: 'registrator@ekby.se', statuses: ['justerat'] },
      { address: 'nämndregistrator@ekby.se', statuses: ['ojusterat', 'justerat'] },
    ]);
  });

  it('reads the contact set out line by line under its heading', () => {
    expect(values(reading.contacts)).toEqual([
      { name: 'Lena Nyström', role: 'Strateg', email: 'lena.nystrom@ekby.se', phone: '0370-37 71 00', about: '' },
    ]);
    expect(marked(documents, reading.contacts[0]!.passage)).toBe('Lena Nyström\nStrateg\n0370-37 71 00\nlena.nystrom@ekby.se');
  });

  it('proposes goals A–D as 1–4, each with its ambition level and questions', () => {
    expect(reading.goals.map((goal) => [goal.value.number, goal.value.label, goal.value.title])).toEqual([
      [1, 'Mål A', 'En hållbar och växande kommun'],
      [2, 'Mål B', 'Trygg uppväxt och god utbildning'],
      [3, 'Mål C', 'Ett rikt fritids- och kulturliv'],
      [4, 'Mål D', 'En öppen och tillgänglig kommun'],
    ]);
    const first = reading.goals[0]!.value;
    expect(first.ambitionLevel?.value).toBe('Minst 200 nya bostäder per år i hela kommunen.');
    expect(marked(documents, first.ambitionLevel!.passage)).toBe('Minst 200 nya bostäder per år i hela kommunen.');
    expect(values(first.questions)).toEqual([
      { kind: 'other', text: 'Hur ser nämnden på takten i bostadsbyggandet?' },
      { kind: 'ownGoals', text: 'Vilka av nämndens egna mål bidrar till målet?' },
    ]);
    expect(reading.goals[3]!.value.ambitionLevel?.value).toBe('Nöjd-Inflytande-Index över rikets snitt.');
  });

  it('keeps the overall dialogue’s numbered questions apart from the goals', () => {
    expect(values(reading.generalQuestions).map((question) => question.text)).toEqual([
      'Ger ambitionsnivåerna tillsammans en rimlig riktning för kommunen?',
      'Vilket mål vill nämnden fördjupa sig i?',
    ]);
  });

  it('reads the support, the related plans and the listed attachments', () => {
    expect(values(reading.support)).toEqual([
      'Kommunstyrelsens förvaltning erbjuder stöd i form av en processledare som kan bokas till sammanträdet.',
    ]);
    expect(values(reading.relatedPlans)).toEqual(['översiktsplanen', 'klimatstrategi']);
    expect(values(reading.attachments)).toEqual([
      { number: 1, title: 'Ambitionsnivåer för kommunfullmäktiges mål' },
      { number: 2, title: 'Statistik och uppföljning 2020' },
    ]);
  });
});

describe('reading goals from a table', () => {
  const documents = [documentOf(tableLetter())];
  const reading = readLetter(documents);

  it('proposes each row as a goal with its level and questions, marking the cell it came from', () => {
    expect(reading.goals.map((goal) => [goal.value.number, goal.value.title, goal.value.ambitionLevel?.value])).toEqual([
      [1, 'Hållbar tillväxt', 'Befolkningen ökar med en procent per år.'],
      [2, 'God livsmiljö', 'Alla har nära till grönområden.'],
    ]);
    expect(values(reading.goals[0]!.value.questions).map((question) => question.text)).toEqual([
      'Hur bidrar nämnden?',
      'Vad behöver ändras framåt?',
    ]);
    expect(marked(documents, reading.goals[1]!.value.ambitionLevel!.passage)).toBe('Alla har nära till grönområden.');
    expect(marked(documents, reading.goals[1]!.passage)).toBe('2. God livsmiljö');
  });

  it('reads a sender and municipality on one line, and a date after the place', () => {
    expect([reading.issuer?.value, reading.municipality?.value, reading.issuedOn?.value]).toEqual([
      'Kommunledningskontoret',
      'Norrby kommun',
      '2022-05-02',
    ]);
    expect(reading.deadline?.value).toBe('2022-10-31');
  });
});

describe('a letter with no goals', () => {
  it('proposes no goals, no questions and nothing it does not find', () => {
    const reading = readLetter([documentOf(letterWithoutGoals())]);
    expect(reading).toMatchObject<Partial<LetterReading>>({
      goals: [],
      generalQuestions: [],
      caseNumber: null,
      municipality: null,
      deadlineText: null,
      deadline: null,
      routes: [],
      contacts: [],
      support: [],
      attachments: [],
    });
    expect(reading.issuedOn?.value).toBe('2023-03-01');
  });

  it('proposes nothing at all from an empty document', () => {
    const reading = readLetter([{ fileName: 'tom.pdf', blocks: [] }]);
    expect([reading.title, reading.issuer, reading.issuedOn, reading.caseNumber]).toEqual([null, null, null, null]);
    expect(reading.goals).toEqual([]);
  });
});

describe('goals set out in an attachment', () => {
  it('finds them there with their pages, and merges a goal the letter lists with its attachment’s details', () => {
    const letter: LetterDocument = {
      fileName: 'brev.docx',
      blocks: [
        block('heading', 'Intern remiss om ambitionsnivåer', { level: 1 }),
        block('paragraph', 'Kommunfullmäktiges övergripande mål:'),
        block('listItem', 'En hållbar kommun', { level: 1, ordinal: 1 }),
        block('listItem', 'En trygg kommun', { level: 1, ordinal: 2 }),
      ],
    };
    const bilaga: LetterDocument = {
      fileName: 'Bilaga 1.pdf',
      blocks: [
        block('heading', 'Bilaga 1', { level: 1, page: 1 }),
        block('heading', 'Mål 2: En trygg kommun', { level: 2, page: 3 }),
        block('paragraph', 'Ambitionsnivå: Fler känner sig trygga.', { page: 3 }),
        block('listItem', 'Hur ser läget ut i dag?', { level: 1, page: 3 }),
      ],
    };
    const reading = readLetter([letter, bilaga]);
    expect(reading.goals.map((goal) => goal.value.title)).toEqual(['En hållbar kommun', 'En trygg kommun']);
    const second = reading.goals[1]!.value;
    expect(second.ambitionLevel?.value).toBe('Fler känner sig trygga.');
    expect(second.ambitionLevel?.passage.document).toBe(1);
    expect(values(second.questions)).toEqual([{ kind: 'analysis', text: 'Hur ser läget ut i dag?' }]);
    expect(second.foundIn).toEqual([
      { document: 0, page: null },
      { document: 1, page: 3 },
    ]);
  });

  it('takes a goal heading without a title from the paragraph under it', () => {
    const reading = readLetter([
      {
        fileName: 'brev.docx',
        blocks: [
          block('heading', 'KF-mål 1', { level: 2 }),
          block('paragraph', 'Kommunen ska vara en plats med hållbar tillväxt'),
          block('paragraph', 'Den föreslagna ambitionsnivån är att befolkningen ökar.'),
        ],
      },
    ]);
    expect(reading.goals.map((goal) => [goal.value.label, goal.value.title, goal.value.ambitionLevel?.value])).toEqual([
      ['KF-mål 1', 'Kommunen ska vara en plats med hållbar tillväxt', 'Den föreslagna ambitionsnivån är att befolkningen ökar.'],
    ]);
  });

  it('does not take a numbered list for goals unless it stands under a heading about them', () => {
    const reading = readLetter([
      {
        fileName: 'brev.docx',
        blocks: [
          block('paragraph', 'Så här går det till:'),
          block('listItem', 'Nämnden för dialog', { level: 1, ordinal: 1 }),
          block('listItem', 'Nämnden fattar beslut', { level: 1, ordinal: 2 }),
        ],
      },
    ]);
    expect(reading.goals).toEqual([]);
  });
});

describe('the reader’s pieces', () => {
  it('splits sentences at their ends and at line breaks, not after abbreviations', () => {
    expect(sentencesOf('P.g.a. tiden skickas det nu. Kontakta oss från v.33. Även via tlfn. v.27.\nNästa rad').map((s) => s.text)).toEqual([
      'P.g.a. tiden skickas det nu.',
      'Kontakta oss från v.33.',
      'Även via tlfn. v.27.',
      'Nästa rad',
    ]);
  });

  it('reads whole dates only, never a day without its year or a week', () => {
    expect(datesIn('den 30 september 2021, 2020-06-30, den 15 oktober, v.33, 2020-02-30').map((date) => date.date)).toEqual([
      '2021-09-30',
      '2020-06-30',
    ]);
  });

  it('tells a question’s kind from its words, and "other" when they do not say', () => {
    expect(questionKindOf('Är ambitionsnivån rimlig?')).toBe('ambition');
    expect(questionKindOf('Hur hänger målet ihop med nämndens egna mål?')).toBe('ownGoals');
    expect(questionKindOf('Vilka globala mål berörs?')).toBe('agenda2030');
    expect(questionKindOf('Vad tycker nämnden?')).toBe('other');
  });
});
