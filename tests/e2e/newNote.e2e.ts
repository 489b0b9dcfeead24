import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { next, startMeeting } from '../support/meetingSteps';

const notesOnStep = (page: Page) =>
  page.locator('textarea[data-note-editor]').evaluateAll((elements) => elements.map((element) => (element as HTMLTextAreaElement).value));

describe('a new note takes every key typed right after asking for it', () => {
  let shell: BrowserShell;
  beforeAll(async () => {
    shell = await startBrowserShell();
  });
  afterAll(async () => {
    await shell.dispose();
  });

  it('after a click on "Ny anteckning" and after Alt+N, typed at machine speed and at 60 ms a key, also after a reload', async () => {
    const typed = {
      click: ['Ordföranden inleder mötet.', 'Åsa Öberg har ordet.'],
      shortcut: ['Nämnden går till övergripande dialog.', 'Örjan undrar över målen.'],
    };
    const meetingUrl = await withApp(shell, async ({ page }) => {
      await startMeeting(page, 'Barn- och utbildningsnämnden');
      // A slow meeting-room laptop: whatever the page does between the click and the field, it does six times slower.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      // No wait for the field to take the focus: the keys follow the click at once, as a fast secretary's do.
      await page.getByRole('button', { name: 'Ny anteckning' }).click();
      await page.keyboard.type(typed.click[0]!, { delay: 0 });
      await page.getByRole('button', { name: 'Ny anteckning' }).click();
      await page.keyboard.type(typed.click[1]!, { delay: 60 });
      await expect.poll(() => notesOnStep(page)).toEqual(typed.click);

      // Alt+N starts a note on a step that has none, and goes to the last note where there is one.
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
      expect(stored.sort()).toEqual([...typed.click, ...typed.shortcut].sort());
    });
  });
});
