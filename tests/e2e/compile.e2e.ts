import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerFileToJson } from '../../shared/attachment/answerFile';
import { fixtureAnswer, fixtureAnswerFiles } from '../fixtures/exampleAnswers';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { describeViolations, findAccessibilityViolations, startBrowserShell, withApp, type BrowserShell } from '../support/app';

const noViolations = async (page: Page) => expect(describeViolations(await findAccessibilityViolations(page))).toBe('');

const tableRows = (page: Page, name: string) =>
  page
    .getByRole('table', { name })
    .evaluate((table) =>
      [...table.querySelectorAll('tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s/g, ' ')),
      ),
    );

describe('the strategy office compiles the boards’ answers', () => {
  let shell: BrowserShell;
  let folder: string;

  /** Writes each [name, text] into the test's folder, as files a secretary sent by e-mail. */
  const writeFiles = (files: ReadonlyArray<readonly [string, string]>) =>
    Promise.all(
      files.map(async ([name, text]) => {
        const file = path.join(folder, name);
        await writeFile(file, text);
        return file;
      }),
    );

  /** Opens the example package's compile screen, still empty, and picks the files in its import dialog. */
  async function importOnEmptyCompileScreen(page: Page, paths: string[]): Promise<void> {
    await page.goto(`${shell.url}#/remisspaket/${examplePackage.id}/svar`);
    await page.getByText('Inga svar är importerade ännu.').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera svarsfiler …' }).click();
    await (await chooser).setFiles(paths);
  }

  beforeEach(async () => {
    shell = await startBrowserShell();
    folder = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-compile-'));
  });
  afterEach(async () => {
    await shell.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('imports seven answer files at once from the package, reads goal 1’s chart table, saves the CSV and the PDF report', async () => {
    const files = await fixtureAnswerFiles(7, { forRespondents: true });
    const paths = await Promise.all(
      files.map(async ({ fileName, text }) => {
        const file = path.join(folder, fileName);
        await writeFile(file, text);
        return file;
      }),
    );

    await withApp(shell, async ({ page }) => {
      await page.goto(`${shell.url}#/remisspaket/${examplePackage.id}`);
      await page.getByRole('link', { name: 'Sammanställ svar' }).click();
      await page.getByRole('heading', { level: 1, name: /^Sammanställning av svar/ }).waitFor();
      await page.getByText('Inga svar är importerade ännu.').waitFor();
      await noViolations(page);

      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Importera svarsfiler …' }).click();
      await (await chooser).setFiles(paths);

      await page.getByRole('table', { name: 'Bedömningar av mål 1' }).waitFor();
      expect(await tableRows(page, 'Bedömningar av mål 1')).toEqual([
        ['Bedömning', 'Antal', 'Andel'],
        ['1 – Bör sänkas tydligt', '1', '14,3 %'],
        ['2 – Bör sänkas något', '1', '14,3 %'],
        ['3 – Lagom', '1', '14,3 %'],
        ['4 – Bör höjas något', '1', '14,3 %'],
        ['5 – Bör höjas tydligt', '1', '14,3 %'],
        ['Ingen bedömning', '1', '14,3 %'],
        ['Ej bedömt', '1', '14,3 %'],
        ['Summa', '7', '100,0 %'],
      ]);
      expect(await page.getByRole('img', { name: /^Fördelning av bedömningar för mål 1:/ }).count()).toBe(1);
      expect(await page.getByRole('region', { name: 'Senaste import' }).getByRole('listitem').count()).toBe(7);
      await noViolations(page);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Spara bedömningar som CSV …' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('Bedömningar KS 2019-160.csv');
      const saved = path.join(folder, 'export.csv');
      await file.saveAs(saved);
      const csv = await readFile(saved, 'utf8');
      expect(csv.startsWith('\uFEFF"Nämnd eller styrelse";')).toBe(true);
      expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 7 * 4);

      const pdfDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Spara rapport som PDF …' }).click();
      const pdf = await pdfDownload;
      expect(pdf.suggestedFilename()).toBe('Sammanställning av svar KS 2019-160.pdf');
      const pdfPath = path.join(folder, 'rapport.pdf');
      await pdf.saveAs(pdfPath);
      expect((await readFile(pdfPath)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      await page.reload();
      await page.getByRole('table', { name: 'Bedömningar per nämnd och mål' }).waitFor();
      expect(await page.getByText('7 av 7 svar visas.').count()).toBe(1);
    });
  });

  it('refuses a file too large to be an answer and a damaged answer, each by name in Swedish, and imports the rest', async () => {
    const [good, damaged] = await fixtureAnswerFiles(2, { forRespondents: true });
    const broken = JSON.parse(damaged!.text) as { goals: { comment: string | null }[] };
    broken.goals[1]!.comment = 'x'.repeat(20_001);
    const written = [
      ['inspelning.msvar', `${good!.text}${' '.repeat(6 * 1024 * 1024)}`],
      ['skadad.msvar', JSON.stringify(broken)],
      [good!.fileName, good!.text],
    ] as const;
    const paths = await writeFiles(written);

    await withApp(shell, async ({ page }) => {
      await importOnEmptyCompileScreen(page, paths);

      const results = page.getByRole('region', { name: 'Senaste import' }).getByRole('listitem');
      await results.first().waitFor();
      expect(await results.allTextContents()).toEqual([
        'inspelning.msvar: Filen är för stor för att vara en svarsfil (högst 5 MB).',
        'skadad.msvar: Mål 2: kommentaren är för lång (högst 20000 tecken).',
        `${good!.fileName}: svaret från Kommunstyrelsen är tillagt.`,
      ]);
      await noViolations(page);
    });
  });

  it('compares two answers from one meeting, decides later with Escape, and after a reload chooses which of two meetings counts', async () => {
    const [first] = await fixtureAnswerFiles(1, { forRespondents: true });
    const [conflicting] = await fixtureAnswerFiles(1, { forRespondents: true, commentText: 'Ett annat svar.' });
    const august = await fixtureAnswer(0, { respondent: examplePackage.respondents[0]!, meeting: { id: 'aug', date: '2020-08-20' } });
    const written = [
      ['a.msvar', first!.text],
      ['augusti.msvar', answerFileToJson(august)],
      ['e.msvar', conflicting!.text],
    ] as const;
    const paths = await writeFiles(written);

    await withApp(shell, async ({ page }) => {
      await importOnEmptyCompileScreen(page, paths);

      const dialog = page.getByRole('alertdialog', { name: 'Två olika svar från samma möte' });
      await dialog.getByRole('table', { name: 'Det som skiljer svaren åt' }).waitFor();
      expect(await dialog.getByRole('row').count()).toBe(3);
      await noViolations(page);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      await page.reload();
      const attention = page.getByRole('region', { name: 'Svar som behöver uppmärksamhet' });
      await attention.waitFor();
      expect(await attention.getByText('Ett annat svar från samma möte (e.msvar) väntar på ditt val och räknas inte.').count()).toBe(1);
      expect(await page.getByText('2 av 2 svar visas.').count()).toBe(1);
      await noViolations(page);

      // By keyboard: into the radio group, then the arrow picks the September meeting.
      const august20 = attention.getByRole('radio', { name: '20 augusti 2020 (Justerat), augusti.msvar' });
      await august20.focus();
      await page.keyboard.press('Space');
      await page.getByText('1 av 1 svar visas.').waitFor();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => attention.getByRole('radio', { name: /a\.msvar$/ }).isChecked()).toBe(true);

      await attention.getByRole('button', { name: 'Jämför och välj svar från Kommunstyrelsen …' }).press('Enter');
      await dialog.getByRole('button', { name: 'Använd det nya svaret' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => attention.getByRole('button').count()).toBe(0);
      await page.reload();
      await attention.waitFor();
      expect(await attention.getByRole('radio', { name: /e\.msvar$/ }).isChecked()).toBe(true);
      await noViolations(page);
    });
  });
});
