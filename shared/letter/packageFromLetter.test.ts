import { describe, expect, it } from 'vitest';
import { ambitionAttachment, blocksOf, letterWithoutGoals, seedLetter, type LetterPart } from '../../tests/support/letters';
import { validatePackage } from '../remiss/packageFile';
import type { PackageDocument } from '../remiss/remissPackage';
import type { LetterDocument } from './letterBlocks';
import { letterDocuments, matchAttachment, packageFromLetter, packageIdFromLetter, type LetterDocumentFile } from './packageFromLetter';
import { readLetter } from './readLetter';

const documentOf = (parts: LetterPart[], fileName: string): LetterDocument => ({ fileName, blocks: blocksOf(parts) });
const goals = [
  { number: 1, title: 'Attraktiv kommun', level: 'Befolkningen ökar varje år.', questions: ['Hur bidrar nämnden till målet?'] },
  { number: 2, title: 'Hållbar utveckling', level: 'Utsläppen minskar varje år.', questions: ['Är ambitionsnivån rimlig?'] },
];
const pagedAttachment = (): LetterDocument => {
  // The attachment as a PDF gives it: the cover on page 1, each goal on a page of its own.
  const blocks = blocksOf(ambitionAttachment(goals));
  let page = 1;
  return {
    fileName: 'Bilaga 1 ambitionsnivåer.pdf',
    blocks: blocks.map((block) => ({ ...block, page: block.kind === 'heading' && block.text.startsWith('Mål') ? ++page : page })),
  };
};
const file = (fileName: string, bilagaNumber: number | null, pageCount: number | null = 3): LetterDocumentFile => ({
  fileName,
  mediaType: fileName.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  size: 1000,
  sha256: 'a'.repeat(64),
  pageCount: fileName.endsWith('.pdf') ? pageCount : null,
  bilagaNumber,
});

function seedPackage(edit: (reading: ReturnType<typeof readLetter>) => void = () => {}) {
  const reading = readLetter([documentOf(seedLetter(), 'Remissbrev.docx'), pagedAttachment()]);
  edit(reading);
  const documents = letterDocuments(
    reading,
    [file('Remissbrev.docx', null), file('Bilaga 1 ambitionsnivåer.pdf', 1)],
    (index) => `dok-${index}`,
  );
  return { reading, content: packageFromLetter(reading, { id: 'ks-2019-160', today: '2026-11-30', documents }) };
}

