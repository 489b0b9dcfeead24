import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters, withoutUnsafeCharacters, withoutUnsafeCharactersIn } from './safeText';

describe('characters no text of ours should carry', () => {
  it('are the C0 control characters but tab, line feed and carriage return, and lone halves of surrogate pairs', () => {
    expect(hasUnsafeCharacters('Rad ett\r\n\tRad två – å ä ö 😀')).toBe(false);
    for (const text of ['a\u0000b', 'a\u0008b', 'a\u000bb', 'a\u000cb', 'a\u001bb', 'a\u001fb', 'a\ud83d', '\udc00b', 'b\ude00\ud83d'])
      expect(hasUnsafeCharacters(text), JSON.stringify(text)).toBe(true);
  });

  it('are dropped, a lone half shown as U+FFFD, and everything else kept', () => {
    expect(withoutUnsafeCharacters('Nivån\u000b bör\u0000 höjas \ud83d😀\r\n\t.')).toBe('Nivån bör höjas \uFFFD😀\r\n\t.');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = withoutUnsafeCharacters(text);
        expect(hasUnsafeCharacters(safe)).toBe(false);
        expect(withoutUnsafeCharacters(safe)).toBe(safe);
        if (!hasUnsafeCharacters(text)) expect(safe).toBe(text);
      }),
    );
  }, 20_000); // fast-check takes seconds to prepare whole-UTF-16 strings, once per file

  it('are dropped from every string inside plain data, functions and numbers left as they are', () => {
    const pageOf = (page: number) => `Sida ${page}`;
    expect(withoutUnsafeCharactersIn({ title: 'A\u0000', list: ['b\u0007', 3, null], pageOf })).toEqual({
      title: 'A',
      list: ['b', 3, null],
      pageOf,
    });
  });
});
