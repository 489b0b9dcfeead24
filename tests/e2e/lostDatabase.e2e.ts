import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { expectNoViolations, toMeetingList } from '../support/meetingSteps';

describe('a database found empty at start although it held meetings', () => {
  let shell: BrowserShell;
  beforeAll(async () => {
    shell = await startBrowserShell();
  });
  afterAll(async () => {
    await shell.dispose();
  });

  it('is said in Swedish, with the way to a backup file, instead of opening silently on "Inga möten ännu"', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill('Socialnämnden');
      await page.getByRole('button', { name: 'Skapa möte' }).click();
      await page.getByRole('heading', { level: 1, name: 'Socialnämnden – Förberedelse' }).waitFor();
      await toMeetingList(page);
      await page.getByRole('link', { name: 'Öppna mötet för Socialnämnden' }).waitFor();
      await expect.poll(() => page.evaluate(() => localStorage.getItem('malsamtal:innehall'))).toContain('"meetings":1');

      // What Chromium does with a store it finds corrupt: it is gone, and a new one starts empty.
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase('malsamtal');
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
          }),
      );
      await page.reload();

      const notice = page.getByRole('alert', { name: 'Appens databas är tom' });
      await expect.poll(() => notice.innerText()).toContain('Målsamtal hade ett möte sparat, men databasen är tom nu.');
      await expect.poll(() => notice.innerText()).toContain('Här finns ingen automatisk säkerhetskopia.');
      await expectNoViolations(page);
      await notice.getByRole('button', { name: 'Fortsätt med en tom databas' }).click();
      await expect.poll(() => notice.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => localStorage.getItem('malsamtal:innehall'))).toContain('"meetings":0');
    });
  });
});
