import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters } from '../format/safeText';
import { mailtoLink } from './mailto';

describe('mailtoLink', () => {
  it('encodes recipients, a Swedish subject and a multi-line body so any mail program reads them back', () => {
    const link = mailtoLink(['kommunstyrelsen@vaggeryd.se', ' a.b@vaggeryd.se '], 'Justerat: § 45 & bilaga?', 'Hej!\n\nRad två');
    expect(link).toBe(
      'mailto:kommunstyrelsen%40vaggeryd.se,a.b%40vaggeryd.se?subject=Justerat%3A%20%C2%A7%2045%20%26%20bilaga%3F&body=Hej!%0D%0A%0D%0ARad%20tv%C3%A5',
    );
    const url = new URL(link);
    expect(url.searchParams.get('subject')).toBe('Justerat: § 45 & bilaga?');
    expect(url.searchParams.get('body')).toBe('Hej!\r\n\r\nRad två');
  });

  it('carries no control character or half surrogate pair into the mail, and never throws on one', () => {
    const link = mailtoLink(['kansli@vaggeryd.se'], 'Bilaga\u0000 1', 'Nämnden\u000b anser \ud83d att\u0007 nivån bör höjas.\n\tSlut.');
    const url = new URL(link);
    expect(url.searchParams.get('subject')).toBe('Bilaga 1');
    expect(url.searchParams.get('body')).toBe('Nämnden anser \uFFFD att nivån bör höjas.\r\n\tSlut.');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (subject, body) => {
        const params = new URL(mailtoLink(['a@b.se'], subject, body)).searchParams;
        expect(hasUnsafeCharacters(`${params.get('subject')}${params.get('body')}`)).toBe(false);
      }),
    );
  }, 20_000); // fast-check takes seconds to prepare whole-UTF-16 strings, once per file
});
