import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages, messagesFor, type Messages } from './messages';
import { formatCalendarDate } from './format';

/** Every leaf of a catalog, with functions called on a sample argument, as path → text. */
function leaves(node: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof node === 'string') found.set(path, node);
  else if (typeof node === 'function') found.set(path, String((node as (arg: unknown) => unknown)(3)));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      for (const [p, text] of leaves(value, path ? `${path}.${key}` : key)) found.set(p, text);
    }
  }
  return found;
}

describe('message catalogs', () => {
  const swedish = leaves(messagesFor('sv'));

  it.each(languages)('%s has every message that Swedish has, none empty', (language) => {
    const catalog = leaves(messagesFor(language) satisfies Messages);
    expect([...catalog.keys()].sort()).toEqual([...swedish.keys()].sort());
    for (const [path, text] of catalog) expect(text.trim(), path).not.toBe('');
  });

  it('speaks Swedish by default, with Swedish letters intact', () => {
    expect(messagesFor('sv').meetings.title).toBe('Möten');
    expect(messagesFor('sv').menu.undo).toBe('Ångra');
  });
});

describe('formatCalendarDate', () => {
  it('writes Swedish dates the Swedish way', () => {
    expect(formatCalendarDate('2020-09-15', 'sv')).toBe('15 september 2020');
  });

  it('writes English dates for English readers', () => {
    expect(formatCalendarDate('2020-09-15', 'en')).toBe('15 September 2020');
  });

  it('keeps the calendar date whatever the time zone, on the first and last day of a year', () => {
    expect(formatCalendarDate('2021-01-01', 'sv')).toBe('1 januari 2021');
    expect(formatCalendarDate('2020-12-31', 'sv')).toBe('31 december 2020');
  });

  it('gives back a date no calendar has as it is written, rather than throwing or moving it to another day', () => {
    expect(formatCalendarDate('2020-13-01', 'sv')).toBe('2020-13-01');
    expect(formatCalendarDate('2023-02-31', 'sv')).toBe('2023-02-31');
    expect(formatCalendarDate('2024-02-29', 'sv')).toBe('29 februari 2024');
    expect(formatCalendarDate('15 sept', 'en')).toBe('15 sept');
    expect(formatCalendarDate('', 'sv')).toBe('');
  });

  it('never throws, whatever text it is given', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('sv' as const, 'en' as const), (text, language) => {
        expect(typeof formatCalendarDate(text, language)).toBe('string');
      }),
    );
  });
});
