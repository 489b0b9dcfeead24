/** Nesting deeper than any request of the contract; a deeper payload is refused rather than walked. */
const MAX_DEPTH = 16;
/** What a number, a boolean or an empty value weighs, about as much as V8 gives it. */
const SCALAR_BYTES = 8;

/**
 * Whether a payload that arrived over IPC weighs at most `maxBytes`, told without building anything from it: binary
 * data by its length, text at two bytes a character, containers by what they hold. The walk stops as soon as the
 * limit is passed, so a huge payload costs little more than a small one.
 */
export function isPayloadWithin(payload: unknown, maxBytes: number): boolean {
  let total = 0;
  const pending: Array<{ value: unknown; depth: number }> = [{ value: payload, depth: 0 }];
  const add = (bytes: number): boolean => (total += bytes) <= maxBytes;
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (depth > MAX_DEPTH) return false;
    if (typeof value === 'string') {
      if (!add(value.length * 2)) return false;
    } else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
      if (!add(value.byteLength)) return false;
    } else if (value instanceof Map || value instanceof Set) {
      if (!add(value.size * SCALAR_BYTES)) return false;
      for (const entry of value instanceof Map ? value : value.values()) pending.push({ value: entry, depth: depth + 1 });
    } else if (Array.isArray(value)) {
      if (!add(value.length * SCALAR_BYTES)) return false;
      for (const item of value) pending.push({ value: item, depth: depth + 1 });
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (!add(key.length * 2)) return false;
        pending.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
      }
    } else if (!add(SCALAR_BYTES)) return false;
  }
  return true;
}
