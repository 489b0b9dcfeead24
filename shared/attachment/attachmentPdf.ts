import PDFDocument from 'pdfkit';
import type { AttachmentBlock, AttachmentModel } from './attachmentModel';

/** The app's one typeface, shipped with it (dejavu-fonts-ttf): DejaVu Sans has every Swedish letter. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PdfResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** Characters (grapheme clusters) the font cannot draw, shown as U+FFFD in the PDF, in order of first use. */
  replaced: string[];
}

/** The few parts of pdfkit's structure element that we use. */
interface StructElement {
  add(child: StructElement | (() => void)): StructElement;
  end(): void;
}

/** The part of pdfkit's document we use, typed here so that shared/ needs no Node type definitions. */
interface PdfDoc {
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  x: number;
  y: number;
  _font: { font: FontkitFont };
  info: Record<string, unknown>;
  _addInfo(): void;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: unknown) => void): void;
  registerFont(name: string, bytes: Uint8Array): PdfDoc;
  font(name: string): PdfDoc;
  fontSize(size: number): PdfDoc;
  fillColor(color: string): PdfDoc;
  text(text: string, x?: number | object, y?: number, options?: object): PdfDoc;
  list(items: string[], options: object): PdfDoc;
  table(options: object): unknown;
  moveDown(lines?: number): PdfDoc;
  struct(type: string, options?: (() => void) | object, children?: () => void): StructElement;
  addStructure(element: StructElement): PdfDoc;
  markContent(tag: string, options?: object): PdfDoc;
  endMarkedContent(): PdfDoc;
  bufferedPageRange(): { start: number; count: number };
  switchToPage(index: number): PdfDoc;
  heightOfString(text: string, options?: object): number;
  rect(x: number, y: number, width: number, height: number): PdfDoc;
  fill(color: string): PdfDoc;
  widthOfString(text: string, options?: object): number;
  addPage(): PdfDoc;
  end(): void;
}

interface GlyphRun {
  glyphs: Array<{ codePoints: number[] }>;
  positions: unknown[];
}

/** The part of fontkit's font (inside pdfkit) we use: glyph coverage, and layout, whose direction we set. */
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: 'ltr' | 'rtl'): GlyphRun;
  malsamtalBidi?: true;
}

type PdfDocConstructor = new (options: object) => PdfDoc;

const MARGIN = { top: 78, bottom: 64, left: 64, right: 64 };
const FONT = 'DejaVuSans';
const FONT_BOLD = 'DejaVuSans-Bold';

/** Invisible format characters: where the font lacks them they are left out, since they draw nothing anyway. */
const formatRanges: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0xfe00, 0xfe0f],
  [0xe0020, 0xe007f],
];
const isFormatCharacter = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return formatRanges.some(([low, high]) => code >= low && code <= high);
};

/**
 * Text as the font can draw it: a character (grapheme) the font lacks, such as most emoji, becomes U+FFFD
 * rather than an invisible .notdef glyph, and is reported so the user is told.
 */
function drawable(text: string, hasGlyph: (codePoint: number) => boolean, replaced: Set<string>): string {
  const segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });
  let result = '';
  for (const { segment } of segmenter.segment(text.replace(/\r\n?/g, '\n'))) {
    const chars = [...segment];
    const missing = chars.filter((char) => char !== '\n' && char !== '\t' && !hasGlyph(char.codePointAt(0) ?? 0));
    if (missing.length === 0) result += segment;
    else if (missing.every(isFormatCharacter)) result += chars.filter((char) => !missing.includes(char)).join('');
    else {
      replaced.add(segment);
      result += '\ufffd';
    }
  }
  return result;
}

const rightToLeft = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;
const leftToRight = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

const isRtlWord = (token: string) => rightToLeft.test(token) && !leftToRight.test(token);

/** The paragraph's direction, from its first strong character, as the Unicode bidi rules decide it. */
export function isRightToLeftParagraph(text: string): boolean {
  const strong = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u.exec(text);
  return strong !== null && rightToLeft.test(strong[0]);
}

/** A run of right-to-left words turned to visual order; a word's punctuation goes to its left, where it is read last. */
function turnRun(run: string[]): string[] {
  return run
    .map((token) => {
      const before = /^[^\p{L}\p{N}\s]*/u.exec(token)?.[0] ?? '';
      const after = /[^\p{L}\p{N}\s]*$/u.exec(token.slice(before.length))?.[0] ?? '';
      return after + token.slice(before.length, token.length - after.length) + before;
    })
    .reverse();
}

/**
 * One line in the order pdfkit must draw it, left to right. The font engine already orders the letters within a
 * Hebrew or Arabic word, so only word order is turned: in a left-to-right line, each run of right-to-left words; in a
 * right-to-left line, the whole sequence of runs, with left-to-right runs kept reading forwards.
 */
