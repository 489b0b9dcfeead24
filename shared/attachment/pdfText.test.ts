import { describe, expect, it } from 'vitest';
import { wrapLine } from './pdfText';

/** Every character one unit wide: the width of a text is its length. */
const measure = (text: string) => [...text].length;
const texts = (lines: Array<{ text: string; width: number }>) => lines.map((line) => line.text);

describe('breaking a line', () => {
  it('fills each line with whole words and drops the spaces at each break', () => {
    expect(texts(wrapLine('ett två tre fyra fem', 9, measure))).toEqual(['ett två', 'tre fyra', 'fem']);
    expect(wrapLine('ett två', 20, measure)).toEqual([{ text: 'ett två', width: 7 }]);
  });

  it('never breaks at a no-break space, so "§ 45" and "KS 2019/160" stay on one line', () => {
    expect(texts(wrapLine('Bilaga 1 till §\u00a045, dnr KS\u00a02019/160', 18, measure))).toEqual([
      'Bilaga 1 till',
      '§\u00a045, dnr',
      'KS\u00a02019/160',
    ]);
  });

  it('keeps a paragraph’s indent and an empty line', () => {
    expect(texts(wrapLine('  ett två', 20, measure))).toEqual(['  ett två']);
    expect(wrapLine('', 20, measure)).toEqual([{ text: '', width: 0 }]);
  });

  it('breaks a word wider than the line after a hyphen where it can, else between characters', () => {
    expect(texts(wrapLine('Vaggeryd-Skillingaryds', 12, measure))).toEqual(['Vaggeryd-', 'Skillingaryd', 's']);
    expect(texts(wrapLine('abcdefghij', 4, measure))).toEqual(['abcd', 'efgh', 'ij']);
    expect(texts(wrapLine('👍🏽👍🏽👍🏽', 2, (text) => [...new Intl.Segmenter().segment(text)].length))).toEqual(['👍🏽👍🏽', '👍🏽']);
  });

  it('loses no character, whatever the width', () => {
    const line = 'Förskolor och skolor i hela kommunen – även på landsbygden – är en förutsättning för tillväxt.';
    for (const width of [1, 5, 13, 40, 200]) {
      const lines = wrapLine(line, width, measure);
      expect(
        lines
          .map((part) => part.text)
          .join('')
          .replace(/\s/g, ''),
      ).toBe(line.replace(/\s/g, ''));
      for (const part of lines) expect(part.width <= width || [...part.text].length === 1, part.text).toBe(true);
    }
  });
});
