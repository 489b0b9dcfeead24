import type { PdfTextItem } from './letterBlocks';

/** The part of a pdf.js text item the letter's reader needs; pdf.js also gives marked-content markers, which have no text. */
export interface PdfJsTextItem {
  str: string;
  /** The text's matrix: [scaleX, skewY, skewX, scaleY, x, y]. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/**
 * A page's text as the grouping into blocks reads it: where each piece stands and in what size. A piece's size is its
 * matrix's vertical scale when pdf.js reports no height (an empty piece does), so a heading is still known by its size.
 */
export function pdfTextItemsOf(items: ReadonlyArray<PdfJsTextItem | { type: string }>): PdfTextItem[] {
  return items.flatMap((item) => {
    if (!('str' in item)) return [];
    const [scaleX = 0, skewY = 0, , scaleY = 0, x = 0, y = 0] = item.transform;
    const size = item.height > 0 ? item.height : Math.hypot(scaleY, skewY) || Math.abs(scaleX);
    return [{ str: item.str, x, y, width: item.width, height: size, hasEOL: item.hasEOL ?? false }];
  });
}
