import { blocksFromHtml, blocksFromPdfItems, type LetterBlock } from '../../shared/letter/letterBlocks';
import { pdfTextItemsOf } from '../../shared/letter/pdfText';
import { documentKindOf } from '../../shared/remiss/documentKind';
import type { DocumentKind } from '../../shared/remiss/remissPackage';

export type ExtractedLetter =
  | { outcome: 'read'; kind: DocumentKind; blocks: LetterBlock[]; pageCount: number | null }
  /** Neither a PDF nor a Word document by its content, whatever its name says. */
  | { outcome: 'notADocument' }
  /** It looks like one, but its reader cannot open it: a damaged file. */
  | { outcome: 'unreadable'; kind: DocumentKind };

/**
 * The text of a letter or an attachment in blocks: a Word document through mammoth's HTML, a PDF through pdf.js's
 * positioned text, page by page. Both libraries are the ones the reader in the room uses, loaded only when needed.
 */
export async function extractLetter(bytes: Uint8Array): Promise<ExtractedLetter> {
  const kind = documentKindOf(bytes);
  if (!kind) return { outcome: 'notADocument' };
  try {
    if (kind === 'docx') {
      const { default: mammoth } = await import('mammoth');
      const result = await mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer as ArrayBuffer }, { externalFileAccess: false });
      return { outcome: 'read', kind, blocks: blocksFromHtml(result.value), pageCount: null };
    }
    const { openPdf } = await import('../documents/pdfjs');
    const pdf = await openPdf(bytes);
    try {
      const pages = [];
      for (let number = 1; number <= pdf.numPages; number += 1) {
        const page = await pdf.getPage(number);
        pages.push(pdfTextItemsOf((await page.getTextContent()).items));
      }
      return { outcome: 'read', kind, blocks: blocksFromPdfItems(pages), pageCount: pdf.numPages };
    } finally {
      await pdf.destroy();
    }
  } catch {
    return { outcome: 'unreadable', kind };
  }
}
