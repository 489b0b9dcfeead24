import { isRightToLeftParagraph, rightToLeft, visualWordOrder } from './bidi';
import { drawableText, fontRuns, graphemes, type FontRun, type GlyphCoverage } from './pdfCharacters';
import type { FontkitFont, PdfDoc } from './pdfDoc';

/** The registered names of the PDF's fonts: the body font's two weights and the fallbacks, in order. */
export interface FontFaces {
  regular: string;
  bold: string;
  fallbacks: readonly string[];
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  /** Extra space between lines, in points. */
  lineGap?: number;
}

/** A paragraph broken into lines, each in the order it is drawn (left to right), with its width. */
export interface LaidText {
  lines: Array<{ text: string; width: number }>;
  /** A right-to-left paragraph aligns right. */
  rightToLeft: boolean;
  /** From one line's top to the next's. */
  lineHeight: number;
  height: number;
}

/**
 * fontkit shapes a Hebrew or Arabic word and then reverses it whole, punctuation included. Shaping stays in
 * logical order; only the right-to-left letters are turned, so a word's trailing comma or period stays after it.
 */
function orderRightToLeftGlyphs(font: FontkitFont): void {
  if (font.malsamtalBidi) return;
  const isRtlGlyph = (glyph: { codePoints: number[] }) => glyph.codePoints.some((code) => rightToLeft.test(String.fromCodePoint(code)));
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

/**
 * Sets text for pdfkit, which draws one font at a time and wraps left to right: each paragraph is broken into lines
 * here, each character drawn from the first font that has it, right-to-left words put in visual order per line,
 * and every line drawn on one baseline whatever its fonts. A run drawn from a fallback font carries its own text
 * as ActualText, so copying or reading it aloud gives exactly what was typed (👍🏽 stays 👍🏽, Devanagari keeps
 * its logical order) even where the font draws it as one glyph or reorders it.
 */
export class TextSetter {
  /** Characters no font has, drawn as U+FFFD, in order of first use. */
  readonly replaced = new Set<string>();
  private readonly widths = new Map<string, number>();
  private readonly coverage = new Map<string, GlyphCoverage>();
  private readonly lineMetrics = new Map<string, { lineHeight: number; ascent: number }>();

  constructor(
    private readonly doc: PdfDoc,
    private readonly faces: FontFaces,
  ) {
    for (const name of [faces.regular, faces.bold, ...faces.fallbacks]) {
      const font = this.use(name, 10);
      const known = new Map<number, boolean>();
      this.coverage.set(name, (codePoint) => {
        let has = known.get(codePoint);
        if (has === undefined) {
          has = font.hasGlyphForCodePoint(codePoint);
          known.set(codePoint, has);
        }
        return has;
      });
    }
  }

  /** The fonts a style draws from, in order: bold text falls back to the regular weight before the fallbacks. */
  private chain(style: TextStyle): string[] {
    return style.bold ? [this.faces.bold, this.faces.regular, ...this.faces.fallbacks] : [this.faces.regular, ...this.faces.fallbacks];
  }

  private covers(style: TextStyle): GlyphCoverage[] {
    return this.chain(style).map((name) => this.coverage.get(name)!);
  }

  private use(name: string, size: number): FontkitFont {
    this.doc.font(name).fontSize(size);
    const font = this.doc._font.font;
    orderRightToLeftGlyphs(font);
    return font;
  }

  private runWidth(name: string, size: number, text: string): number {
    const key = `${name}\u0000${size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.use(name, size);
      width = this.doc.widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  private runs(text: string, style: TextStyle): FontRun[] {
    return fontRuns(text, this.covers(style));
  }

  /** The width of drawable text on one line. */
  measure(text: string, style: TextStyle): number {
    const key = `${style.bold ? 'b' : 'r'}\u0000${style.size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      const chain = this.chain(style);
      width = this.runs(text, style).reduce((sum, run) => sum + this.runWidth(chain[run.font]!, style.size, run.text), 0);
      this.widths.set(key, width);
    }
    return width;
  }

  /** Line height and the baseline's distance from a line's top, from the body font at this size. */
  metrics(style: TextStyle): { lineHeight: number; ascent: number } {
    const key = `${style.bold ? 'b' : 'r'}\u0000${style.size}\u0000${style.lineGap ?? 0}`;
    let metrics = this.lineMetrics.get(key);
    if (!metrics) {
      this.use(style.bold ? this.faces.bold : this.faces.regular, style.size);
      metrics = {
        lineHeight: this.doc.currentLineHeight(true) + (style.lineGap ?? 0),
        ascent: (this.doc._font.ascender / 1000) * style.size,
      };
      this.lineMetrics.set(key, metrics);
    }
    return metrics;
  }

  /** Breaks a paragraph into lines no wider than `width`, in reading order, then turns each into drawing order. */
  layout(text: string, style: TextStyle, width: number): LaidText {
    const logical = drawableText(text.replace(/\t/g, ' '), this.covers(style), this.replaced);
    const rtlBase = isRightToLeftParagraph(logical);
    const lines = logical.split('\n').flatMap((hard) => {
      const wrapped = wrapLine(hard, width, (part) => this.measure(part, style));
      return rightToLeft.test(hard) ? wrapped.map((line) => ({ ...line, text: visualWordOrder(line.text, rtlBase) })) : wrapped;
    });
    const { lineHeight } = this.metrics(style);
    return {
      lines,
      rightToLeft: rtlBase,
      lineHeight,
      height: lines.length * lineHeight,
    };
  }

  /** Draws one line with its top at `top`, its runs side by side on one baseline. */
  drawLine(line: string, style: TextStyle, x: number, top: number): void {
    const chain = this.chain(style);
    const baseline = top + this.metrics(style).ascent;
    const { x: keptX, y: keptY } = this.doc;
    const fallbackFrom = chain.length - this.faces.fallbacks.length;
    let at = x;
    for (const run of this.runs(line, style)) {
      const name = chain[run.font]!;
      this.use(name, style.size);
      const draw = () => this.doc.text(run.text, at, baseline, { lineBreak: false, baseline: 'alphabetic' });
      if (run.font >= fallbackFrom) withActualText(this.doc, run.text, draw);
      else draw();
      at += this.runWidth(name, style.size, run.text);
    }
    // pdfkit moves its cursor to where a text is drawn; the cursor is the caller's.
    this.doc.x = keptX;
    this.doc.y = keptY;
  }

  /**
   * Draws laid-out text from `doc.y` down, starting a new page when a line would cross the bottom margin, and
   * leaves `doc.y` under its last line. A right-to-left paragraph's lines end at the right edge.
   */
  draw(laid: LaidText, style: TextStyle, x: number, width: number): void {
    const doc = this.doc;
    for (const line of laid.lines) {
      if (doc.y + laid.lineHeight > doc.page.height - doc.page.margins.bottom) {
        doc.continueOnNewPage();
        doc.y = doc.page.margins.top;
      }
      this.drawLine(line.text, style, laid.rightToLeft ? x + width - line.width : x, doc.y);
      doc.y += laid.lineHeight;
    }
    doc.x = x;
  }
}

/** A PDF text string as UTF-16BE with its byte order mark, in hex: any character, emoji included. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * Draws text inside a marked-content span whose ActualText is `text`. The span goes inside pdfkit's text object
 * (after BT, before ET): there the text's coordinates are in force, so a reader such as poppler puts the words where
 * they are drawn; a span around pdfkit's whole text operation would end after its coordinates were restored.
 */
function withActualText(doc: PdfDoc, text: string, draw: () => void): void {
  const addContent = doc.addContent;
  doc.addContent = (content: string) => {
    if (content === 'ET') addContent.call(doc, 'EMC');
    addContent.call(doc, content);
    if (content === 'BT') addContent.call(doc, `/Span <</ActualText ${utf16Hex(text)}>> BDC`);
    return doc;
  };
  try {
    draw();
  } finally {
    doc.addContent = addContent;
  }
}

/**
 * Greedy line breaking at spaces: a line takes words while they fit; the spaces at a break are dropped. A word
 * wider than a whole line is broken after a hyphen where one fits, else between characters. Leading spaces stay.
 */
export function wrapLine(line: string, width: number, measure: (text: string) => number): Array<{ text: string; width: number }> {
  if (line.trim() === '') return [{ text: '', width: 0 }];
  const indent = /^ */.exec(line)?.[0] ?? '';
  const tokens = line.slice(indent.length).split(/( +)/);
  const lines: Array<{ text: string; width: number }> = [];
  let current = indent;
  let currentWidth = indent === '' ? 0 : measure(indent);
  const fits = (candidate: string) => measure(candidate) <= width;
  for (let index = 0; index < tokens.length; index += 2) {
    const word = tokens[index] ?? '';
    if (word === '') continue;
    const space = index === 0 ? '' : (tokens[index - 1] ?? '');
    const wordWidth = measure(word);
    if (current.trim() !== '' && currentWidth + measure(space) + wordWidth <= width) {
      current += space + word;
      currentWidth += measure(space) + wordWidth;
      continue;
    }
    // The first word of a line keeps the paragraph's indent; a word wider than the line is broken into pieces that fit.
    let rest = current.trim() === '' ? current + word : word;
    if (current.trim() !== '') lines.push({ text: current, width: currentWidth });
    while (!fits(rest)) {
      const piece = longestFittingPiece(rest, fits);
      lines.push({ text: piece, width: measure(piece) });
      rest = rest.slice(piece.length);
    }
    current = rest;
    currentWidth = measure(rest);
  }
  lines.push({ text: current, width: currentWidth });
  return lines;
}

/** The longest start of `text` that fits: up to a hyphen where one fits, else as many characters as fit (at least one). */
function longestFittingPiece(text: string, fits: (text: string) => boolean): string {
  const parts = graphemes(text);
  let piece = parts[0] ?? '';
  let hyphenated = '';
  for (let index = 1; index < parts.length; index += 1) {
    const candidate = piece + parts[index];
    if (!fits(candidate)) break;
    piece = candidate;
    if (/[-‐‑–]$/.test(piece) && index < parts.length - 1) hyphenated = piece;
  }
  return hyphenated !== '' ? hyphenated : piece;
}
