import { describe, expect, it } from 'vitest';
import { coverageOfRanges, drawableText, fontForGrapheme, fontRuns, undrawableCharacters, type GlyphCoverage } from './pdfCharacters';

const latin: GlyphCoverage = (code) => code < 0x250 || code === 0xfffd;
const emoji: GlyphCoverage = (code) => code >= 0x1f300 && code <= 0x1faff;
const fonts = [latin, emoji];

describe('the font for each character', () => {
  it('takes the body font where it has the whole grapheme, else the first fallback that does, else none', () => {
    expect(fontForGrapheme('å', fonts)).toBe(0);
    expect(fontForGrapheme('👍🏽', fonts)).toBe(1);
    expect(fontForGrapheme('中', fonts)).toBeNull();
    // A format character the font lacks draws nothing and does not decide the font.
    expect(fontForGrapheme('👨\u200d👩', fonts)).toBe(1);
    expect(fontForGrapheme('\n', fonts)).toBe(0);
  });

  it('keeps every character it can draw, replaces and reports the others, and drops only invisible ones', () => {
    const replaced = new Set<string>();
    expect(drawableText('Tumme 👍🏽 och 中文\u00ad.', fonts, replaced)).toBe('Tumme 👍🏽 och \ufffd\ufffd\u00ad.');
    expect([...replaced]).toEqual(['中', '文']);
    expect(drawableText('a\u200bb\r\nc', fonts, new Set())).toBe('ab\nc');
  });

  it('names each character no font has once, in order of first use', () => {
    expect(undrawableCharacters(['中 och 文', 'igen 中', 'klart 👍'], fonts)).toEqual(['中', '文']);
    expect(undrawableCharacters(['Allt går att skriva 👍🏽'], fonts)).toEqual([]);
  });

  it('splits text into runs of one font each', () => {
    expect(fontRuns('Tumme 👍🏽👍 klart', fonts)).toEqual([
      { text: 'Tumme ', font: 0 },
      { text: '👍🏽👍', font: 1 },
      { text: ' klart', font: 0 },
    ]);
    expect(fontRuns('bara latin', fonts)).toEqual([{ text: 'bara latin', font: 0 }]);
  });

  it('reads a coverage table of flat ranges', () => {
    const covers = coverageOfRanges([32, 126, 160, 160, 0x1f600, 0x1f64f]);
    expect([31, 32, 126, 127, 160, 161, 0x1f600, 0x1f64f, 0x1f650].map(covers)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
      true,
      true,
      false,
    ]);
    expect(coverageOfRanges([])(65)).toBe(false);
  });
});
