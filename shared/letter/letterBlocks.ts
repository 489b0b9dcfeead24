/**
 * A letter as the reader of letters sees it: the text of a Word or PDF document in blocks, in reading order, each a
 * heading, a paragraph, an item of a list or a row of a table. The renderer extracts them (mammoth for Word, pdf.js for
 * PDF); everything after that is pure and runs anywhere.
 */
export type LetterBlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow';

export interface LetterBlock {
  kind: LetterBlockKind;
  /** The block's words as the letter has them; a line break within a paragraph is kept as "\n", a table row's cells are joined by " | ". */
  text: string;
  /** A heading's level (1 = the largest), a list item's depth (1 = outermost); 0 for the rest. */
  level: number;
  /** The item's number in a numbered list ("1.", "2)"), or null. */
  ordinal: number | null;
  /** A table row's cells, each as its text; empty for every other kind. */
  cells: string[];
  /** The page of a PDF the block starts on, 1-based; null for a Word document, whose pages depend on its layout. */
  page: number | null;
}

export interface LetterDocument {
  /** The file's name, as the user picked it. */
  fileName: string;
  blocks: LetterBlock[];
}

export const CELL_SEPARATOR = ' | ';

export function block(kind: LetterBlockKind, text: string, options: Partial<Omit<LetterBlock, 'kind' | 'text'>> = {}): LetterBlock {
  return {
    kind,
    text,
    level: options.level ?? 0,
    ordinal: options.ordinal ?? null,
    cells: options.cells ?? [],
    page: options.page ?? null,
  };
}

/** Spaces as a reader sees them: runs of blanks become one, no blank at the ends of a line. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0\u2007\u202f]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? whole;
    return entities[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

interface OpenList {
  ordered: boolean;
  count: number;
}

/**
 * The blocks of the HTML mammoth makes of a Word document: its headings (h1–h6), paragraphs, list items (with their
 * depth and, in a numbered list, their number) and table rows. mammoth writes a small, well-formed subset of HTML,
 * so a tokenizer is enough; anything else (images, links' targets, comments) is read for its text or left out.
 */
export function blocksFromHtml(html: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  const lists: OpenList[] = [];
  let text = '';
  let current: { kind: LetterBlockKind; level: number; ordinal: number | null } | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;

  const flush = () => {
    const words = tidy(text);
    text = '';
    if (!current || words === '') return;
    blocks.push(block(current.kind, words, { level: current.level, ordinal: current.ordinal }));
  };

  const tokens = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|([^<]+)/g;
  for (const token of html.matchAll(tokens)) {
    const [, closing, rawName, , words] = token;
    if (words !== undefined) {
      const decoded = decodeEntities(words).replace(/[\r\n]+/g, ' ');
      if (cell !== null) cell += decoded;
      else text += decoded;
      continue;
    }
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const heading = /^h([1-6])$/.exec(name);
    if (name === 'br') {
      if (cell !== null) cell += '\n';
      else text += '\n';
    } else if (name === 'table' || name === 'tbody' || name === 'thead') {
      continue;
    } else if (name === 'tr') {
      if (closing) {
        const cells = (row ?? []).map(tidy);
        if (cells.some((value) => value !== '')) blocks.push(block('tableRow', cells.join(CELL_SEPARATOR), { cells }));
        row = null;
      } else row = [];
    } else if (name === 'td' || name === 'th') {
      if (closing) {
        row?.push(cell ?? '');
        cell = null;
      } else cell = '';
    } else if (cell !== null) {
      // A paragraph or list inside a cell is one line of the cell.
      if (closing && (name === 'p' || name === 'li') && cell !== '') cell += '\n';
    } else if (name === 'ol' || name === 'ul') {
      if (closing) {
        flush();
        lists.pop();
        current = null;
      } else {
        // A list nested in an item ends the item's own words.
        flush();
        lists.push({ ordered: name === 'ol', count: 0 });
      }
    } else if (name === 'li') {
      flush();
      if (closing) current = null;
      else {
        const list = lists.at(-1);
        if (list) list.count += 1;
        current = { kind: 'listItem', level: Math.max(lists.length, 1), ordinal: list?.ordered ? list.count : null };
      }
    } else if (heading) {
      flush();
      current = closing ? null : { kind: 'heading', level: Number(heading[1]), ordinal: null };
    } else if (name === 'p') {
      if (current?.kind === 'listItem') {
        // mammoth may wrap an item's words in paragraphs; they stay the item's.
        if (closing) text += '\n';
        continue;
      }
      flush();
      current = closing ? null : { kind: 'paragraph', level: 0, ordinal: null };
    }
  }
  flush();
  return blocks;
}

