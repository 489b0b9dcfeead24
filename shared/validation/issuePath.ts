import type { z } from './zod';

/** A step into a file's JSON: an object's key or an array's index. */
export type PathSegment = string | number;

/** Where a schema problem is, as the file's own keys and indexes (zod may also report symbols, which files lack). */
export function issuePath(issue: z.core.$ZodIssue): PathSegment[] {
  return issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
}

/** The value at a path in parsed JSON, or undefined where the path leads nowhere (so a problem reads as "missing"). */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/** A file's bytes as text, refused before any parsing when too large or not UTF-8, the same for every format we read. */
export function fileText(bytes: Uint8Array, maxBytes: number): { ok: true; text: string } | { ok: false; code: 'tooLarge' | 'notUtf8' } {
  if (bytes.byteLength > maxBytes) return { ok: false, code: 'tooLarge' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, code: 'notUtf8' };
  }
}
