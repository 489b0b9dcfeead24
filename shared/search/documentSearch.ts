import { fold } from './textSearch';

/** A page's text as the reader lays it out: its text items in order, and where a line ends after one. */
export interface PageText {
  items: readonly { str: string; hasEOL: boolean }[];
}

/** A place in a page's text: which item, and how many characters into it. */
export interface TextPosition {
  item: number;
  offset: number;
}

/** One match of a search in a document: its page (1-based), and where it starts and ends (exclusive) on it. */
export interface DocumentHit {
  page: number;
  start: TextPosition;
  end: TextPosition;
}

/** A document can hold a word thousands of times; the reader steps through this many and says so. */
export const MAX_DOCUMENT_HITS = 1000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page's text with every whitespace a plain space, the same length, so positions in it are positions in the page. */
function pageString(page: PageText): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const item of page.items) {
    starts.push(text.length);
    text += item.str + (item.hasEOL ? '\n' : '');
  }
  return { text: fold(text).replace(/\s/g, ' '), starts };
}

function positionAt(starts: readonly number[], page: PageText, offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  // An offset on a line's end falls at the end of the line's last item.
  return { item: low, offset: Math.min(offset - starts[low]!, page.items[low]?.str.length ?? 0) };
}

/**
 * Every place a query stands in the pages, in reading order: case folded the Swedish way, and a space in the query
 * matching any run of spaces and line ends, so a phrase broken over two lines is still found.
 */
export function findInPages(pages: readonly PageText[], query: string): DocumentHit[] {
  const words = fold(query)
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join(' +'), 'g');
  const hits: DocumentHit[] = [];
  pages.forEach((page, index) => {
    const { text, starts } = pageString(page);
    for (const match of text.matchAll(pattern)) {
      if (hits.length >= MAX_DOCUMENT_HITS) return;
      const end = positionAt(starts, page, match.index + match[0].length - 1);
      hits.push({ page: index + 1, start: positionAt(starts, page, match.index), end: { item: end.item, offset: end.offset + 1 } });
    }
  });
  return hits;
}

/** The hit to go to first: the first on or after the page the reader is on, else the first of all. */
export function firstHitFrom(hits: readonly DocumentHit[], page: number): number {
  const index = hits.findIndex((hit) => hit.page >= page);
  return index === -1 ? 0 : index;
}

/** The parts of one item a page's hits cover, for marking them: [from, to) in the item's text, and which hit. */
export function hitRangesByItem(hits: readonly DocumentHit[], page: PageText): Map<number, { from: number; to: number; hit: number }[]> {
  const ranges = new Map<number, { from: number; to: number; hit: number }[]>();
  hits.forEach((hit, index) => {
    for (let item = hit.start.item; item <= hit.end.item; item += 1) {
      const length = page.items[item]?.str.length ?? 0;
      const from = item === hit.start.item ? hit.start.offset : 0;
      const to = item === hit.end.item ? hit.end.offset : length;
      if (to > from) ranges.set(item, [...(ranges.get(item) ?? []), { from, to, hit: index }]);
    }
  });
  return ranges;
}
