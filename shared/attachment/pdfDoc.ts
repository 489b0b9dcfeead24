/**
 * The parts of pdfkit's document the PDF writers use, typed here so that shared/ needs no Node type definitions.
 * pdfkit's own option objects stay `object`: the writers pass only options documented for pdfkit 0.20.
 */

/** A structure element (H1, P, Table, Figure …) in the tagged PDF's structure tree. */
export interface StructElement {
  add(child: StructElement | (() => void)): StructElement;
  end(): void;
  dictionary: { data: Record<string, unknown> };
}

export interface OutlineItem {
  addItem(title: string, options?: object): OutlineItem;
}

/** The part of fontkit's font (inside pdfkit) the writers use: glyph coverage, and layout, whose direction we set. */
export interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: 'ltr' | 'rtl'): GlyphRun;
  malsamtalBidi?: true;
}

export interface GlyphRun {
  glyphs: Array<{ codePoints: number[] }>;
  positions: unknown[];
}

export interface PdfDoc {
  page: {
    width: number;
    height: number;
    margins: { top: number; bottom: number; left: number; right: number };
    dictionary: unknown;
  };
  x: number;
  y: number;
  _font: { font: FontkitFont; ascender: number; descender: number };
  info: Record<string, unknown>;
  outline: OutlineItem;
  _addInfo(): void;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: unknown) => void): void;
  registerFont(name: string, bytes: Uint8Array): PdfDoc;
  font(name: string): PdfDoc;
  fontSize(size: number): PdfDoc;
  fillColor(color: string): PdfDoc;
  strokeColor(color: string): PdfDoc;
  lineWidth(width: number): PdfDoc;
  text(text: string, x?: number, y?: number, options?: object): PdfDoc;
  widthOfString(text: string, options?: object): number;
  currentLineHeight(includeGap?: boolean): number;
  moveTo(x: number, y: number): PdfDoc;
  lineTo(x: number, y: number): PdfDoc;
  stroke(): PdfDoc;
  rect(x: number, y: number, width: number, height: number): PdfDoc;
  fill(color: string): PdfDoc;
  circle(x: number, y: number, radius: number): PdfDoc;
  image(source: ArrayBuffer | PdfImage, x: number, y: number, options?: object): PdfDoc;
  openImage(source: ArrayBuffer): PdfImage;
  struct(type: string, options?: (() => void) | object, children?: () => void): StructElement;
  addStructure(element: StructElement): PdfDoc;
  markContent(tag: string, options?: object): PdfDoc;
  endMarkedContent(): PdfDoc;
  appendXML(xml: string): void;
  addContent(content: string): PdfDoc;
  bufferedPageRange(): { start: number; count: number };
  switchToPage(index: number): PdfDoc;
  /** A new page, with the marked content open at the break (a paragraph's, an artifact's) continued on it. */
  continueOnNewPage(): PdfDoc;
  end(): void;
}

/** An image pdfkit has read; a PNG keeps its reader, whose pixels it asks for when it embeds the image. */
export interface PdfImage {
  width: number;
  height: number;
  image?: { decodePixels: (use: (pixels: Uint8Array) => void) => void } | null;
}

export type PdfDocConstructor = new (options: object) => PdfDoc;
