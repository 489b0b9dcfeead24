import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pdfFontFiles, type PdfFonts } from '../../shared/attachment/pdfFontFiles';

const require = createRequire(import.meta.url);
const read = (file: string) => readFileSync(require.resolve(file));

/** The PDF fonts as the app loads them, read from node_modules: the body font and every fallback. */
export function readPdfFonts(): PdfFonts {
  return { regular: read(pdfFontFiles.regular), bold: read(pdfFontFiles.bold), fallbacks: pdfFontFiles.fallbacks.map(read) };
}
