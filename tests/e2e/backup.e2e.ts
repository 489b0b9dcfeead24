import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeViolations, findAccessibilityViolations, startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { editedAndResealed } from '../support/backupFiles';
import { toMeetingList } from '../support/meetingSteps';

const meetingNames = (page: Page) => page.getByRole('list', { name: 'Alla möten' }).getByRole('heading', { level: 3 }).allInnerTexts();

/** Creates a meeting on today's date (its preparation opens at once) and goes back to the list. */
async function createMeeting(page: Page, bodyName: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill(bodyName);
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await page.getByRole('heading', { level: 1, name: `${bodyName} – Förberedelse` }).waitFor();
  await toMeetingList(page);
  await expect.poll(() => meetingNames(page)).toContain(bodyName);
}

describe('the secretary’s backups', () => {
  let shell: BrowserShell;
  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('saves a backup, and brings the data back from it after a mistake, only once confirmed', async () => {
    await withApp(shell, async ({ page }) => {
      await createMeeting(page, 'Barn- och utbildningsnämnden');

      await page.getByRole('link', { name: 'Säkerhetskopior' }).click();
      await page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' }).waitFor();
      expect(describeViolations(await findAccessibilityViolations(page))).toBe('');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Spara säkerhetskopia …' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^Målsamtal säkerhetskopia \d{4}-\d{2}-\d{2} \d{4}\.msbackup$/);
      const backupPath = await download.path();
      const backup = JSON.parse(await readFile(backupPath, 'utf8')) as { format: string; database: string };
      expect(backup.format).toBe('malsamtal.sakerhetskopia');
      expect(backup.database).toContain('Barn- och utbildningsnämnden');

      await page.getByRole('link', { name: 'Möten' }).click();
      await createMeeting(page, 'Felaktigt möte');

      await page.getByRole('link', { name: 'Säkerhetskopior' }).click();
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Välj säkerhetskopia …' }).click(),
      ]);
      await chooser.setFiles(backupPath);
      const preview = page.getByRole('region', { name: /^Innehåll i / });
      await preview.waitFor();
      expect(await preview.innerText()).toContain('Barn- och utbildningsnämnden');
      expect(await preview.innerText()).not.toContain('Felaktigt möte');
      expect(describeViolations(await findAccessibilityViolations(page))).toBe('');

      const [keptFirst] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Ersätt allt med säkerhetskopian' }).click(),
      ]);
      expect(await readFile(await keptFirst.path(), 'utf8')).toContain('Felaktigt möte');
      await expect.poll(() => page.getByRole('status').innerText()).toBe('Säkerhetskopian är återställd.');

      await page.getByRole('link', { name: 'Möten' }).click();
      await expect.poll(() => meetingNames(page)).toEqual(['Barn- och utbildningsnämnden']);
    });
  });

  it('refuses a damaged backup in Swedish and keeps every meeting', async () => {
    await withApp(shell, async ({ page }) => {
      await createMeeting(page, 'Kommunstyrelsen');
      await page.getByRole('link', { name: 'Säkerhetskopior' }).click();
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Välj säkerhetskopia …' }).click(),
      ]);
      await chooser.setFiles({
        name: 'trasig.msbackup',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('{"format":"malsamtal.sakerhetskopia","version":1,'),
      });
      expect(await page.getByRole('alert').innerText()).toContain('Filen går inte att läsa som en säkerhetskopia.');
      await page.getByRole('link', { name: 'Möten' }).click();
      await expect.poll(() => meetingNames(page)).toEqual(['Kommunstyrelsen']);
    });
  });

  it('refuses a backup edited to hold an impossible date and sealed again, and the window stays as it was', async () => {
    await withApp(shell, async ({ page }) => {
      await createMeeting(page, 'Socialnämnden');
      await page.getByRole('link', { name: 'Säkerhetskopior' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Spara säkerhetskopia …' }).click(),
      ]);
      const genuine = await readFile(await download.path(), 'utf8');
      const meetingDate = /"date":"(\d{4}-\d{2}-\d{2})"/.exec((JSON.parse(genuine) as { database: string }).database)![1]!;
      const crafted = await editedAndResealed(genuine, (databaseExport) =>
        databaseExport.replace(`"date":"${meetingDate}"`, '"date":"2020-13-01"'),
      );

      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Välj säkerhetskopia …' }).click(),
      ]);
      await chooser.setFiles({ name: 'kopia.msbackup', mimeType: 'application/octet-stream', buffer: Buffer.from(crafted) });
      await expect
        .poll(() => page.getByRole('alert').innerText())
        .toMatch(/^Säkerhetskopian är skadad eller ändrad och kan inte återställas\. Möten, post 1 \(id ”[^”]+”\), går inte att läsa\./);
      expect(await page.getByRole('heading', { level: 1, name: 'Säkerhetskopior' }).isVisible()).toBe(true);
      expect(await page.getByRole('region', { name: /^Innehåll i / }).count()).toBe(0);
      expect(describeViolations(await findAccessibilityViolations(page))).toBe('');

      await page.getByRole('link', { name: 'Möten' }).click();
      await expect.poll(() => meetingNames(page)).toEqual(['Socialnämnden']);
    });
  });

  it('removes at the next start the scratch copy a restore killed half way left behind', async () => {
    const leftover = `malsamtal-restore-${crypto.randomUUID()}`;
    await withApp(shell, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
      // What a restore leaves when the app is killed between writing its scratch copy and deleting it.
      await page.evaluate(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open(name, 50);
            request.onupgradeneeded = () => request.result.createObjectStore('meetings', { keyPath: 'id' });
            request.onsuccess = () => {
              request.result.close();
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
        leftover,
      );
      expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).toContain(leftover);
    });
    await withApp(shell, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
      await expect
        .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name)))
        .toEqual(['malsamtal']);
    });
  });
});
