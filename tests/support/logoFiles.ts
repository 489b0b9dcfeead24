import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logo } from '../../shared/attachment/logo';

/** The test logos: a PNG with transparency and a JPEG, both 240 × 80 pixels. */
export function aLogo(kind: 'png' | 'jpeg', altText = 'Vaggeryds kommuns logotyp'): Logo {
  // From the repository's root, where tests and `npm run export:sample` run: the sample script runs bundled elsewhere.
  const bytes = new Uint8Array(readFileSync(path.resolve(process.cwd(), 'tests/fixtures', `logo.${kind === 'png' ? 'png' : 'jpg'}`)));
  return { mediaType: kind === 'png' ? 'image/png' : 'image/jpeg', bytes, width: 240, height: 80, altText };
}

/** The images a PDF holds as poppler lists them: one row per image, a PNG's transparency as its own "smask" row. */
export function pdfImages(file: string): { type: string; width: number; height: number }[] {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .map((columns) => ({ type: columns[2]!, width: Number(columns[3]), height: Number(columns[4]) }));
}
