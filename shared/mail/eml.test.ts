import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEmlBytes } from '../../tests/support/parseEml';
import { buildEml } from './eml';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('an e-mail file', () => {
  it('carries recipients, a long Swedish subject, the text and the files byte for byte, as Python’s parser reads it', () => {
    const pdf = new Uint8Array(70_000).map((_, index) => (index * 31 + 7) % 256);
    const answer = new TextEncoder().encode('{"format":"malsamtal.remissvar","body":"Barn- och utbildningsnämnden"}\n');
    const subject =
      'Ojusterat protokoll: Barn- och utbildningsnämndens svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål (KS 2019/160)';
    const body = 'Hej!\n\nHär är Barn- och utbildningsnämndens svar – ”ojusterat”, § 45.\n\nMed vänlig hälsning\nÅsa Öberg';
    const eml = buildEml({
      to: ['camilla.wallinkupferberg@vaggeryd.se', ' registrator@vaggeryd.se'],
      subject,
      body,
      date: new Date('2020-09-15T18:00:00Z'),
      attachments: [
        { fileName: '2020-09-15 Barn- och utbildningsnämnden § 45 Bilaga 1 (ojusterat).pdf', contentType: 'application/pdf', bytes: pdf },
        { fileName: 'Svarsfil.msvar', contentType: 'application/json', bytes: answer },
      ],
    });
    const parsed = parseEmlBytes(eml);
    expect(parsed.to).toEqual(['camilla.wallinkupferberg@vaggeryd.se', 'registrator@vaggeryd.se']);
    expect(parsed.subject).toBe(subject);
    expect(parsed.unsent).toBe('1');
    expect(parsed.from).toBeNull();
    expect(parsed.date).toBe('Tue, 15 Sep 2020 18:00:00 +0000');
    expect(parsed.body?.replace(/\r\n/g, '\n').trimEnd()).toBe(body);
    expect(parsed.attachments).toEqual([
      {
        filename: '2020-09-15 Barn- och utbildningsnämnden § 45 Bilaga 1 (ojusterat).pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: sha256(pdf),
      },
      { filename: 'Svarsfil.msvar', contentType: 'application/json', size: answer.length, sha256: sha256(answer) },
    ]);
    expect(parsed.defects).toEqual([]);
    // RFC 5322's limit for any line; the base64 lines keep MIME's 76.
    expect(parsed.longestLine).toBeLessThanOrEqual(998);
    expect(
      new TextDecoder()
        .decode(eml)
        .split('\r\n')
        .filter((line) => /^[A-Za-z0-9+/=]{20,}$/.test(line))
        .every((line) => line.length <= 76),
    ).toBe(true);
  });

  it('names the sender when it is known, and carries a message with no attachment', () => {
    const parsed = parseEmlBytes(
      buildEml({ to: ['a@b.se'], from: 'kansli@vaggeryd.se', subject: 'Påminnelse', body: 'Text', date: new Date(0), attachments: [] }),
    );
    expect([parsed.from, parsed.subject, parsed.body?.trim(), parsed.attachments]).toEqual([
      'kansli@vaggeryd.se',
      'Påminnelse',
      'Text',
      [],
    ]);
  });
});
