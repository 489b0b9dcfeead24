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

  it('calls the round of views a synpunktsrunda, never a röstrunda: a röst belongs to an omröstning (docs/glossary.md)', () => {
    expect([...swedish].filter(([, text]) => /röstrund/i.test(text))).toEqual([]);
    expect(messagesFor('sv').viewRound.title('Mål 1')).toBe('Synpunktsrunda – Mål 1');
  });
});

/**
 * The Swedish the English catalog may keep (docs/glossary.md), each for a reason: the app's name; a body's name shown as
 * an example; the glossary's English "remiss package" for remisspaket, the file the user holds; a Swedish term or fixed
 * phrase quoted, as the reader meets it on a Swedish document; a body kind's Swedish name in brackets after its English one.
 */
const allowedSwedish = [
  /Målsamtal/g,
  /Barn- och utbildningsnämnden/g,
  /\bremiss packages?\b/gi,
  /“[^”]*”/g,
  /\((?:nämnd|styrelse|utskott or beredning)\)/g,
];
const swedish =
  /[åäö]|\b(?:och|att|inte|det|som|för|med|till|av|den|ett|eller|har|kan|ska|vid|utan|ingen|inga|finns|mötet|nämnd|nämnden|styrelse|remiss|remissen|bilaga|sammanträde|justerare|protokoll|betyg|sida)\b/i;

function swedishIn(text: string): string | null {
  const rest = allowedSwedish.reduce((left, allowed) => left.replace(allowed, ' '), text);
  return swedish.exec(rest)?.[0] ?? null;
}

describe('the English catalog', () => {
  it('finds Swedish letters and words outside what is allowed', () => {
    expect(swedishIn('Tillbaka till mötet')).toBe('till');
    expect(swedishIn('Justerare: Jan Ek')).toBe('Justerare');
    expect(swedishIn('Målsamtal cannot open “Ingen överenskommen kommentar.”')).toBeNull();
    expect(swedishIn('Board (nämnd) of Barn- och utbildningsnämnden')).toBeNull();
  });

  it('contains no Swedish except names and quoted terms', () => {
    const found = [...leaves(messagesFor('en'))].flatMap(([path, text]) => {
      const word = swedishIn(text);
      return word ? [`${path}: ${word}`] : [];
    });
    expect(found).toEqual([]);
  });
});

describe('formatCalendarDate', () => {
  it('writes a date as Swedish protocols do, 2020-09-15, in both languages', () => {
    expect(formatCalendarDate('2020-09-15', 'sv')).toBe('2020-09-15');
    expect(formatCalendarDate('2020-09-15', 'en')).toBe('2020-09-15');
  });

  it('keeps the calendar date whatever the time zone, on the first and last day of a year', () => {
    expect(formatCalendarDate('2021-01-01', 'sv')).toBe('2021-01-01');
    expect(formatCalendarDate('2020-12-31', 'en')).toBe('2020-12-31');
  });

  it('gives back a date no calendar has as it is written, rather than throwing or moving it to another day', () => {
    expect(formatCalendarDate('2020-13-01', 'sv')).toBe('2020-13-01');
    expect(formatCalendarDate('2023-02-31', 'sv')).toBe('2023-02-31');
    expect(formatCalendarDate('2024-02-29', 'sv')).toBe('2024-02-29');
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
