import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';

const rendererRoot = path.resolve(import.meta.dirname, '../../dist/renderer');

/**
 * Words that only one part of the app's code contains, so a script that has them carries that part: the rest of the
 * message catalog (the round of views' title), zod (its error's name) and the backup's reader and writer (the format's
 * name in every backup file).
 */
const parts = { fullCatalog: 'Synpunktsrunda', zod: 'ZodError', backup: 'malsamtal.sakerhetskopia' } as const;

/** Which of those parts the scripts served so far carry. */
async function partsServed(shell: BrowserShell): Promise<string[]> {
  const scripts = [...new Set(shell.served.filter((request) => request.path.endsWith('.js')).map((request) => request.path))];
  const texts = await Promise.all(scripts.map((script) => readFile(path.join(rendererRoot, script), 'utf8')));
  return Object.entries(parts).flatMap(([part, word]) => (texts.some((text) => text.includes(word)) ? [part] : []));
}

describe('the first screen', () => {
  let shell: BrowserShell;

  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('loads only what it shows: the rest of the catalog, zod and the backup code wait for the screens that use them', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
      await page.getByText('Inga möten ännu. Skapa det första ovan.').waitFor();
      // The date field, which loads just after the first paint, is there and can be typed in.
      await page.getByRole('group', { name: 'Datum för sammanträdet' }).getByRole('spinbutton').first().waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'Laddar …' }).count()).toBe(0);
      expect(await partsServed(shell)).toEqual([]);

      // The next screen brings the rest of the catalog with it, and speaks from it.
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Remisspaket' }).click();
      await page.getByRole('heading', { level: 1, name: 'Remisspaket' }).waitFor();
      expect(await partsServed(shell)).toContain('fullCatalog');
    });
  });
});
