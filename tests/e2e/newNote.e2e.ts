import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { next, startMeeting } from '../support/meetingSteps';

/** The notes begun on the step on screen: every note field but the open one that ends the list. */
const notesOnStep = (page: Page) =>
  page
    .getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ })
    .evaluateAll((elements) => elements.map((element) => (element as HTMLTextAreaElement).value));

describe('a note takes every key, from the first one typed into the open field', () => {
  let shell: BrowserShell;
  beforeAll(async () => {
    shell = await startBrowserShell();
  });
  afterAll(async () => {
    await shell.dispose();
  });

  it('typed into the open field and, after Alt+N, into the next one, at machine speed and at 60 ms a key, also after a reload', async () => {
    const typed = {
      field: ['Ordföranden inleder mötet.', 'Åsa Öberg har ordet.'],
      shortcut: ['Nämnden går till övergripande dialog.', 'Örjan undrar över målen.'],
    };
    const meetingUrl = await withApp(shell, async ({ page }) => {
      await startMeeting(page, 'Barn- och utbildningsnämnden');
      // A slow meeting-room laptop: whatever the page does between one key and the next, it does six times slower.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      // No click and no wait: the first key begins the note, and the keys after it follow at once.
      await page.getByRole('textbox', { name: 'Ny anteckning' }).focus();
      await page.keyboard.type(typed.field[0]!, { delay: 0 });
      // The next open field is already below the note: Alt+N goes there, and the keys follow at once.
      await page.keyboard.press('Alt+N');
      await page.keyboard.type(typed.field[1]!, { delay: 60 });
      await expect.poll(() => notesOnStep(page)).toEqual(typed.field);
      expect(await page.getByRole('textbox', { name: 'Ny anteckning' }).inputValue()).toBe('');

      // Alt+N on a step with no notes yet goes to its open field.
      await next(page, 'Övergripande dialog');
      await page.keyboard.press('Alt+N');
      await page.keyboard.type(typed.shortcut[0]!, { delay: 0 });
      await next(page, 'Val av fokusmål');
      await page.keyboard.press('Alt+N');
      await page.keyboard.type(typed.shortcut[1]!, { delay: 60 });
      await expect.poll(() => notesOnStep(page)).toEqual([typed.shortcut[1]]);
      await expect.poll(() => page.locator('.notes-panel').innerText()).toContain('Sparat');
      return page.url();
    });

    await withApp(shell, async ({ page }) => {
      await page.goto(meetingUrl);
      const stored = await page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const request = indexedDB.open('malsamtal');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const read = request.result.transaction('notes').objectStore('notes').getAll();
              read.onsuccess = () => resolve((read.result as { text: string; createdAt: string }[]).map((note) => note.text));
            };
          }),
      );
      expect(stored.sort()).toEqual([...typed.field, ...typed.shortcut].sort());
    });
  });
});