describe('the package a reviewed letter makes', () => {
  it('holds what was accepted, in the package’s fields, with the goals pointing at their pages in Bilaga 1', () => {
    const { content } = seedPackage();
    expect(content).toMatchObject({
      id: 'ks-2019-160',
      title: 'Intern remiss ambitionsnivå kommunfullmäktiges övergripande mål',
      caseNumber: 'KS 2019/160',
      issuer: 'Kommunledningskontoret',
      municipality: 'Vaggeryds kommun',
      issuedOn: '2020-06-30',
      deadline: null,
      deadlineText: 'Ett beslut med en kommentar ska skickas senast efter september månads nämnd.',
      contacts: [
        {
          id: 'kontakt-1',
          name: '',
          role: '',
          email: 'camilla.wallinkupferberg@vaggeryd.se',
          phone: null,
          about: 'bokning och frågor från v.33',
        },
      ],
      isExample: false,
    });
    expect(content.routes.map(({ addresses, statuses }) => ({ addresses, statuses }))).toEqual([
      { addresses: ['camilla.wallinkupferberg@vaggeryd.se'], statuses: ['ojusterat'] },
      { addresses: ['kommunstyrelsen@vaggeryd.se'], statuses: ['justerat'] },
    ]);
    expect(content.documents.map(({ id, role, number, title }) => ({ id, role, number, title }))).toEqual([
      { id: 'dok-0', role: 'letter', number: null, title: 'Remissbrev' },
      { id: 'dok-1', role: 'bilaga', number: 1, title: 'Intern remiss 2 KF mål ambitionsnivå' },
    ]);
    expect(
      content.goals.map(({ number, title, ambitionLevel, questions, documentReferences }) => ({
        number,
        title,
        ambitionLevel,
        questions: questions.map((question) => question.text),
        documentReferences,
      })),
    ).toEqual([
      {
        number: 1,
        title: 'Attraktiv kommun',
        ambitionLevel: 'Befolkningen ökar varje år.',
        questions: ['Hur bidrar nämnden till målet?'],
        documentReferences: [{ documentId: 'dok-1', page: 2 }],
      },
      {
        number: 2,
        title: 'Hållbar utveckling',
        ambitionLevel: 'Utsläppen minskar varje år.',
        questions: ['Är ambitionsnivån rimlig?'],
        documentReferences: [{ documentId: 'dok-1', page: 3 }],
      },
    ]);
  });

  it('honours an edit and a drop, and invents nothing for what the letter never states', () => {
    const { content } = seedPackage((reading) => {
      reading.title!.value = 'Remiss om ambitionsnivåer';
      reading.deadlineText!.included = false;
      reading.contacts[0]!.included = false;
      reading.goals[1]!.value.ambitionLevel!.included = false;
      reading.goals[0]!.value.questions[0]!.value = { kind: 'other', text: 'Vad gör nämnden själv?' };
    });
    expect(content.title).toBe('Remiss om ambitionsnivåer');
    expect(content.deadlineText).toBe('');
    expect(content.contacts).toEqual([]);
    expect(content.goals[1]!.ambitionLevel).toBe('');
    expect(content.goals[0]!.questions.map((question) => question.text)).toEqual(['Vad gör nämnden själv?']);
    // The rating scale and the vision are the editor's to ask for.
    expect(content.vision).toBe('');
    expect(content.introduction).toBe('');
    expect(content.ratingScale.steps.every((step) => step.label === '')).toBe(true);
    expect(validatePackage(content).ok).toBe(false);
  });

  it('leaves a letter without goals with the one blank goal a new package starts with, and the date of today', () => {
    const reading = readLetter([documentOf(letterWithoutGoals(), 'brev.docx')]);
    reading.issuedOn!.included = false;
    const content = packageFromLetter(reading, { id: 'paket', today: '2026-11-30', documents: [] });
    expect(content.goals).toEqual([expect.objectContaining({ number: 1, title: '', ambitionLevel: '', questions: [] })]);
    expect(content.issuedOn).toBe('2026-11-30');
  });
});

describe('the new package’s id', () => {
  it('is made from the case number, else the title, and never taken', () => {
    expect(packageIdFromLetter('KS 2019/160', 'Remiss', new Set())).toBe('ks-2019-160');
    expect(packageIdFromLetter('', 'Intern remiss – ambitionsnivå för målen', new Set())).toBe('intern-remiss-ambitionsniva-for-malen');
    expect(packageIdFromLetter('', '', new Set())).toBe('remisspaket');
    expect(packageIdFromLetter('KS 2019/160', '', new Set(['ks-2019-160', 'ks-2019-160-2']))).toBe('ks-2019-160-3');
  });
});

describe('matching a file to the letter’s named attachments', () => {
  const named = [
    { number: 1, title: 'Intern remiss 2 KF mål ambitionsnivå' },
    { number: 2, title: 'Agenda2030 förtydligande' },
  ];
  it('reads "Bilaga N" from the name, else the one title whose words it shares, else is unsure', () => {
    expect(matchAttachment('Bilaga 2.pdf', named)).toBe(2);
    expect(matchAttachment('bilaga_1_ambitionsnivåer.pdf', named)).toBe(1);
    expect(matchAttachment('Agenda2030 förtydligande.pdf', named)).toBe(2);
    expect(matchAttachment('Underlag.pdf', named)).toBeNull();
  });
});

describe('the documents of the package', () => {
  it('make an attachment the user gave no number background reading', () => {
    const reading = readLetter([documentOf(seedLetter(), 'brev.docx')]);
    const documents: PackageDocument[] = letterDocuments(reading, [file('brev.docx', null), file('Karta.pdf', null)], String);
    expect(documents.map(({ role, number, title }) => ({ role, number, title }))).toEqual([
      { role: 'letter', number: null, title: 'brev' },
      { role: 'background', number: null, title: 'Karta' },
    ]);
  });
});
