import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';

/** Content wider than the window would need sideways scrolling: lost text for someone reading at 200 %. */
async function overflowingWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('text zoomed to 200 %', () => {
  let shell: BrowserShell;
  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('reflows every main screen without sideways scrolling', async () => {
    await withApp(shell, async ({ page }) => {
      // A 1280 px wide window at 200 % zoom lays out like a 640 px one.
      await page.setViewportSize({ width: 640, height: 400 });
      const overflow: Record<string, number> = {};
      await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill('Kultur- och fritidsnämnden');
      await page.getByRole('button', { name: 'Skapa möte' }).click();
      await page.getByRole('button', { name: 'Starta mötet' }).waitFor();
      overflow.setup = await overflowingWidth(page);
      await page.getByRole('button', { name: 'Starta mötet' }).click();
      await page.locator('#step-title').waitFor();
      overflow.meetingRoom = await overflowingWidth(page);
      // Room mode stacks its regions at this width; the way out is still at the top.
      await page.getByRole('link', { name: 'Lämna mötesläget' }).click();
      await page.getByRole('link', { name: 'Öppna mötet för Kultur- och fritidsnämnden' }).waitFor();
      overflow.meetings = await overflowingWidth(page);

      for (const [section, heading] of [
        ['Remisspaket', 'Remisspaket'],
        ['Nämnder och styrelser', 'Nämnder och styrelser'],
        ['Säkerhetskopior', 'Säkerhetskopior'],
      ] as const) {
        await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: section }).click();
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        overflow[section] = await overflowingWidth(page);
      }
      expect(overflow).toEqual({ meetings: 0, setup: 0, meetingRoom: 0, Remisspaket: 0, 'Nämnder och styrelser': 0, Säkerhetskopior: 0 });
    });
  });
});
