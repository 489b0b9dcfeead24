import { fixtureAnswerFiles } from '../fixtures/exampleAnswers';
import { examplePackage } from '../../shared/remiss/examplePackage';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { respondentsFromNames } from '../../shared/remiss/respondents';
import { fixtureBodyName } from '../fixtures/exampleAnswers';
import { startBrowserShell, withApp } from '../support/app';

/** A region's round: 50 remissinstanser on the example's goals. */
const regionPackage: RemissPackage = {
  ...examplePackage,
  id: 'bench-region-50',
  isExample: false,
  respondents: respondentsFromNames(Array.from({ length: 50 }, (_, index) => fixtureBodyName(index))),
};

/**
 * 50 answer files given to the compile screen's file picker at once, as a drop hands them over: from the choice to the
 * screen listing what became of every file, stored. The median of the runs after a warm-up, in real Chromium.
 */
export async function importFiftyAnswers(runs: number): Promise<number[]> {
  const files = (await fixtureAnswerFiles(50, { pkg: regionPackage, forRespondents: true })).map(({ fileName, text }) => ({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  }));
  const shell = await startBrowserShell();
  try {
    return await withApp(shell, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
      await page.evaluate(async (content) => {
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('malsamtal');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = database.transaction('packages', 'readwrite');
        const at = new Date().toISOString();
        tx.objectStore('packages').put({ id: content.id, content, origin: 'imported', createdAt: at, updatedAt: at });
        await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
        database.close();
      }, regionPackage);
      const timings: number[] = [];
      for (let run = 0; run <= runs; run += 1) {
        await page.evaluate(async () => {
          const database = await new Promise<IDBDatabase>((resolve) => {
            const request = indexedDB.open('malsamtal');
            request.onsuccess = () => resolve(request.result);
          });
          const tx = database.transaction('answers', 'readwrite');
          tx.objectStore('answers').clear();
          await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
          database.close();
        });
        await page.evaluate((hash) => (location.hash = hash), `#/remisspaket/${regionPackage.id}/svar`);
        await page.reload();
        await page.getByText('Inga svar är importerade ännu.').waitFor();
        const started = performance.now();
        await page.locator('input[type=file]:not([webkitdirectory])').first().setInputFiles(files);
        await page.getByRole('region', { name: 'Senaste import' }).getByRole('listitem').nth(49).waitFor();
        await page.getByRole('table', { name: 'Bedömningar av mål 1' }).waitFor();
        // The first run warms Chromium's caches and is not counted.
        if (run > 0) timings.push(performance.now() - started);
      }
      return timings;
    });
  } finally {
    await shell.dispose();
  }
}
