import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';

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
});
