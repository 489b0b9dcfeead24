import { unzlibSync } from 'fflate';
import { LOGO_LIMITS, type Logo } from './logoProfile';

export { LOGO_LIMITS, logoMediaTypes, validLogoAltText, type Logo, type LogoMediaType } from './logoProfile';

export type LogoIssue =
  { code: 'logoTooLarge'; maxBytes: number } | { code: 'logoNotImage' } | { code: 'logoDamaged' } | { code: 'logoInterlaced' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);
const u16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const u32 = (bytes: Uint8Array, at: number) => u16(bytes, at) * 0x10000 + u16(bytes, at + 2);

/** A PNG's header from its IHDR chunk, which the format puts first. */
function pngHeader(bytes: Uint8Array): { width: number; height: number; bits: number; colorType: number; interlaced: boolean } | null {
  if (bytes.length < 29 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: u32(bytes, 16), height: u32(bytes, 20), bits: bytes[24]!, colorType: bytes[25]!, interlaced: bytes[28] === 1 };
}

const channelsOf: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * A PNG's pixels, unfiltered, one scanline after another, as pdfkit's PNG reader hands them on: read here at once,
 * because that reader inflates through fflate's worker, which the app's Content-Security-Policy (worker-src 'self')
 * does not allow, and the PDF would never be finished. Only for the non-interlaced PNGs readLogo takes.
 */
export function pngPixels(bytes: Uint8Array): Uint8Array {
  const header = pngHeader(bytes);
  if (!header || header.interlaced) throw new Error('Not a non-interlaced PNG');
  const parts: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = u32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const compressed = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (compressed.set(part, offset), offset + part.length), 0);
  const data = unzlibSync(compressed);
  const bitsPerPixel = header.bits * (channelsOf[header.colorType] ?? 1);
  const step = Math.max(1, bitsPerPixel / 8);
  const rowBytes = Math.ceil((header.width * bitsPerPixel) / 8);
  const pixels = new Uint8Array(rowBytes * header.height);
  for (let row = 0; row < header.height; row += 1) {
    const filter = data[row * (rowBytes + 1)];
    const source = row * (rowBytes + 1) + 1;
    const out = row * rowBytes;
    for (let index = 0; index < rowBytes; index += 1) {
      const raw = data[source + index] ?? 0;
      const left = index >= step ? pixels[out + index - step]! : 0;
      const up = row > 0 ? pixels[out - rowBytes + index]! : 0;
      const upLeft = row > 0 && index >= step ? pixels[out - rowBytes + index - step]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const estimate = left + up - upLeft;
        const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        predicted = toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
      }
      pixels[out + index] = (raw + predicted) & 0xff;
    }
  }
  return pixels;
}

/** A JPEG's size from its start-of-frame segment, found by walking the segments from the start. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // SOF0–SOF15, save DHT (C4), JPG (C8) and DAC (CC), carry the frame's height and width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    at += 2 + u16(bytes, at + 2);
  }
  return null;
}

/**
 * What a chosen file is as a logo, told by its first bytes (never by its name): a PNG or JPEG and its size, or why it
 * cannot be one. The size limit is checked first, so a wrongly chosen large file is refused without being read further.
 */
export function readLogo(
  bytes: Uint8Array,
): { ok: true; value: Pick<Logo, 'mediaType' | 'width' | 'height'> } | { ok: false; issue: LogoIssue } {
  if (bytes.byteLength > LOGO_LIMITS.bytes) return { ok: false, issue: { code: 'logoTooLarge', maxBytes: LOGO_LIMITS.bytes } };
  const kind = startsWith(bytes, PNG_SIGNATURE) ? 'image/png' : startsWith(bytes, [0xff, 0xd8, 0xff]) ? 'image/jpeg' : null;
  if (kind === null) return { ok: false, issue: { code: 'logoNotImage' } };
  const header = kind === 'image/png' ? pngHeader(bytes) : null;
  if (header?.interlaced) return { ok: false, issue: { code: 'logoInterlaced' } };
  const size = kind === 'image/png' ? header : jpegSize(bytes);
  if (!size || size.width < 1 || size.height < 1 || size.width > LOGO_LIMITS.pixels || size.height > LOGO_LIMITS.pixels)
    return { ok: false, issue: { code: 'logoDamaged' } };
  if (kind === 'image/png') {
    try {
      pngPixels(bytes);
    } catch {
      return { ok: false, issue: { code: 'logoDamaged' } };
    }
  }
  return { ok: true, value: { mediaType: kind, width: size.width, height: size.height } };
}

/** The logo's size on the page, in points: within the box, its aspect kept. */
export function logoBox(logo: Pick<Logo, 'width' | 'height'>, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height);
  return { width: logo.width * scale, height: logo.height * scale };
}
