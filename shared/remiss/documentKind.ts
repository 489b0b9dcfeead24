import { listZipEntries, looksLikeZip } from '../format/zipEntries';
import type { DocumentKind } from './remissPackage';

/** Readers accept the header anywhere in the first kilobyte; some producers put a few bytes before it. */
const PDF_HEADER_WINDOW = 1024;
/** A Word document unpacks to a few times its size (XML shrinks well); far beyond this it is a zip bomb, not a letter. */
const DOCX_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const DOCX_MAX_RATIO = 200;

function hasPdfHeader(bytes: Uint8Array): boolean {
  const window = bytes.subarray(0, PDF_HEADER_WINDOW);
  for (let index = 0; index + 5 <= window.length; index += 1) {
    if (
      window[index] === 0x25 &&
      window[index + 1] === 0x50 &&
      window[index + 2] === 0x44 &&
      window[index + 3] === 0x46 &&
      window[index + 4] === 0x2d
    )
      return true;
  }
  return false;
}

/** A .docx is a zip holding the main document part and the content types, within sane unpacked sizes. */
function isDocx(bytes: Uint8Array): boolean {
  const entries = listZipEntries(bytes);
  if (!entries) return false;
  const names = new Set(entries.map((entry) => entry.name));
  const unpacked = entries.reduce((total, entry) => total + entry.originalSize, 0);
  const ratioOk = entries.every((entry) => entry.originalSize <= Math.max(entry.size, 1) * DOCX_MAX_RATIO);
  return names.has('[Content_Types].xml') && names.has('word/document.xml') && unpacked <= DOCX_MAX_UNPACKED_BYTES && ratioOk;
}

/** What a file is by its content, not its name: a PDF, a Word document (.docx), or neither. */
export function documentKindOf(bytes: Uint8Array): DocumentKind | null {
  if (looksLikeZip(bytes)) return isDocx(bytes) ? 'docx' : null;
  return hasPdfHeader(bytes) ? 'pdf' : null;
}
