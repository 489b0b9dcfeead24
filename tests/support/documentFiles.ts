import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import { sha256HexOfBytes } from '../../shared/format/sha256';
import type { DocumentFile } from '../../shared/remiss/packageContainer';
import { documentMediaTypes, type PackageDocument } from '../../shared/remiss/remissPackage';

/** What each page of a generated PDF says: a heading with its number and a sentence a search can find. */
export const pdfPageText = (page: number) => `Sida ${page}: ambitionsnivå för mål ${page}. Ordet ${pageWord(page)} står bara här.`;
/** A word found on exactly one page of a generated PDF. */
export const pageWord = (page: number) => `sökord${'abcdefghijklmnopqrstuvwxyz'[(page - 1) % 26]}${page}`;

/** A real multi-page PDF, written by pdfkit, with a standard font that the reader must fetch from its own files. */
export function aPdf(pages: number, title = 'Bilaga'): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { Title: title }, lang: 'sv-SE' });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    for (let page = 1; page <= pages; page += 1) {
      pdf.addPage();
      pdf.font('Helvetica-Bold').fontSize(28).text(`${title} – sida ${page}`);
      pdf.moveDown().font('Helvetica').fontSize(14).text(pdfPageText(page));
    }
    pdf.end();
  });
}

/** A real Word document, written by the docx library, with a heading and the paragraphs given. */
export async function aDocx(heading: string, paragraphs: string[]): Promise<Uint8Array<ArrayBuffer>> {
  const document = new Document({
    sections: [
      {
        children: [new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }), ...paragraphs.map((text) => new Paragraph({ text }))],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A document of the package with the metadata its bytes give, and the bytes to go with it. */
export async function aPackageDocument(
  bytes: Uint8Array<ArrayBuffer>,
  overrides: Partial<PackageDocument> & Pick<PackageDocument, 'id'>,
): Promise<{ document: PackageDocument; file: DocumentFile }> {
  const isPdf = overrides.mediaType !== documentMediaTypes.docx;
  const document: PackageDocument = {
    title: 'Bilaga 1',
    role: 'bilaga',
    number: 1,
    fileName: `${overrides.id}.${isPdf ? 'pdf' : 'docx'}`,
    mediaType: isPdf ? documentMediaTypes.pdf : documentMediaTypes.docx,
    size: bytes.byteLength,
    sha256: await sha256HexOfBytes(bytes),
    pageCount: null,
    ...overrides,
  };
  return { document, file: { documentId: document.id, bytes } };
}
