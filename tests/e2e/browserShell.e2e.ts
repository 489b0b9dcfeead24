import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';

describe('the browser shell’s server', () => {
  let shell: BrowserShell;
  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('has every file the browser asks for, the app’s icon included: no 404 on a load', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByRole('button', { name: 'Skapa möte' }).waitFor();
      // The browser fetches the tab's icon on its own, after the page; no page event reports it, the server sees it.
      await expect
        .poll(() => shell.served.find((request) => /^\/assets\/icon-[\w-]+\.svg$/.test(request.path)), { timeout: 10_000 })
        .toEqual(expect.objectContaining({ status: 200 }));
      expect(shell.served.filter((request) => request.status !== 200)).toEqual([]);
    });
  });
});
