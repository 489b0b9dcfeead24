import { attachmentTexts, type AttachmentModel } from './attachmentModel';
import { fontCoverage } from './fontCoverage';
import { coverageOfRanges, undrawableCharacters } from './pdfCharacters';

const bundledFonts = [coverageOfRanges(fontCoverage.regular), ...fontCoverage.fallbacks.map(coverageOfRanges)];

/**
 * The characters of an attachment that no font bundled for the PDF draws (Chinese, say): the export screen names
 * them before the PDF is made, from the fonts' coverage tables, without loading a single font.
 */
export function charactersWithoutFont(model: AttachmentModel): string[] {
  return undrawableCharacters(attachmentTexts(model), bundledFonts);
}
