import { describe, expect, it } from 'vitest';
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
});
