/** Far more levels than any file of ours has (a backup reaches about a dozen); deeper text is refused before parsing. */
export const MAX_JSON_DEPTH = 64;

/** Whether JSON text nests objects and arrays deeper than `max`, found by counting brackets outside strings. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return false;
}

/** Keys that no file of ours contains; in a parsed object they could reach its prototype. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonTextResult = { ok: true; value: unknown; forbiddenKey: string | null } | { ok: false; code: 'notJson' | 'tooDeep' };

/**
 * A file's JSON, the same way for every format we read. Never throws: text nested too deeply for the parser's and the
 * checks' recursion is refused as such (not as broken JSON), and a forbidden key is dropped and named for the caller.
 */
export function parseJsonText(text: string): JsonTextResult {
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return { ok: false, code: 'tooDeep' };
  let forbiddenKey: string | null = null;
  try {
    const value: unknown = JSON.parse(text, (key, nested: unknown) => {
      if (!forbiddenKeys.has(key)) return nested;
      forbiddenKey ??= key;
      return undefined;
    });
    return { ok: true, value, forbiddenKey };
  } catch {
    return { ok: false, code: 'notJson' };
  }
}
