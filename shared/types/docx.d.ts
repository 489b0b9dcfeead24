/**
 * shared/'s own view of docx for its type check: docx's typings pull in Node's globals, which shared/ must not see.
 * Loose on purpose: the root type check holds attachmentDocx.ts to docx's real types.
 */
export type ParagraphChild = object;
export declare class Document {
  constructor(options: object);
}
export declare class Paragraph {
  constructor(options: object);
}
export declare class TextRun {
  constructor(options: object);
}
export declare class Table {
  constructor(options: object);
}
export declare class TableRow {
  constructor(options: object);
}
export declare class TableCell {
  constructor(options: object);
}
export declare class ImageRun {
  constructor(options: object);
}
export declare class Header {
  constructor(options: object);
}
export declare class Footer {
  constructor(options: object);
}
export declare const AlignmentType: { readonly RIGHT: string };
export declare const BorderStyle: { readonly SINGLE: string; readonly NONE: string };
export declare const HeadingLevel: { readonly HEADING_1: string; readonly HEADING_2: string };
export declare const WidthType: { readonly PERCENTAGE: string };
export declare const ShadingType: { readonly CLEAR: string };
export declare const TableLayoutType: { readonly FIXED: string };
export declare const PageNumber: { readonly CURRENT: string; readonly TOTAL_PAGES: string };
export declare const Packer: { pack(document: Document, type: 'uint8array'): Promise<Uint8Array> };