export function visualWordOrder(line: string, rightToLeftBase = false): string {
  const tokens = line.split(/( +)/);
  if (rightToLeftBase) {
    const words = tokens.filter((token) => token.trim() !== '');
    const runs: { rtl: boolean; words: string[] }[] = [];
    for (const word of words) {
      const last = runs[runs.length - 1];
      // A word without letters (a number, a dash) goes with the run before it, as numbers after Latin text do.
      const rtl = isRtlWord(word) ? true : leftToRight.test(word) ? false : (last?.rtl ?? true);
      if (last && last.rtl === rtl) last.words.push(word);
      else runs.push({ rtl, words: [word] });
    }
    return runs
      .reverse()
      .map((run) => (run.rtl ? turnRun(run.words) : run.words).join(' '))
      .join(' ');
  }
  const result: string[] = [];
  for (let index = 0; index < tokens.length;) {
    if (!isRtlWord(tokens[index] ?? '')) {
      result.push(tokens[index] ?? '');
      index += 1;
      continue;
    }
    let end = index;
    while (end + 2 < tokens.length && isRtlWord(tokens[end + 2] ?? '')) end += 2;
    // Punctuation at the run's edges belongs to the surrounding left-to-right text, as the Unicode bidi rules say.
    const run = tokens.slice(index, end + 1);
    const first = run[0] ?? '';
    const last = run[run.length - 1] ?? '';
    const lead = /^[^\p{L}\p{N}]*/u.exec(first)?.[0] ?? '';
    const trail = /[^\p{L}\p{N}]*$/u.exec(last)?.[0] ?? '';
    run[0] = first.slice(lead.length);
    run[run.length - 1] = (run[run.length - 1] ?? '').slice(0, (run[run.length - 1] ?? '').length - trail.length);
    result.push(lead, ...turnRun(run), trail);
    index = end + 1;
  }
  return result.join('');
}

/**
 * Text laid out for pdfkit, which wraps and draws left to right. Lines without right-to-left script are left to
 * pdfkit; a line with it is wrapped here first, in reading order, so each visual line holds the right words before
 * its word order is turned. Returns the text and whether the paragraph reads right to left (and so aligns right).
 */
export function bidiLayout(text: string, width: number, measure: (text: string) => number): { text: string; rightToLeft: boolean } {
  const rtlBase = isRightToLeftParagraph(text);
  const lines = text.split('\n').flatMap((line) => {
    if (!rightToLeft.test(line)) return [line];
    const wrapped: string[] = [];
    let current = '';
    for (const word of line.split(/ +/).filter((token) => token !== '')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && measure(candidate) > width) {
        wrapped.push(current);
        current = word;
      } else current = candidate;
    }
    wrapped.push(current);
    return wrapped.map((visual) => visualWordOrder(visual, rtlBase));
  });
  return { text: lines.join('\n'), rightToLeft: rtlBase };
}

const isRtlGlyph = (glyph: { codePoints: number[] }) => glyph.codePoints.some((code) => rightToLeft.test(String.fromCodePoint(code)));

/**
 * fontkit shapes a Hebrew or Arabic word and then reverses it whole, punctuation included. Shaping stays in
 * logical order; only the right-to-left letters are turned, so a word's trailing comma or period stays after it.
 */
