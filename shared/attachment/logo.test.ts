import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOGO_LIMITS, logoBox, readLogo, validLogoAltText } from './logo';

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
