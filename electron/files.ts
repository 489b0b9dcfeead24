import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Writes to a temporary file beside the target, flushes it to disk, then renames it into place. */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    // A full disk or a refused rename leaves the old file as it was, and no half-written copy beside it.
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Reads a whole file unless it is larger than the limit, checked before reading and while reading (a file may grow). */
export async function readFileUpTo(file: string, maxBytes: number): Promise<{ bytes: Uint8Array<ArrayBuffer> } | { tooLarge: true }> {
  const handle = await open(file, 'r');
  try {
    if ((await handle.stat()).size > maxBytes) return { tooLarge: true };
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const chunk = new Uint8Array(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { tooLarge: true };
      chunks.push(chunk.subarray(0, bytesRead));
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return { bytes };
  } finally {
    await handle.close();
  }
}
