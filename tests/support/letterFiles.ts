import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import type { LetterPart } from './letters';

/**
 * The writers that turn a letter's parts (tests/support/letters.ts) into the files a strategy office sends: a Word
 * document with real headings, bullets, numbering and tables (the docx library), and a PDF laid out as a word processor
 * prints one (pdfkit): larger bold headings, indented list items with their markers, lines wrapped at the margin.
 */
export async function letterDocx(parts: readonly LetterPart[]): Promise<Uint8Array<ArrayBuffer>> {
  const children: Array<Paragraph | Table> = [];
  let pendingBreak = false;
  for (const part of parts) {
    if (part.kind === 'pageBreak') {
      pendingBreak = true;
      continue;
    }
    const breakBefore = pendingBreak;
    pendingBreak = false;
    switch (part.kind) {
      case 'heading':
        children.push(
          new Paragraph({
            text: part.text,
            heading: part.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            pageBreakBefore: breakBefore,
          }),
        );
        break;
      case 'paragraph':
        children.push(new Paragraph({ text: part.text, pageBreakBefore: breakBefore }));
        break;
      case 'bullet':
        children.push(new Paragraph({ text: part.text, bullet: { level: 0 }, pageBreakBefore: breakBefore }));
        break;
      case 'numbered':
        children.push(
          new Paragraph({ text: part.text, numbering: { reference: 'letter-numbers', level: 0 }, pageBreakBefore: breakBefore }),
        );
        break;
      case 'table':
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: part.rows.map(
              (cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph({ text })] })) }),
            ),
          }),
        );
        break;
    }
  }
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'letter-numbers',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Where the PDF's text starts on the left and how wide it runs, in points (A4 with 72 pt margins). */
const LEFT = 72;
const WIDTH = 451;

/** The letter as a PDF; a part `pageBreak` starts a new page, so a goal can stand on a page of its own. */
export function letterPdf(parts: readonly LetterPart[], title = 'Brev'): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: LEFT, info: { Title: title }, lang: 'sv-SE' });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    const gap = () => pdf.moveDown(0.6);
    for (const part of parts) {
      switch (part.kind) {
        case 'pageBreak':
          pdf.addPage();
          break;
        case 'heading':
          pdf
            .font('Helvetica-Bold')
            .fontSize(part.level === 1 ? 16 : 13)
            .text(part.text, LEFT, undefined, { width: WIDTH });
          gap();
          break;
        case 'paragraph':
          pdf.font('Helvetica').fontSize(11).text(part.text, LEFT, undefined, { width: WIDTH });
          gap();
          break;
        case 'bullet':
        case 'numbered': {
          const marker = part.kind === 'bullet' ? '•' : `${part.number}.`;
          const y = pdf.y;
          pdf
            .font('Helvetica')
            .fontSize(11)
            .text(marker, LEFT + 8, y, { width: 16 });
          pdf.text(part.text, LEFT + 26, y, { width: WIDTH - 26 });
          pdf.moveDown(0.3);
          break;
        }
        case 'table':
          for (const cells of part.rows) {
            const y = pdf.y;
            const column = WIDTH / cells.length;
            let bottom = y;
            cells.forEach((text, index) => {
              pdf
                .font('Helvetica')
                .fontSize(11)
                .text(text, LEFT + index * column, y, { width: column - 8 });
              bottom = Math.max(bottom, pdf.y);
            });
            pdf.y = bottom;
            pdf.moveDown(0.3);
          }
          gap();
          break;
      }
    }
    pdf.end();
  });
}
