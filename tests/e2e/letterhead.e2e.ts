import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeViolations, findAccessibilityViolations, startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { unzip } from '../support/documentChecks';
import { pdfImages } from '../support/logoFiles';
import { createAndOpenMeeting } from '../support/meetingSteps';

const LOGO = path.resolve(import.meta.dirname, '../fixtures/logo.png');

/** Marks the meeting held, as closing it in the room does, straight in IndexedDB: the room is tested elsewhere. */
async function markHeld(page: Page, meetingId: string): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('malsamtal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('meetings', 'readwrite');
          const meetings = tx.objectStore('meetings');
          const read = meetings.get(id);
          read.onsuccess = () => meetings.put({ ...read.result, status: 'held' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    meetingId,
  );
}

describe('the letterhead: the body’s logo and its own dnr', () => {
  let shell: BrowserShell;
  let downloads: string;
  beforeEach(async () => {
    shell = await startBrowserShell();
    downloads = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-letterhead-'));
  });
  afterEach(async () => {
    await shell.dispose();
    await rm(downloads, { recursive: true, force: true });
  });

  it('puts the logo chosen in the body profile and both dnr lines into the exported attachment', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nämnder och styrelser' }).click();
      await page.getByRole('button', { name: 'Lägg till nämnd eller styrelse' }).click();
      await page.getByRole('textbox', { name: 'Namn' }).fill('Barn- och utbildningsnämnden');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Välj logotyp …' }).click();
      await (await chooser).setFiles(LOGO);
      await page.getByRole('img', { name: 'Vaggeryds kommuns logotyp' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Alternativ text för logotypen' }).inputValue()).toBe('Vaggeryds kommuns logotyp');
      expect(describeViolations(await findAccessibilityViolations(page))).toBe('');
      await page.getByRole('button', { name: 'Spara' }).click();
      await page.getByRole('heading', { level: 3, name: 'Barn- och utbildningsnämnden' }).waitFor();

      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Möten' }).click();
      await createAndOpenMeeting(page, 'Barn- och utbildningsnämnden');
      await page.getByRole('button', { name: /^Ingen profil – skriv namnet/ }).click();
      await page.getByRole('option', { name: 'Barn- och utbildningsnämnden' }).click();
      await page.getByRole('textbox', { name: 'Paragraf (§)' }).fill('45');
      await page.getByRole('textbox', { name: 'Eget dnr' }).fill('BUN 2020/45');
      await page.getByRole('button', { name: 'Spara förberedelsen' }).click();
      await page.getByText('Förberedelsen är sparad.').waitFor();

      const meetingId = decodeURIComponent(/#\/moten\/([^/]+)/.exec(page.url())![1]!);
      await markHeld(page, meetingId);
      await page.evaluate((hash) => (location.hash = hash), `#/moten/${encodeURIComponent(meetingId)}/bilaga`);
      await page.reload();
      const preview = page.getByRole('article', { name: 'Förhandsvisning av bilagan' });
      await preview.getByRole('img', { name: 'Vaggeryds kommuns logotyp' }).waitFor();
      await preview.getByText('Barn- och utbildningsnämndens dnr: BUN 2020/45').waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Spara PDF/A (arkiv)' }).click(),
      ]);
      const pdf = path.join(downloads, 'bilaga.pdf');
      await download.saveAs(pdf);
      expect(pdfImages(pdf)).toEqual([
        { type: 'image', width: 240, height: 80 },
        { type: 'smask', width: 240, height: 80 },
      ]);
      const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\n');
      for (const line of ['Kommunstyrelsens dnr: KS 2019/160', 'Barn- och utbildningsnämndens dnr: BUN 2020/45'])
        expect(
          lines.filter((text) => text.replace(/^\W+\s*/, '').trim() === line),
          line,
        ).toHaveLength(1);

      const [docxDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Spara Word (DOCX)' }).click(),
      ]);
      const docx = path.join(downloads, 'bilaga.docx');
      await docxDownload.saveAs(docx);
      const parts = unzip(new Uint8Array(await readFile(docx)));
      expect([...parts.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
      expect(parts.get('word/document.xml')).toContain('descr="Vaggeryds kommuns logotyp"');
    });
  });
});
