import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { letterDocx, letterPdf } from '../../tests/support/letterFiles';
import { ambitionAttachment, blocksOf, secondLetter, seedLetter, tableLetter, type LetterPart } from '../../tests/support/letters';
import { blocksFromHtml, blocksFromPdfItems, type LetterBlock, type LetterDocument } from './letterBlocks';
import { pdfTextItemsOf } from './pdfText';
import { readLetter, type LetterReading } from './readLetter';

/** A PDF's blocks as the app reads them: pdf.js's positioned text (its Node build here), grouped by blocksFromPdfItems. */
async function pdfBlocks(bytes: Uint8Array): Promise<LetterBlock[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1)
    pages.push(pdfTextItemsOf((await (await pdf.getPage(number)).getTextContent()).items));
  await pdf.destroy();
  return blocksFromPdfItems(pages);
}

async function docxBlocks(bytes: Uint8Array): Promise<LetterBlock[]> {
  return blocksFromHtml((await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value);
}

/** What a reading proposes, without the passages: the values a person reviews. */
function proposals(reading: LetterReading) {
  const value = <Value>(proposal: { value: Value; included: boolean } | null) => proposal?.value ?? null;
  return {
    title: value(reading.title),
    caseNumber: value(reading.caseNumber),
    issuer: value(reading.issuer),
    municipality: value(reading.municipality),
    issuedOn: value(reading.issuedOn),
    deadlineText: value(reading.deadlineText),
    deadline: value(reading.deadline),
    routes: reading.routes.map(value),
    contacts: reading.contacts.map(value),
    support: reading.support.map(value),
    relatedPlans: reading.relatedPlans.map(value),
    attachments: reading.attachments.map(value),
    generalQuestions: reading.generalQuestions.map(value),
    goals: reading.goals.map(({ value: goal }) => ({
      number: goal.number,
      title: goal.title,
      ambitionLevel: goal.ambitionLevel?.value ?? null,
      questions: goal.questions.map((question) => question.value.text),
    })),
  };
}

const ideal = (parts: LetterPart[], fileName: string): LetterDocument => ({ fileName, blocks: blocksOf(parts) });

const goals = [
  { number: 1, title: 'Attraktiv kommun', level: 'Befolkningen ökar varje år.', questions: ['Hur bidrar nämnden till målet?'] },
  { number: 2, title: 'Hållbar utveckling', level: 'Utsläppen minskar varje år.', questions: ['Är ambitionsnivån rimlig?'] },
];

describe('letters read from real files', () => {
  it('proposes from the seed letter as a Word document what it proposes from the letter’s own parts', async () => {
    const fromFile = readLetter([{ fileName: 'brev.docx', blocks: await docxBlocks(await letterDocx(seedLetter())) }]);
    expect(proposals(fromFile)).toEqual(proposals(readLetter([ideal(seedLetter(), 'brev.docx')])));
    expect(fromFile.caseNumber?.value).toBe('KS 2019/160');
  });

  it('proposes from the seed letter as a PDF what it proposes from the letter’s own parts', async () => {
    const blocks = await pdfBlocks(await letterPdf(seedLetter()));
    expect(blocks.every((block) => block.page !== null)).toBe(true);
    expect(proposals(readLetter([{ fileName: 'brev.pdf', blocks }]))).toEqual(proposals(readLetter([ideal(seedLetter(), 'brev.pdf')])));
  });

  it('reads the second, differently laid out letter as a PDF: headings by their size, numbered lines as items', async () => {
    const blocks = await pdfBlocks(await letterPdf(secondLetter()));
    expect(blocks.find((block) => block.text === 'Fullmäktiges mål')).toMatchObject({ kind: 'heading', level: 1 });
    expect(blocks.find((block) => block.text.startsWith('Mål A'))).toMatchObject({ kind: 'heading', level: 2 });
    expect(blocks.find((block) => block.text === 'Vilket mål vill nämnden fördjupa sig i?')).toMatchObject({
      kind: 'listItem',
      ordinal: 2,
    });
    expect(proposals(readLetter([{ fileName: 'brev.pdf', blocks }]))).toEqual(proposals(readLetter([ideal(secondLetter(), 'brev.pdf')])));
  });

  it('reads the table letter as a Word document', async () => {
    const blocks = await docxBlocks(await letterDocx(tableLetter()));
    expect(proposals(readLetter([{ fileName: 'brev.docx', blocks }]))).toEqual(proposals(readLetter([ideal(tableLetter(), 'brev.docx')])));
  });

  it('finds the goals of a PDF attachment on the pages they stand on', async () => {
    const bilaga = await pdfBlocks(await letterPdf(ambitionAttachment(goals)));
    const reading = readLetter([
      { fileName: 'brev.docx', blocks: await docxBlocks(await letterDocx(seedLetter())) },
      { fileName: 'Bilaga 1.pdf', blocks: bilaga },
    ]);
    expect(proposals(reading).goals).toEqual(
      goals.map((goal) => ({ number: goal.number, title: goal.title, ambitionLevel: goal.level, questions: goal.questions })),
    );
    expect(reading.goals.map((goal) => goal.value.foundIn)).toEqual([[{ document: 1, page: 2 }], [{ document: 1, page: 3 }]]);
  });
});
