import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePackageFile } from '../../shared/remiss/packageContainer';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { aDocx, aPackageDocument, aPdf, pdfPageText } from '../support/documentFiles';
import { aPackage } from '../support/packageFiles';

describe('the app keeps its own Content-Security-Policy', () => {
  let shell: BrowserShell;

  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('fails the test that runs in a window where the policy blocked something', async () => {
    const run = withApp(shell, async ({ page }) => {
      await page.getByRole('button', { name: 'Skapa möte' }).waitFor();
      // Evaluated over the DevTools protocol, so only the inline <style> it adds meets the page's CSP.
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { outline: 1px solid red; }';
        document.head.append(style);
      });
    });
    await expect(run).rejects.toThrow(/Content-Security-Policy:\n.*style-src(-elem)? blocked inline/);
  });

  it('gives pressable controls their touch gestures from the app’s own stylesheet, with nothing blocked', async () => {
    await withApp(shell, async ({ page, cspViolations }) => {
      const button = page.getByRole('button', { name: 'Skapa möte' });
      await button.click();
      await page.getByText('Ange nämndens eller styrelsens namn.').waitFor();

      expect(await button.getAttribute('data-react-aria-pressable')).toBe('true');
      // On a touch screen the browser may pan and zoom over a control but never waits for a double-tap; Chromium
      // computes `pan-x pan-y pinch-zoom` as the same thing under its other name.
      expect(await button.evaluate((element) => getComputedStyle(element).touchAction)).toBe('manipulation');
      expect(await page.evaluate(() => document.querySelectorAll('head > style').length)).toBe(0);
      expect(cspViolations).toEqual([]);
    });
  });

  it('reads a PDF through pdf.js’s worker and a Word document through mammoth, with nothing blocked and nothing fetched from elsewhere', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-csp-'));
    try {
      const pdf = await aPdf(3, 'Bilaga 1');
      const docx = await aDocx('Missiv', ['Intern remiss ambitionsnivå kommunfullmäktiges övergripande mål (KS 2019/160)']);
      const bilaga = await aPackageDocument(pdf, { id: 'bilaga-1', title: 'Ambitionsnivåer', pageCount: 3 });
      const letter = await aPackageDocument(docx, {
        id: 'missiv',
        title: 'Missiv',
        role: 'letter',
        number: null,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      const file = path.join(folder, 'Remiss med dokument.msremiss');
      await writeFile(file, writePackageFile({ ...aPackage(), documents: [letter.document, bilaga.document] }, [letter.file, bilaga.file]));

      await withApp(shell, async ({ page, requests, cspViolations }) => {
        await page.goto(`${shell.url}#/remisspaket`);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Importera paketfil…' }).click();
        await (await chooser).setFiles(file);
        await page.getByRole('link', { name: `Läs: ${aPackage().title}` }).click();

        await page.getByRole('button', { name: 'Läs Bilaga 1' }).click();
        await page.locator('.reader-status').getByText('Bilaga 1: Sida 1 av 3').waitFor();
        await page.locator('.textLayer').getByText(pdfPageText(1)).waitFor();
        await page.getByRole('button', { name: 'Läs Missiv' }).click();
        await page.getByRole('region', { name: 'Missiv' }).getByText('Intern remiss ambitionsnivå').waitFor();

        const paths = requests.map((request) => new URL(request.url()));
        expect(paths.every((url) => url.origin === new URL(shell.url).origin)).toBe(true);
        expect(
          paths.some((url) => /^\/assets\/pdf\.worker.*\.js$/.test(url.pathname)),
          'pdf.js runs in its own bundled worker',
        ).toBe(true);
        expect(
          paths.some((url) => url.pathname.startsWith('/pdfjs/standard_fonts/')),
          'the standard font comes from the app',
        ).toBe(true);
        expect(cspViolations).toEqual([]);
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
