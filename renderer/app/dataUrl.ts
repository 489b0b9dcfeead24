import type { Logo } from '../../shared/attachment/logo';

/** The image as a data URL for the preview: no object URL to revoke, and allowed by the app's image policy. */
export function dataUrlOf(logo: Pick<Logo, 'mediaType' | 'bytes'>): string {
  let binary = '';
  for (let start = 0; start < logo.bytes.length; start += 0x8000)
    binary += String.fromCharCode(...logo.bytes.subarray(start, start + 0x8000));
  return `data:${logo.mediaType};base64,${btoa(binary)}`;
}
