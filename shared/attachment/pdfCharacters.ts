/**
 * Which of the PDF's fonts draws each character. The body font comes first; a character (grapheme cluster) it lacks,
 * such as 👍🏽 or Devanagari, is drawn from the first fallback font that has all of it; one that no font has becomes
 * U+FFFD and is reported, never dropped in silence. Pure, so the export screen can name those characters before a
 * file is made, from the fonts' coverage tables rather than the fonts themselves.
 */

/** Tells whether a font has a glyph for a code point. */
export type GlyphCoverage = (codePoint: number) => boolean;

/** Invisible format characters: where a font lacks them they are left out, since they draw nothing anyway. */
const formatRanges: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0xfe00, 0xfe0f],
  [0xe0020, 0xe007f],
];

export function isFormatCharacter(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return formatRanges.some(([low, high]) => code >= low && code <= high);
}

const segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return [...segmenter.segment(text)].map(({ segment }) => segment);
}

export const REPLACEMENT = '\ufffd';

/**
 * The index of the first font that draws the whole grapheme (its format characters aside), or null when none does.
 * Line breaks and tabs are layout, not glyphs, and belong to the body font.
 */
export function fontForGrapheme(grapheme: string, fonts: readonly GlyphCoverage[]): number | null {
  const chars = [...grapheme].filter((char) => char !== '\n' && char !== '\t');
  const visible = chars.filter((char) => !isFormatCharacter(char));
  if (visible.length === 0) return 0;
  for (let index = 0; index < fonts.length; index += 1) {
    const covers = fonts[index]!;
    if (visible.every((char) => covers(char.codePointAt(0) ?? 0))) return index;
  }
  return null;
}

/**
 * The text as the fonts can draw it: a grapheme no font has becomes U+FFFD (added to `replaced`), and format
 * characters the chosen font lacks are left out, since they draw nothing anyway.
 */
export function drawableText(text: string, fonts: readonly GlyphCoverage[], replaced: Set<string>): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (allInFirstFont(normalised, fonts)) return normalised;
  let result = '';
  for (const grapheme of graphemes(normalised)) {
    const font = fontForGrapheme(grapheme, fonts);
    if (font === null) {
      replaced.add(grapheme);
      result += REPLACEMENT;
      continue;
    }
    const covers = fonts[font];
    result += [...grapheme]
      .filter((char) => !isFormatCharacter(char) || char === '\n' || (covers?.(char.codePointAt(0) ?? 0) ?? false))
      .join('');
  }
  return result;
}

/** The graphemes no font draws, in order of first use: what the export screen names before the PDF is saved. */
export function undrawableCharacters(texts: readonly string[], fonts: readonly GlyphCoverage[]): string[] {
  const replaced = new Set<string>();
  for (const text of texts) drawableText(text, fonts, replaced);
  return [...replaced];
}

/** A run of text in one font: what is drawn, and measured, in one piece. */
export interface FontRun {
  text: string;
  font: number;
}

/** Most text is in the body font throughout: then it needs no splitting into graphemes at all. */
function allInFirstFont(text: string, fonts: readonly GlyphCoverage[]): boolean {
  const first = fonts[0];
  if (!first) return false;
  for (const char of text) if (char !== '\n' && char !== '\t' && !first(char.codePointAt(0) ?? 0)) return false;
  return true;
}

/** Text already made drawable, split into runs of one font each, in order. */
export function fontRuns(text: string, fonts: readonly GlyphCoverage[]): FontRun[] {
  if (allInFirstFont(text, fonts)) return text === '' ? [] : [{ text, font: 0 }];
  const runs: FontRun[] = [];
  for (const grapheme of graphemes(text)) {
    const font = fontForGrapheme(grapheme, fonts) ?? 0;
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += grapheme;
    else runs.push({ text: grapheme, font });
  }
  return runs;
}

/** Coverage from sorted, inclusive code point ranges written flat: [first, last, first, last, …]. */
export function coverageOfRanges(flatRanges: readonly number[]): GlyphCoverage {
  return (codePoint) => {
    let low = 0;
    let high = flatRanges.length / 2 - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const first = flatRanges[middle * 2]!;
      const last = flatRanges[middle * 2 + 1]!;
      if (codePoint < first) high = middle - 1;
      else if (codePoint > last) low = middle + 1;
      else return true;
    }
    return false;
  };
}
