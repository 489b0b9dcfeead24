import { unzipSync, type UnzipFileInfo } from 'fflate';

export type ZipEntry = UnzipFileInfo;

/** The entries a zip's central directory lists, in its order, without unpacking any; null when the bytes are no zip. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
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
