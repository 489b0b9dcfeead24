import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnsafeCharacters } from '../format/safeText';
import { MAX_MAILTO_LENGTH, MAX_MAILTO_RECIPIENTS, mailtoLink, safeMailtoLink } from './mailto';

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

describe('safeMailtoLink', () => {
  const ours = mailtoLink(
    ['kommunstyrelsen@vaggeryd.se', 'a.b@vaggeryd.se'],
    'Justerad protokollsbilaga: BUN – KS 2019/160',
    'Hej!\n\nRad två',
  );

  it('passes the app’s own link on as it is', () => {
    expect(safeMailtoLink(ours)).toBe(ours);
  });

  it.each([
    ['an attachment', `${ours}&attach=C:\\Users\\sekr\\Documents\\hemligt.docx`],
    ['an attachment under its other name', `${ours}&attachment=%2Fetc%2Fpasswd`],
    ['an attachment in capitals', `${ours}&ATTACH=file:///etc/shadow`],
    ['a copy', `${ours}&cc=granskare@example.org`],
    ['a blind copy', `${ours}&bcc=spion@example.org`],
    ['a further recipient', `${ours}&to=spion@example.org`],
    ['a header of its own', `${ours}&X-Mailer=evil&In-Reply-To=%3Cx%3E`],
  ])('drops %s', (_, hostile) => {
    expect(safeMailtoLink(hostile)).toBe(ours);
  });

  it('passes on every address of every route a package may name', () => {
    const all = Array.from({ length: MAX_MAILTO_RECIPIENTS }, (_, index) => `n${index}@b.se`);
    expect(safeMailtoLink(mailtoLink(all, 'Svar', ''))).toBe(mailtoLink(all, 'Svar', ''));
  });

  it('keeps the first subject and body when a link repeats them', () => {
    const link = safeMailtoLink('mailto:a@b.se?subject=Ett&subject=Tv%C3%A5&body=Tre&body=Fyra');
    expect(link).toBe(mailtoLink(['a@b.se'], 'Ett', 'Tre'));
  });

  it('reads a second question mark as part of the subject, and encodes it so no program reads a field there', () => {
    const link = safeMailtoLink('mailto:a@b.se?subject=Svar?attach=/etc/passwd&body=x?cc=c@d.se');
    expect(link).toBe('mailto:a%40b.se?subject=Svar%3Fattach%3D%2Fetc%2Fpasswd&body=x%3Fcc%3Dc%40d.se');
    expect(new URL(link!).search.split('&')).toHaveLength(2);
  });

  it('turns line breaks in the subject into spaces, so no header can be added through it', () => {
    const link = safeMailtoLink(
      'mailto:a@b.se?subject=Svar%0D%0ABcc:%20spion@example.org%0AX:%00y&body=Rad%0Aett%0D%0Atv%C3%A5%0Dtre%00%07',
    );
    expect(link).toBe(mailtoLink(['a@b.se'], 'Svar Bcc: spion@example.org X:y', 'Rad\nett\ntvå\ntre'));
    expect(link).not.toMatch(/subject=[^&]*%0[AD]/i);
  });

  it.each([
    ['another scheme', 'https://example.org/?subject=x'],
    ['a file', 'file:///etc/passwd'],
    ['a scheme in disguise', 'mailto:javascript:alert(1)'],
    ['a host', 'mailto://example.org/a@b.se'],
    ['no recipient', 'mailto:?subject=x'],
    ['a path as recipient', 'mailto:/etc/passwd'],
    ['a Windows path as recipient', 'mailto:C:%5CUsers%5Csekr%5Ca@b.se'],
    ['a recipient with a line break', 'mailto:a@b.se%0D%0ABcc:spion@example.org'],
    ['a recipient hiding a field', 'mailto:a%3Fattach%3D%2Fetc%2Fpasswd@b.se'],
    ['a recipient hiding a second one', 'mailto:a@b.se%2Cspion@example.org%3Bc@d.se'],
    ['a recipient with a display name', 'mailto:Spion%20%3Cspion@example.org%3E'],
    ['a recipient without a domain', 'mailto:a@b'],
    ['two at-signs', 'mailto:a@b@c.se'],
    ['an empty recipient in the list', 'mailto:a@b.se,,c@d.se'],
    ['a broken encoding', 'mailto:a@b.se?subject=%E0%A4%A'],
    ['a broken encoding in a dropped field', 'mailto:a@b.se?attach=%ZZ'],
    [
      'more recipients than a remiss has',
      `mailto:${Array.from({ length: MAX_MAILTO_RECIPIENTS + 1 }, (_, index) => `n${index}@b.se`).join(',')}`,
    ],
    ['a link too long for a command line', `mailto:a@b.se?body=${'x'.repeat(MAX_MAILTO_LENGTH)}`],
    ['a link that grows too long when encoded again', `mailto:a@b.se?body=${'['.repeat(MAX_MAILTO_LENGTH / 2)}`],
    ['nothing', ''],
  ])('refuses %s', (_, hostile) => {
    expect(safeMailtoLink(hostile)).toBeNull();
  });

  it('returns only mailto: links with plain addresses and at most a subject and a body, whatever comes in', () => {
    const pieces = [
      'mailto:',
      'a@b.se',
      ',',
      '?',
      '&',
      '=',
      'subject',
      'body',
      'attach',
      'cc',
      '%0D%0A',
      '%3F',
      '%26',
      '\r\n',
      '#',
      ' ',
      'å',
    ];
    for (const first of pieces)
      for (const second of pieces)
        for (const third of pieces) {
          const link = safeMailtoLink(`mailto:a@b.se${first}${second}${third}`);
          if (link === null) continue;
          const [recipients, query] = link.slice('mailto:'.length).split('?');
          expect(decodeURIComponent(recipients!)).toMatch(/^[^\s?&=#%]+$/);
          expect(query!.split('&').map((field) => field.split('=')[0])).toEqual(['subject', 'body']);
        }
  });
});
