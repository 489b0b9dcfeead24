// `node build/scripts/font-coverage.mjs`: writes shared/attachment/fontCoverage.ts, the code points each PDF font draws,
// so the export screen can name the characters no font has without loading the fonts. Run it after a font changes;
// shared/attachment/fontCoverage.test.ts fails until then.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create } from 'fontkit';
import { format, resolveConfig } from 'prettier';
import { projectRoot, withTypeScriptModule } from './importTypeScript.mjs';

const require = createRequire(import.meta.url);

/** The font's code points as sorted, inclusive ranges written flat: [first, last, first, last, …]. */
export function coverageRanges(bytes) {
  const codePoints = [...create(bytes).characterSet].sort((a, b) => a - b);
  const flat = [];
  for (const codePoint of codePoints) {
    if (flat.length > 0 && flat[flat.length - 1] === codePoint - 1) flat[flat.length - 1] = codePoint;
    else flat.push(codePoint, codePoint);
  }
  return flat;
}

const { pdfFontFiles } = await withTypeScriptModule('shared/attachment/pdfFontFiles.ts', (module) => module);
const ranges = (file) => coverageRanges(readFileSync(require.resolve(file, { paths: [projectRoot] })));
const source = `// Written by build/scripts/font-coverage.mjs from the fonts in pdfFontFiles.ts; do not edit by hand.

/** The code points each PDF font draws, as sorted inclusive ranges written flat: [first, last, first, last, …]. */
export const fontCoverage = {
  regular: ${JSON.stringify(ranges(pdfFontFiles.regular))},
  fallbacks: [${pdfFontFiles.fallbacks.map((file) => JSON.stringify(ranges(file))).join(', ')}],
};
`;
const target = path.join(projectRoot, 'shared/attachment/fontCoverage.ts');
writeFileSync(target, await format(source, { filepath: target, ...(await resolveConfig(target)) }));
console.log(target);
