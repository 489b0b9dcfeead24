import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { createAndOpenMeeting, expectNoViolations, fromProjectorMenu, next, stepHeading, tick } from '../support/meetingSteps';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const members = ['Anna Berg', 'Bo Ek', 'Cecilia Dahl', 'David Holm'];

/** Presses Tab until the control has the focus, as a keyboard user does; fails if it never gets there. */
async function tabTo(page: Page, control: Locator): Promise<void> {
  for (let presses = 0; presses < 250; presses += 1) {
    if (await control.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Kunde inte nå ${control.toString()} med tangentbordet`);
}

const focusedIn = (control: Locator) => control.evaluate((element) => element.contains(document.activeElement));
const projectorText = async (projector: Page) => (await projector.locator('main').innerText()).replace(/\s+/g, ' ');

describe('a round of views on a goal', () => {
  let shell: BrowserShell;
  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('is recorded by number keys, shown as bars on the projector, and suggests the board’s rating, which the secretary confirms', async () => {
    await withApp(shell, async ({ context, page }) => {
      await createAndOpenMeeting(page, 'Kultur- och fritidsnämnden');
      for (const [index, name] of members.entries()) {
        await page.getByRole('button', { name: 'Lägg till deltagare' }).click();
        await page.getByRole('textbox', { name: `Namn ${index + 1}`, exact: true }).fill(name);
      }
      await page.getByRole('button', { name: 'Starta mötet' }).click();
      await expect.poll(() => stepHeading(page)).toBe('Inledning');
      const meetingId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
      await next(page, 'Övergripande dialog');
      await next(page, 'Val av fokusmål');
      await tick(page.getByRole('checkbox', { name: /^Mål 1:/ }));
      await next(page, 'Fördjupad dialog: mål 1');

      const [projector] = await Promise.all([context.waitForEvent('page'), fromProjectorMenu(page, 'Öppna projektorfönstret')]);
      await expect.poll(() => projector.url()).toContain(`#/projektor/${meetingId}`);

      // The round opens from its summary; the keyboard reaches each member's row, and a number key gives the view.
      const summary = page.locator('summary', { hasText: 'Synpunktsrunda – Mål 1' });
      await tabTo(page, summary);
      await page.keyboard.press('Enter');
      const row = (name: string) => page.getByRole('radiogroup', { name: `Synpunkt – ${name}` });
      await row(members[0]!).waitFor();
      await expectNoViolations(page);
      await tabTo(page, row(members[0]!));
      for (const [index, key] of ['3', '4', '3', '0'].entries()) {
        await page.keyboard.press(key);
        const following = members[index + 1];
        // The focus moves on to the next member once the view is given.
        if (following) await expect.poll(() => focusedIn(row(following))).toBe(true);
      }
      await expect.poll(() => row('Bo Ek').getByRole('radio', { name: '4. Bör höjas något' }).isChecked()).toBe(true);
      await expect.poll(() => row('David Holm').getByRole('radio', { name: 'Avstår' }).isChecked()).toBe(true);
      // The arrow keys change a view already given, without leaving the row.
      await row('Bo Ek').getByRole('radio', { name: '4. Bör höjas något' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => row('Bo Ek').getByRole('radio', { name: '5. Bör höjas tydligt' }).isChecked()).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => row('Bo Ek').getByRole('radio', { name: '4. Bör höjas något' }).isChecked()).toBe(true);

      const round = page.locator('details.view-round');
      await row(members[1]!).evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: path.join(SCREENSHOTS, 'room-view-round.png') });
      await expect.poll(async () => (await round.innerText()).replace(/\s+/g, ' ')).toContain('Förslag utifrån rundan: 3. Lagom');
      await expect.poll(async () => (await round.innerText()).replace(/\s+/g, ' ')).toContain('3 synpunkter på skalan, 1 avstår');

      // The chair puts the round up: bars with their counts, in words and figures, never a name.
      const show = page.getByRole('button', { name: 'Visa rundan på projektorn – Mål 1' });
      await tabTo(page, show);
      await page.keyboard.press('Enter');
      await expect.poll(() => show.getAttribute('aria-pressed')).toBe('true');
      await projector.getByRole('heading', { level: 2, name: 'Synpunktsrunda – Mål 1' }).waitFor();
      const shown = await projectorText(projector);
      for (const line of [
        '1. Bör sänkas tydligt : 0',
        '2. Bör sänkas något : 0',
        '3. Lagom : 2',
        '4. Bör höjas något : 1',
        '5. Bör höjas tydligt : 0',
        'Avstår : 1',
        '3 synpunkter på skalan, 1 avstår',
        'Förslag utifrån rundan: 3. Lagom',
      ])
        expect(shown).toContain(line);
      for (const name of members) expect(shown, 'the room sees counts, not who said what').not.toContain(name);
      // Readable from the back of the room: every text of the round at least 28 px on a 1080p projector.
      await projector.setViewportSize({ width: 1920, height: 1080 });
      const smallest = await projector
        .locator('.projector-view-round')
        .evaluate((section) =>
          Math.min(
            ...[...section.querySelectorAll('h2, .view-bar-label, .view-bar-count, figcaption, .view-round-suggestion')].map((element) =>
              Number.parseFloat(getComputedStyle(element).fontSize),
            ),
          ),
        );
      expect(smallest).toBeGreaterThanOrEqual(28);
      await expectNoViolations(projector);
      await projector.screenshot({ path: path.join(SCREENSHOTS, 'projector-view-round.png') });

      // The suggestion becomes the board's rating only when the secretary confirms it.
      const rating = page.getByRole('group', { name: 'Mål 1', exact: true }).getByRole('radio', { name: '3. Lagom' });
      expect(await rating.isChecked()).toBe(false);
      await tabTo(page, page.getByRole('button', { name: 'Använd förslaget som nämndens bedömning – Mål 1' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => rating.isChecked()).toBe(true);
      await expect.poll(() => page.getByText('Förslaget är redan nämndens bedömning.').count()).toBe(1);
      await expectNoViolations(page);
    });
  }, 120_000);
});
