/**
 * shared/'s own view of pdfkit for its type check: @types/pdfkit pulls in Node's globals, which shared/ must not
 * see. attachmentPdf.ts types the part of pdfkit it uses itself; the root type check still sees @types/pdfkit.
 */
declare const PDFDocument: unknown;
export default PDFDocument;
