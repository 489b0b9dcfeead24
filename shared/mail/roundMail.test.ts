import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEmlBytes } from '../../tests/support/parseEml';
import { writePackageFile } from '../remiss/packageContainer';
import { packageFileName } from '../remiss/packageFile';
import { examplePackage } from '../remiss/examplePackage';
import { buildEml } from './eml';
import { reminderMail, sendOutMail } from './roundMail';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const social = { ...examplePackage.respondents[2]!, email: 'socialnamnden@vaggeryd.se' };

describe('the strategy office’s e-mails', () => {
  it('sends the package file, and the letter when the package holds one, to the body’s secretary', () => {
    const packageFile = {
      fileName: packageFileName(examplePackage),
      contentType: 'application/zip',
      bytes: writePackageFile(examplePackage, []),
    };
    const letter = {
      fileName: 'Intern remiss ambitionsnivå.pdf',
      contentType: 'application/pdf',
      bytes: new Uint8Array([37, 80, 68, 70, 45, 49]),
    };
    const withLetter = parseEmlBytes(buildEml(sendOutMail(examplePackage, social, packageFile, letter, new Date(0))));
    expect(withLetter.to).toEqual(['socialnamnden@vaggeryd.se']);
    expect(withLetter.subject).toBe(`Intern remiss KS 2019/160: ${examplePackage.title}`);
    expect(withLetter.body).toContain('Kommunledningskontoret skickar den interna remissen');
    expect(withLetter.body).toContain(
      'Ett beslut med en kommentar ska skickas senast efter september månads nämnd. Svaret ska ha kommit in senast 2020-09-30.',
    );
    // The message's lines end as e-mail's do (CRLF).
    expect(withLetter.body?.replace(/\r\n/g, '\n')).toContain(
      'Frågor om remissen:\n– camilla.wallinkupferberg@vaggeryd.se – Bokning och frågor från v.33. Även tillgänglig via mail/tlfn. v.27.',
    );
    expect(withLetter.body).toContain(
      '– Ojusterat protokoll: Protokollsbilagan (PDF) och Svarsfilen (.msvar) till Kommunledningskontoret, camilla.wallinkupferberg@vaggeryd.se',
    );
    expect(withLetter.attachments.map((attachment) => [attachment.filename, attachment.sha256])).toEqual([
      [packageFile.fileName, sha256(packageFile.bytes)],
      [letter.fileName, sha256(letter.bytes)],
    ]);
    const without = parseEmlBytes(buildEml(sendOutMail(examplePackage, social, packageFile, null, new Date(0))));
    expect(without.attachments.map((attachment) => attachment.filename)).toEqual([packageFile.fileName]);
  });

  it('reminds a body that has not answered, saying whether the day has passed', () => {
    const past = reminderMail(examplePackage, social, '2020-09-30', '2020-10-05', new Date(0));
    const coming = reminderMail(examplePackage, social, '2020-09-30', '2020-09-20', new Date(0));
    expect(past.body).toContain('Svaret skulle ha kommit in senast 2020-09-30.');
    expect(coming.body).toContain('Svaret ska ha kommit in senast 2020-09-30.');
    expect(parseEmlBytes(buildEml(past)).subject).toBe(`Påminnelse: intern remiss KS 2019/160: ${examplePackage.title}`);
    expect(reminderMail(examplePackage, { ...social, email: null }, null, '2020-09-20', new Date(0)).to).toEqual([]);
  });

  it('says the deadline in the letter’s words alone when it gives no date, and leaves out contacts it does not name', () => {
    const packageFile = { fileName: 'paket.msremiss', contentType: 'application/zip', bytes: new Uint8Array([1]) };
    const mail = sendOutMail(
      { ...examplePackage, deadline: null, deadlineText: 'Senast efter oktober månads nämnd.', contacts: [] },
      social,
      packageFile,
      null,
      new Date(0),
    );
    expect(mail.body).toContain('\n\nSenast efter oktober månads nämnd.\n\n');
    expect(mail.body).not.toContain('Frågor om remissen');
    const named = sendOutMail(
      {
        ...examplePackage,
        contacts: [
          {
            id: 'k',
            name: 'Anna Berg',
            role: 'Verksamhetsutvecklare',
            email: 'anna@vaggeryd.se',
            phone: '0370-67 80 00',
            about: 'Bokning',
          },
        ],
      },
      social,
      packageFile,
      null,
      new Date(0),
      'en',
    );
    expect(named.body).toContain(
      'Questions about the consultation:\n– Anna Berg, Verksamhetsutvecklare: anna@vaggeryd.se, phone 0370-67 80 00 – Bokning',
    );
  });
});
