import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeViolations, findAccessibilityViolations, startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { confirmUnlikelyDate, toMeetingList, typeDate } from '../support/meetingSteps';

const meetingNames = (page: Page) => page.getByRole('list', { name: 'Alla möten' }).getByRole('heading', { level: 3 }).allInnerTexts();

/** Creates a meeting on a date in the seed's year (asked about, and confirmed), then goes back to the list from its preparation. */
async function createMeeting(page: Page, bodyName: string, digits: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill(bodyName);
  await typeDate(page, 'Datum för sammanträdet', digits);
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await confirmUnlikelyDate(page);
  await page.getByRole('heading', { level: 1, name: `${bodyName} – Förberedelse` }).waitFor();
  await toMeetingList(page);
}

describe('the secretary’s meeting list', () => {
  let shell: BrowserShell;

  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('keeps a created meeting through a reload and a restart of the app', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByText('Inga möten ännu. Skapa det första ovan.').waitFor();
      await createMeeting(page, 'Barn- och utbildningsnämnden', '20200915');

      await expect.poll(() => meetingNames(page)).toEqual(['Barn- och utbildningsnämnden']);
      const item = page.getByRole('list', { name: 'Alla möten' }).getByRole('listitem');
      expect(await item.innerText()).toContain('2020-09-15');
      expect(await page.getByRole('status').innerText()).toBe('Mötet för Barn- och utbildningsnämnden är skapat.');

      await page.reload();
      await expect.poll(() => meetingNames(page)).toEqual(['Barn- och utbildningsnämnden']);
    });

    await withApp(shell, async ({ page }) => {
      await expect.poll(() => meetingNames(page)).toEqual(['Barn- och utbildningsnämnden']);
      expect(await page.getByRole('list', { name: 'Alla möten' }).getByRole('listitem').innerText()).toContain('Planerat');
    });
  });

  it('tells the secretary in Swedish what is missing, and saves nothing', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByText('Inga möten ännu. Skapa det första ovan.').waitFor();
      await page.getByRole('button', { name: 'Skapa möte' }).click();

      const name = page.getByRole('textbox', { name: 'Nämnd eller styrelse' });
      await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByText('Ange nämndens eller styrelsens namn.').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id)).toBe(
        await name.evaluate((element) => element.getAttribute('aria-label') ?? element.id),
      );
      await page.reload();
      await page.getByText('Inga möten ännu. Skapa det första ovan.').waitFor();
    });
  });

  it('counts the first click on "Skapa möte" after a message: nothing moves under the pointer as the field is left', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByText('Inga möten ännu. Skapa det första ovan.').waitFor();
      await page.getByRole('button', { name: 'Skapa möte' }).click();
      await page.getByText('Ange nämndens eller styrelsens namn.').waitFor();
      await page.keyboard.type('Socialnämnden');
      // A real click, pointer down and up where the button stands: one click creates the meeting and opens it.
      await page.getByRole('button', { name: 'Skapa möte' }).click();
      await page.getByRole('heading', { level: 1, name: 'Socialnämnden – Förberedelse' }).waitFor({ timeout: 5000 });
    });
  });

  it('switches to English and stays in English after a restart', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByRole('button', { name: 'Inställningar' }).click();
      await page.getByRole('menuitemradio', { name: 'English' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Meetings');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    });

    await withApp(shell, async ({ page }) => {
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Meetings');
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('menuitemradio', { name: 'Svenska' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Möten');
    });
  });

  it('passes axe’s WCAG 2.1 AA checks on the start screen, with meetings and with the calendar open', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByText('Inga möten ännu. Skapa det första ovan.').waitFor();
      expect(describeViolations(await findAccessibilityViolations(page))).toBe('');

      await createMeeting(page, 'Kommunstyrelsen', '20200916');
      await expect.poll(() => meetingNames(page)).toEqual(['Kommunstyrelsen']);
      expect(describeViolations(await findAccessibilityViolations(page))).toBe('');

      await page.getByRole('button', { name: 'Visa kalender' }).click();
      await page.getByRole('grid').waitFor();
      expect(describeViolations(await findAccessibilityViolations(page))).toBe('');
    });
  });

  it('makes no request outside the app’s own origin, and none that is refused', async () => {
    await withApp(shell, async ({ page, requests }) => {
      await createMeeting(page, 'Kultur- och fritidsnämnden', '20200820');
      await expect.poll(() => meetingNames(page)).toEqual(['Kultur- och fritidsnämnden']);
      const foreign = requests.map((request) => request.url()).filter((url) => !url.startsWith(shell.url));
      expect(foreign).toEqual([]);
      // Every request the page makes is answered, the tab's icon included: no /favicon.ico answered 404 on each load.
      const refused = [];
      for (const request of requests) {
        const status = (await request.response())?.status() ?? 0;
        if (status >= 400) refused.push(`${status} ${request.url()}`);
      }
      expect(refused).toEqual([]);
    });
  });
});
