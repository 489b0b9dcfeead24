/**
 * Characters no text of ours should carry: the C0 control characters other than tab, line feed and carriage return
 * (NUL ends a string in C programs and mail tools, the others are invisible), and one half of a surrogate pair without
 * its other half, which is no character at all (UTF-8 cannot encode it; strict readers refuse it).
 */
// eslint-disable-next-line no-control-regex
const unsafeCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|\p{Cs}/gu;
// eslint-disable-next-line no-control-regex
const anyUnsafeCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|\p{Cs}/u;

export function hasUnsafeCharacters(text: string): boolean {
  return anyUnsafeCharacter.test(text);
}

/** The text with its control characters dropped and each lone surrogate shown as U+FFFD, as a browser would show it. */
export function withoutUnsafeCharacters(text: string): string {
  if (!hasUnsafeCharacters(text)) return text;
  return text.replace(unsafeCharacters, (found) => (found.charCodeAt(0) >= 0xd800 ? '\uFFFD' : ''));
}

/** A copy of plain data with every string in it, however deep, made safe; other values, functions too, stay as they are. */
export function withoutUnsafeCharactersIn<T>(value: T): T {
  if (typeof value === 'string') return withoutUnsafeCharacters(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutUnsafeCharactersIn(item)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutUnsafeCharactersIn(item)])) as T;
  return value;
}

/** A name as typed or pasted, made one clean line: unsafe characters dropped, white space collapsed, ends trimmed. */
export function tidyLine(text: string): string {
  return withoutUnsafeCharacters(text).replace(/\s+/g, ' ').trim();
}
