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
    const formats = ['.pdf', '.docx', '.txt', '.msvar', '.txt', '.docx', '.txt'];
    expect(written.map((name) => path.extname(name))).toEqual([...formats, '.eml', ...formats, '.pdf', '.eml', '.pdf']);
    expect(written.filter((name) => name.includes(' Paragraf – '))).toHaveLength(4);
    expect(written).toContain(
      '2020-09-15 Barn- och utbildningsnämnden § 45 Protokollsutdrag – Svar på intern remiss KS 2019-160 (justerat).pdf',
    );
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
    // The example shows a decision that was not unanimous, and the adjusted paragraph says by whom it was adjusted.
    const paragraph = readFileSync(
      path.join(
        outDir,
        written.find((name) => name.endsWith('Paragraf – Svar på intern remiss KS 2019-160 (justerat).txt'))!,
      ),
      'utf8',
    );
    expect(paragraph).toContain('Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet.');
    expect(paragraph).toContain("Siobhán O'Connor (V) reserverar sig mot beslutet om mål 2 till förmån för eget yrkande.");
    expect(paragraph).toContain('Ordföranden medger att särskilt yttrande får lämnas.');
    expect(paragraph).toContain("Justerat 2020-09-22 av ordföranden Anna-Karin Öberg och justerarna Jan Ek och Siobhán O'Connor.");
  }, 60_000);
});
