import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontCoverage } from '../../shared/attachment/fontCoverage';
import { coverageOfRanges } from '../../shared/attachment/pdfCharacters';
import { pdfFontFiles } from '../../shared/attachment/pdfFontFiles';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(import.meta.dirname, '../..');
const codePointsOf = (file: string) => new Set(create(readFileSync(require.resolve(file, { paths: [projectRoot] }))).characterSet);

const expanded = (flat: readonly number[]) => {
  const codePoints = new Set<number>();
  for (let index = 0; index < flat.length; index += 2)
    for (let code = flat[index]!; code <= flat[index + 1]!; code += 1) codePoints.add(code);
  return codePoints;
};

describe('the PDF fonts’ coverage table', () => {
  it('lists exactly the code points each bundled font draws (after a font changes: node build/scripts/font-coverage.mjs)', () => {
    expect(expanded(fontCoverage.regular)).toEqual(codePointsOf(pdfFontFiles.regular));
    expect(fontCoverage.fallbacks).toHaveLength(pdfFontFiles.fallbacks.length);
    pdfFontFiles.fallbacks.forEach((file, index) => expect(expanded(fontCoverage.fallbacks[index]!), file).toEqual(codePointsOf(file)));
  });

  it('answers by search what the fonts say, at the ranges’ edges too', () => {
    const regular = coverageOfRanges(fontCoverage.regular);
    const font = create(readFileSync(require.resolve(pdfFontFiles.regular, { paths: [projectRoot] })));
    for (const codePoint of [0x20, 0x7e, 0x7f, 0xe5, 0x5d0, 0x627, 0x1f44d, 0x4e2d, 0x10ffff])
      expect(regular(codePoint), codePoint.toString(16)).toBe(font.hasGlyphForCodePoint(codePoint));
  });
});
