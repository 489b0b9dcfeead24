import { tidyLine } from '../format/safeText';

// What a body profile holds of its logo and its limits, apart from reading the image's bytes (logo.ts, which inflates
// a PNG with fflate): the profile is checked on the start screen's path, the image is read only where a logo is chosen
// or drawn.

/** The image types a letterhead logo may be: what PDF/A and Word both embed as they are. */
export const logoMediaTypes = ['image/png', 'image/jpeg'] as const;
export type LogoMediaType = (typeof logoMediaTypes)[number];

/** A logo for the letterhead, kept in the body profile on this computer. */
export interface Logo {
  mediaType: LogoMediaType;
  bytes: Uint8Array<ArrayBuffer>;
  /** Pixel size as the file says, for the aspect ratio on the page. */
  width: number;
  height: number;
  /** What a screen reader says for the image, e.g. "Vaggeryds kommuns logotyp". */
  altText: string;
}

export const LOGO_LIMITS = {
  /** A letterhead logo is a few tens of kilobytes; a megabyte leaves room for a photo-like one, not for a camera's picture. */
  bytes: 1024 * 1024,
  altText: 200,
  /** Beyond this a file claims a size no logo has: a damaged or crafted header. */
  pixels: 20_000,
} as const;

/** The alt text tidied to one line; null when empty or too long, for the form to say so. */
export function validLogoAltText(text: string): string | null {
  const tidy = tidyLine(text);
  return tidy === '' || [...tidy].length > LOGO_LIMITS.altText ? null : tidy;
}
