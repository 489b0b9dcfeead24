import fc from 'fast-check';

/** A way a file goes wrong on its way to the app: cut short, bytes flipped, text inserted, a value swapped. */
type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replaceValue'; path: number; value: unknown }
  | { kind: 'dropKey'; path: number }
  | { kind: 'addKey'; path: number; key: string; value: unknown };

const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'version', 'format', 'id', 'goals', '');
const hostileValues = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(null, -1, 0, 1e308, '', 'x'.repeat(10_000), [], {}, true, '2020-02-30', '<script>alert(1)</script>'),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('{', '}', '"', ',', '[', 'null', '\\u0000', '😀'),
  }),
  fc.record({ kind: fc.constant('replaceValue' as const), path: fc.nat(), value: hostileValues }),
  fc.record({ kind: fc.constant('dropKey' as const), path: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), path: fc.nat(), key: hostileKeys, value: hostileValues }),
);

/** Every object inside a parsed JSON value, in document order, so a mutation can pick one by number. */
function objectsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (value && typeof value === 'object') {
    if (!Array.isArray(value)) found.push(value as Record<string, unknown>);
    for (const nested of Object.values(value)) objectsIn(nested, found);
  }
  return found;
}

function apply(text: string, change: Mutation): string {
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, change.at % Math.max(1, text.length));
    case 'flip': {
      const at = change.at % Math.max(1, text.length);
      return text.slice(0, at) + change.char + text.slice(at + 1);
    }
    case 'insert': {
      const at = change.at % Math.max(1, text.length);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    default: {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return text;
      }
      const objects = objectsIn(value);
      const target = objects[change.path % Math.max(1, objects.length)];
      const keys = target ? Object.keys(target) : [];
      const key = keys[change.path % Math.max(1, keys.length)];
      if (!target) return text;
      if (change.kind === 'replaceValue' && key !== undefined) target[key] = change.value;
      if (change.kind === 'dropKey' && key !== undefined) delete target[key];
      // defineProperty, so a key like __proto__ lands in the file as text rather than changing the object's prototype.
      if (change.kind === 'addKey')
        Object.defineProperty(target, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
      return JSON.stringify(value);
    }
  }
}

/** A valid file's text with one to three mutations applied. */
export function mutatedFile(valid: string): fc.Arbitrary<string> {
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((changes) => changes.reduce(apply, valid));
}
