import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zlibSync } from 'fflate';
import { LOGO_LIMITS, logoBox, pngPixels, readLogo, validLogoAltText } from './logo';

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures', name)));

describe('a letterhead logo', () => {
  it('is told by its first bytes: a PNG with transparency and a JPEG, each with its pixel size', () => {
    expect(readLogo(fixture('logo.png'))).toEqual({ ok: true, value: { mediaType: 'image/png', width: 240, height: 80 } });
    expect(readLogo(fixture('logo.jpg'))).toEqual({ ok: true, value: { mediaType: 'image/jpeg', width: 240, height: 80 } });
  });

  it('refuses a file that only has an image’s name, a damaged header, and anything over the limit', () => {
    expect(readLogo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      ok: false,
      issue: { code: 'logoNotImage' },
    });
    expect(readLogo(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]))).toEqual({
      ok: false,
      issue: { code: 'logoNotImage' },
    });
    expect(readLogo(fixture('logo.png').slice(0, 20))).toEqual({ ok: false, issue: { code: 'logoDamaged' } });
    expect(readLogo(fixture('logo.jpg').slice(0, 30))).toEqual({ ok: false, issue: { code: 'logoDamaged' } });
    const huge = new Uint8Array(LOGO_LIMITS.bytes + 1);
    huge.set(fixture('logo.png'));
    expect(readLogo(huge)).toEqual({ ok: false, issue: { code: 'logoTooLarge', maxBytes: LOGO_LIMITS.bytes } });
    const atLimit = new Uint8Array(LOGO_LIMITS.bytes);
    atLimit.set(fixture('logo.png'));
    expect(readLogo(atLimit).ok).toBe(true);
  });

  it('refuses an interlaced PNG, which its pixels could not be read from at once', () => {
    const interlaced = fixture('logo.png');
    interlaced[28] = 1;
    expect(readLogo(interlaced)).toEqual({ ok: false, issue: { code: 'logoInterlaced' } });
  });

  it('reads a PNG’s pixels with every scanline filter undone', () => {
    const [width, height, step] = [7, 5, 4];
    const raw = Uint8Array.from({ length: width * height * step }, (_, index) => (index * 97 + (index >> 3) * 31) & 0xff);
    const rowBytes = width * step;
    const at = (row: number, index: number) => (row < 0 || index < 0 ? 0 : raw[row * rowBytes + index]!);
    const paeth = (left: number, up: number, upLeft: number) => {
      const estimate = left + up - upLeft;
      const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
      return a <= b && a <= c ? left : b <= c ? up : upLeft;
    };
    // Row r uses filter r: none, sub, up, average, Paeth.
    const filtered = Array.from({ length: height }, (_, row) => [
      row,
      ...Array.from({ length: rowBytes }, (_, index) => {
        const [left, up, upLeft] = [at(row, index - step), at(row - 1, index), at(row - 1, index - step)];
        const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][row]!;
        return (at(row, index) - predicted) & 0xff;
      }),
    ]).flat();
    const chunk = (type: string, data: Uint8Array) => {
      const out = new Uint8Array(12 + data.length);
      new DataView(out.buffer).setUint32(0, data.length);
      out.set(new TextEncoder().encode(type), 4);
      out.set(data, 8);
      return out;
    };
    const header = new Uint8Array(13);
    new DataView(header.buffer).setUint32(0, width);
    new DataView(header.buffer).setUint32(4, height);
    header.set([8, 6, 0, 0, 0], 8);
    const png = new Uint8Array([
      ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      ...chunk('IHDR', header),
      ...chunk('IDAT', zlibSync(Uint8Array.from(filtered))),
      ...chunk('IEND', new Uint8Array()),
    ]);
    expect(Array.from(pngPixels(png))).toEqual(Array.from(raw));
    expect(readLogo(png)).toEqual({ ok: true, value: { mediaType: 'image/png', width, height } });
    expect(pngPixels(fixture('logo.png'))).toHaveLength(240 * 80 * 4);
  });

  it('needs an alt text of one line within the limit', () => {
    expect(validLogoAltText('  Vaggeryds   kommuns logotyp ')).toBe('Vaggeryds kommuns logotyp');
    expect(validLogoAltText(' \n ')).toBeNull();
    expect(validLogoAltText('å'.repeat(LOGO_LIMITS.altText))).toHaveLength(LOGO_LIMITS.altText);
    expect(validLogoAltText('å'.repeat(LOGO_LIMITS.altText + 1))).toBeNull();
  });

  it('fits the page’s box keeping its aspect', () => {
    expect(logoBox({ width: 240, height: 80 }, 150, 40)).toEqual({ width: 120, height: 40 });
    expect(logoBox({ width: 600, height: 100 }, 150, 40)).toEqual({ width: 150, height: 25 });
  });
});
