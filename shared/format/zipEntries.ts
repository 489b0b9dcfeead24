import { unzipSync, type UnzipFileInfo } from 'fflate';

export type ZipEntry = UnzipFileInfo;

const END_OF_DIRECTORY = 0x06054b50;
const END_RECORD_BYTES = 22;
/** The end record may be followed by a comment of at most this length. */
const MAX_COMMENT_BYTES = 0xffff;

/**
 * Whether the zip's end record, the last one in the file, ends it exactly (with its comment). A zip cut short, whose own
 * end is gone, would otherwise be read by the end record of a zip stored inside it, such as a Word document.
 */
function endsWhole(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.byteLength - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  for (let at = bytes.byteLength - END_RECORD_BYTES; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at + END_RECORD_BYTES + view.getUint16(at + 20, true) === bytes.byteLength;
  }
  return false;
}

/** The entries a zip's central directory lists, in its order, without unpacking any; null when the bytes are no zip. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (!endsWhole(bytes)) return null;
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push(entry);
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

/**
 * Unpacks the named entries only; null when the zip is damaged. Each entry unpacks into a buffer of the size the
 * directory declares and no larger, so a directory that lies about a size yields short bytes, never a flood of them.
 */
export function unpackZipEntries(bytes: Uint8Array, names: ReadonlySet<string>): Map<string, Uint8Array> | null {
  try {
    return new Map(Object.entries(unzipSync(bytes, { filter: (entry) => names.has(entry.name) })));
  } catch {
    return null;
  }
}

/** Local file header's signature: "PK\x03\x04". */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