function orderRightToLeftGlyphs(font: FontkitFont): void {
  if (font.malsamtalBidi) return;
  const layout = font.layout.bind(font);
  font.layout = (text, features, script, language) => {
    const run = layout(text, features, script, language, 'ltr');
    const first = run.glyphs.findIndex(isRtlGlyph);
    if (first === -1) return run;
    const last = run.glyphs.length - 1 - [...run.glyphs].reverse().findIndex(isRtlGlyph);
    const turn = <T>(items: T[]) => [...items.slice(0, first), ...items.slice(first, last + 1).reverse(), ...items.slice(last + 1)];
    run.glyphs = turn(run.glyphs);
    run.positions = turn(run.positions);
    return run;
  };
  font.malsamtalBidi = true;
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** pdfkit copies the title into the XMP metadata unescaped; a "&" in a name would break the PDF/A metadata. */
function escapeXmpMetadata(doc: PdfDoc): void {
  const addInfo = doc._addInfo.bind(doc);
  doc._addInfo = () => {
    const info = doc.info;
    doc.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [
        key,
        typeof value === 'string' ? value.replace(/[&<>"']/g, (char) => xmlEscapes[char] ?? char) : value,
      ]),
    );
    try {
      addInfo();
    } finally {
      doc.info = info;
    }
  };
}

/**
 * The attachment as a PDF/A-2b file: fonts embedded, tagged (H1, H2, P, L, Table), language and title set, A4,
 * a running header and "Sida X av Y" on every page as artifacts. Fonts come as bytes so this runs in Node and in the app.
 */
export async function attachmentToPdf(model: AttachmentModel, fonts: PdfFonts, createdAt: Date = new Date()): Promise<PdfResult> {
  const Document = PDFDocument as unknown as PdfDocConstructor;
  const doc = new Document({
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    font: null,
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: model.title,
      Subject: model.header,
      Creator: 'Målsamtal',
      Producer: 'Målsamtal',
      CreationDate: createdAt,
    },
  });
  escapeXmpMetadata(doc);
  const chunks: Uint8Array[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  doc.registerFont(FONT, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  const replaced = new Set<string>();
  const use = (name: string, size: number) => {
    doc.font(name).fontSize(size).fillColor('#000000');
    const font = doc._font.font;
    orderRightToLeftGlyphs(font);
    return (text: string) =>
      drawable(text, (codePoint) => font.hasGlyphForCodePoint(codePoint), replaced)
        .split('\n')
        .map((line) => visualWordOrder(line, isRightToLeftParagraph(line)))
        .join('\n');
  };
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  /** A heading or paragraph: wrapped here when it holds right-to-left script, aligned by its own direction. */
  const drawBlock = (name: string, size: number, text: string, options: object) => {
    doc.font(name).fontSize(size).fillColor('#000000');
    const font = doc._font.font;
    orderRightToLeftGlyphs(font);
    const logical = drawable(text, (codePoint) => font.hasGlyphForCodePoint(codePoint), replaced);
    // A point of slack, so pdfkit's own wrapping never splits a line this layout has already made.
    const laid = bidiLayout(logical, width - 1, (part) => doc.widthOfString(part));
    doc.text(laid.text, MARGIN.left, undefined, { width, ...options, align: laid.rightToLeft ? 'right' : 'left' });
  };
  const root = doc.struct('Document');
  doc.addStructure(root);

  const draw = (block: AttachmentBlock) => {
    switch (block.kind) {
      case 'heading': {
        if (block.level === 2) doc.moveDown(0.6);
        const size = block.level === 1 ? 17 : 13;
        root.add(doc.struct(block.level === 1 ? 'H1' : 'H2', () => drawBlock(FONT_BOLD, size, block.text, {})));
        doc.moveDown(0.4);
        break;
      }
      case 'paragraph': {
        const status = block.role === 'status';
        root.add(doc.struct('P', () => drawBlock(status ? FONT_BOLD : FONT, status ? 12 : 10.5, block.text, { lineGap: 2 })));
        doc.moveDown(0.6);
        break;
      }
      case 'list': {
        const safe = use(FONT, 10.5);
        const list = doc.struct('L');
        root.add(list);
        doc.list(block.items.map(safe), {
          width,
          lineGap: 2,
          bulletRadius: 2,
          textIndent: 14,
          structParent: list,
          structTypes: ['LI', 'Lbl', 'LBody'],
        });
        list.end();
        doc.moveDown(0.6);
        break;
      }
      case 'chart': {
        // Vector bars in a Figure with its text alternative: a screen reader reads the numbers, the eye sees the shape.
        const safe = use(FONT, 10);
        const labelWidth = 170;
        const valueWidth = 90;
        const barMax = width - labelWidth - valueWidth - 16;
        const figure = doc.struct('Figure', { alt: block.description }, () => {
          for (const bar of block.bars) {
            if (doc.y + 18 > doc.page.height - MARGIN.bottom) doc.addPage();
            const top = doc.y;
            doc.text(safe(bar.label), MARGIN.left, top, { width: labelWidth, lineBreak: false, ellipsis: true });
            doc.rect(MARGIN.left + labelWidth + 8, top + 1, Math.max(0.5, barMax * Math.min(1, bar.share)), 10).fill('#0b5cad');
            doc.fillColor('#000000');
            doc.text(bar.value, MARGIN.left + labelWidth + 16 + barMax, top, { width: valueWidth, lineBreak: false });
            doc.y = top + 16;
          }
        });
        root.add(figure);
        doc.x = MARGIN.left;
        doc.moveDown(0.6);
        break;
      }
      case 'table': {
        const safe = use(FONT, 10.5);
        root.add(doc.struct('P', () => doc.text(safe(block.caption), MARGIN.left, undefined, { width })));
        doc.moveDown(0.3);
        doc.x = MARGIN.left;
        doc.table({
          structParent: root,
          columnStyles: [48, '*', 130],
          data: [
            block.columns.map((column) => ({ text: safe(column), type: 'TH', scope: 'column', font: { src: FONT_BOLD } })),
            ...block.rows.map((row) => row.map((cell) => ({ text: safe(cell), font: { src: FONT } }))),
          ],
        });
        doc.moveDown(0.6);
        break;
      }
    }
  };
  for (const block of model.blocks) draw(block);

  // The header and page numbers are artifacts: a screen reader skips them, and they are drawn once the page count is known.
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const header = use(FONT, 8.5)(model.header);
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.text(header, MARGIN.left, 40, { width, lineBreak: false, ellipsis: true });
    doc.text(model.pageOf(index - start + 1, count), MARGIN.left, doc.page.height - 42, { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  root.end();
  doc.end();
  await finished;

  const length = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, replaced: [...replaced] };
}
