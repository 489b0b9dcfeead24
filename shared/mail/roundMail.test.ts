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
    expect(withLetter.body).toContain('Svaret ska ha kommit in senast 2020-09-30.');
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
});
