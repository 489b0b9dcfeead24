import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnswerFile } from '../../shared/attachment/answerFile';
import { execFileSync } from 'node:child_process';
import { parseEmlFiles } from '../../tests/support/parseEml';
import { exportSample } from './exportSample';

const outDir = mkdtempSync(path.join(tmpdir(), 'malsamtal-sample-test-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run export:sample', () => {
  it('writes every format, unadjusted and adjusted, for anyone to inspect', async () => {
    const written = await exportSample(outDir);
    expect(readdirSync(outDir).sort()).toEqual([...written].sort());
    expect(written.map((name) => path.extname(name))).toEqual([
      '.pdf',
      '.docx',
      '.txt',
      '.msvar',
      '.txt',
      '.eml',
      '.pdf',
      '.docx',
      '.txt',
      '.msvar',
      '.txt',
      '.eml',
      '.pdf',
    ]);
    const mails = parseEmlFiles(written.filter((name) => name.endsWith('.eml')).map((name) => path.join(outDir, name)));
    expect(mails.map((mail) => [mail.to, mail.attachments.map((attachment) => path.extname(attachment.filename))])).toEqual([
      [['camilla.wallinkupferberg@vaggeryd.se'], ['.pdf', '.msvar']],
      [['kommunstyrelsen@vaggeryd.se'], ['.pdf', '.msvar']],
    ]);
    expect(mails[1]!.body).toContain('Protokollet justerades 2020-09-22.');
    const report = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(outDir, written.at(-1)!), '-'], { encoding: 'utf8' });
    expect(report).toContain('5 av 7 remissinstanser har svarat.');
    const answers = written
      .filter((name) => name.endsWith('.msvar'))
      .map((name) => parseAnswerFile(readFileSync(path.join(outDir, name), 'utf8')));
    expect(answers.map((answer) => answer.ok && answer.value.status)).toEqual(['ojusterat', 'justerat']);
    expect(readFileSync(path.join(outDir, written[0] ?? ''), 'latin1').startsWith('%PDF-1.7')).toBe(true);
  });
});
