import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { writePackageFile } from '../../shared/remiss/packageContainer';
import { startBrowserShell, withApp } from '../support/app';
import { aPackageDocument, aPdf, pdfPageText } from '../support/documentFiles';
import { aPackage } from '../support/packageFiles';
import { median, type Metric } from './metrics';

const PAGES = 40;
const PAGE = 20;

/** Walks the meeting on the package to the in-depth step for goal 1, where its link to page 20 is. */
async function toGoalOne(page: Page, title: string): Promise<void> {
  // As tests/support/meetingSteps' createAndOpenMeeting, which the bench cannot import (it asserts with vitest).
  await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill('Benchnämnden');
  await page.getByRole('group', { name: 'Datum för sammanträdet' }).getByRole('spinbutton').first().click();
  await page.keyboard.type('20200915');
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await page.getByRole('alertdialog', { name: 'Är datumet rätt?' }).getByRole('button', { name: 'Ja, datumet är rätt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Benchnämnden – Förberedelse' }).waitFor();
  await page.getByRole('button', { name: /Remisspaket/ }).click();
  await page.getByRole('option').filter({ hasText: title }).click();
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await page.locator('#step-title').getByText('Inledning').waitFor();
  for (const step of ['Övergripande dialog', 'Val av fokusmål']) {
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator('#step-title').getByText(step).waitFor();
  }
  await page
    .getByRole('checkbox', { name: /^Mål 1:/ })
    .locator('xpath=ancestor::label[1]')
    .click();
  await page.keyboard.press('Alt+ArrowRight');
  await page.locator('#step-title').getByText('Fördjupad dialog: mål 1').waitFor();
}

/**
 * From the press on a goal's "Bilaga 1, s. 20" to page 20 of a 40-page PDF drawn with its text in the room's reader:
 * pdf.js parses the document in its worker and draws the one page. Both ends are stamped inside the page; the first
 * opening loads the reader's code and the worker and is not counted.
 */
export async function runDocumentBench(runs = 5): Promise<Metric> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-bench-documents-'));
  const shell = await startBrowserShell();
  try {
    const { document: bilaga, file } = await aPackageDocument(await aPdf(PAGES), {
      id: 'bilaga-1',
      title: 'Ambitionsnivåer',
      pageCount: PAGES,
    });
    const base = aPackage({ title: 'Benchremiss med dokument' });
    const content = {
      ...base,
      documents: [bilaga],
      goals: base.goals.map((goal, index) =>
        index === 0 ? { ...goal, documentReferences: [{ documentId: bilaga.id, page: PAGE }] } : goal,
      ),
    };
    const packageFile = path.join(folder, 'Benchremiss.msremiss');
    await writeFile(packageFile, writePackageFile(content, [file]));

    return await withApp(shell, async ({ page }) => {
      await page.goto(`${shell.url}#/remisspaket`);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Importera paketfil…' }).click();
      await (await chooser).setFiles(packageFile);
      await page.getByRole('link', { name: `Läs: ${content.title}` }).waitFor();
      await page.goto(`${shell.url}#/`);
      await toGoalOne(page, content.title);

      const timings: number[] = [];
      for (let run = 0; run <= runs; run += 1) {
        const elapsed = await page.evaluate(
          ({ label, text }) =>
            new Promise<number>((resolve) => {
              let started = 0;
              const shown = () => document.querySelector('.textLayer')?.textContent?.includes(text) ?? false;
              const observer = new MutationObserver(() => {
                if (!shown()) return;
                observer.disconnect();
                resolve(performance.now() - started);
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
              const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
              started = performance.now();
              button!.click();
            }),
          { label: `Bilaga 1, s. ${PAGE}`, text: pdfPageText(PAGE) },
        );
        if (run > 0) timings.push(elapsed);
        await page.getByRole('button', { name: 'Stäng dokumentet' }).click();
        await page.locator('.textLayer').waitFor({ state: 'detached' });
      }
      return { metric: 'document_open_ms', value: median(timings), unit: 'ms', target: 300 };
    });
  } finally {
    await shell.dispose();
    await rm(folder, { recursive: true, force: true });
  }
}
