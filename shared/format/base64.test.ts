import { describe, expect, it } from 'vitest';
import { bytesFromBase64 } from './base64';

describe('bytesFromBase64', () => {
  it('reads standard base64 with and without padding', () => {
    expect(Array.from(bytesFromBase64('AQID+g==')!)).toEqual([1, 2, 3, 250]);
    expect(Array.from(bytesFromBase64('AQID')!)).toEqual([1, 2, 3]);
    expect(Array.from(bytesFromBase64('/w8=')!)).toEqual([255, 15]);
    expect(bytesFromBase64('')?.byteLength).toBe(0);
  });

  it('refuses anything else: line breaks, URL-safe letters, missing padding, stray characters', () => {
    for (const text of ['AQID\n+g==', 'AQID-g==', 'AQID+g', 'AQ=D', 'AQID+g==AA', ' AQID', 'AQID+g=='.replace('=', '%')])
      expect(bytesFromBase64(text), text).toBeNull();
  });
});