/** One piece of text pdf.js found on a page, where it stands: x and y in PDF points from the page's lower left corner. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font's size in points (pdf.js's item height). */
  height: number;
  /** True when pdf.js says the line ends after this item. */
  hasEOL?: boolean;
}

interface Line {
  page: number;
  x: number;
  y: number;
  size: number;
  text: string;
}

const bullet = /^[•▪◦●○■□\-–—*]\s+/;
const numbered = /^(\d{1,2})[.)]\s+/;

/** Items on one baseline, left to right, with a space wherever the gap between them is wide enough to be one. */
function linesOf(items: readonly PdfTextItem[], page: number): Line[] {
  const visible = items.filter((item) => item.str.trim() !== '' || item.str === ' ');
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; items: PdfTextItem[] }> = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - item.y) <= Math.max(item.height, 1) * 0.4) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  return lines.flatMap((line) => {
    const parts = [...line.items].sort((a, b) => a.x - b.x);
    let text = '';
    let end: number | null = null;
    for (const part of parts) {
      const gap = end === null ? 0 : part.x - end;
      if (end !== null && gap > part.height * 0.15 && !text.endsWith(' ') && !part.str.startsWith(' ')) text += ' ';
      text += part.str;
      end = part.x + part.width;
    }
    const words = text.replace(/\s+/g, ' ').trim();
    if (words === '') return [];
    const sizes = parts.filter((part) => part.str.trim() !== '').map((part) => part.height);
    return [{ page, x: parts[0]!.x, y: line.y, size: Math.max(...sizes), text: words }];
  });
}

/** The size most of the letter is written in: its body text. */
function bodySize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** Joins a wrapped line to the one before it; a word broken at a hyphen stays one word, with its hyphen. */
function joinLine(before: string, after: string): string {
  return before.endsWith('-') && /^\p{Ll}/u.test(after) ? `${before}${after}` : `${before} ${after}`;
}

/**
 * The blocks of a PDF's pages from the positioned text pdf.js reads: lines are grouped into paragraphs by their
 * spacing, a line in a larger size than the body text is a heading (the larger, the higher), and a line starting with
 * a bullet or "1." starts a list item, which the lines close under it continue.
 */
export function blocksFromPdfItems(pages: ReadonlyArray<readonly PdfTextItem[]>): LetterBlock[] {
  const lines = pages.flatMap((items, index) => linesOf(items, index + 1));
  const body = bodySize(lines);
  const headingSizes = [...new Set(lines.filter((line) => line.size > body * 1.12).map((line) => Math.round(line.size * 2) / 2))].sort(
    (a, b) => b - a,
  );
  const blocks: LetterBlock[] = [];
  let open: { block: LetterBlock; last: Line; startX: number } | null = null;

  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    const headingLevel = line.size > body * 1.12 ? headingSizes.indexOf(size) + 1 : 0;
    const bulletMatch = bullet.exec(line.text);
    const numberMatch = numbered.exec(line.text);
    const startsItem = headingLevel === 0 && (bulletMatch !== null || numberMatch !== null);

    if (open && !startsItem) {
      const { last } = open;
      const sameKind = (open.block.kind === 'heading') === headingLevel > 0 && Math.abs(last.size - line.size) < 0.5;
      const gap = last.page === line.page ? last.y - line.y : Number.POSITIVE_INFINITY;
      const close = gap > 0 && gap <= last.size * 1.6;
      // An item's wrapped lines stand under its words or its marker, never to the left of it.
      const aligned = open.block.kind !== 'listItem' || line.x >= open.startX - 1;
      if (sameKind && close && aligned) {
        open.block.text = joinLine(open.block.text, line.text);
        open.last = line;
        continue;
      }
    }

    let text = line.text;
    let kind: LetterBlockKind = headingLevel > 0 ? 'heading' : 'paragraph';
    let ordinal: number | null = null;
    if (startsItem) {
      kind = 'listItem';
      const marker = (numberMatch ?? bulletMatch)!;
      text = text.slice(marker[0].length);
      ordinal = numberMatch ? Number(numberMatch[1]) : null;
    }
    const item = block(kind, text, { level: kind === 'heading' ? headingLevel : kind === 'listItem' ? 1 : 0, ordinal, page: line.page });
    blocks.push(item);
    open = { block: item, last: line, startX: line.x };
  }
  return blocks;
}
