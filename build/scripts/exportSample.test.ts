import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnswerFile } from '../../shared/attachment/answerFile';
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
      '.pdf',
      '.docx',
      '.txt',
      '.msvar',
      '.txt',
    ]);
    const answers = written
      .filter((name) => name.endsWith('.msvar'))
      .map((name) => parseAnswerFile(readFileSync(path.join(outDir, name), 'utf8')));
    expect(answers.map((answer) => answer.ok && answer.value.status)).toEqual(['ojusterat', 'justerat']);
    expect(readFileSync(path.join(outDir, written[0] ?? ''), 'latin1').startsWith('%PDF-1.7')).toBe(true);
  });
});
