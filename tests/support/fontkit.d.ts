/** fontkit ships without typings; the few parts the font tests and the coverage generator read. */
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(bytes: Uint8Array): Font;
}
