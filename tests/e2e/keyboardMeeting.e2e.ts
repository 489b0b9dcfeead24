import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { expectNoViolations, stepHeading } from '../support/meetingSteps';

/** Presses Tab (or Shift+Tab) until the control has the focus, as a keyboard user does; fails if it never gets there. */
async function tabTo(page: Page, control: Locator, backwards = false): Promise<void> {
  for (let presses = 0; presses < 250; presses += 1) {
    if (await control.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Kunde inte nå ${control.toString()} med tangentbordet`);
}

describe('a whole meeting by keyboard alone', () => {
  let shell: BrowserShell;
  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('prepares, leads, rates, agrees, records a reservation and closes the meeting without a mouse', async () => {
    await withApp(shell, async ({ page }) => {
      const name = page.getByRole('textbox', { name: 'Nämnd eller styrelse' });
      await tabTo(page, name);
      await page.keyboard.type('Socialnämnden');
      await page.keyboard.press('Enter');
      // The new meeting opens at once, in its preparation.
      await page.getByRole('heading', { level: 1, name: 'Socialnämnden – Förberedelse' }).waitFor();

      await tabTo(page, page.getByRole('group', { name: 'Datum för sammanträdet' }).getByRole('spinbutton').first());
      await page.keyboard.type('20200915');
      await tabTo(page, page.getByRole('button', { name: 'Lägg till deltagare' }));
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByRole('textbox', { name: 'Namn 1' }));
      await page.keyboard.type('Bo Ek');
      await tabTo(page, page.getByRole('button', { name: 'Starta mötet' }));
      await page.keyboard.press('Enter');
      // A date years from today is asked about; the question starts on "Ändra datumet", the answer is one Tab away.
      const question = page.getByRole('alertdialog', { name: 'Är datumet rätt?' });
      await tabTo(page, question.getByRole('button', { name: 'Ja, datumet är rätt' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => stepHeading(page)).toBe('Inledning');

      // Notes and the clock by the chair's keys.
      await page.keyboard.press('Alt+t');
      await page.getByRole('button', { name: 'Pausa tiden' }).waitFor();
      await page.keyboard.press('Alt+n');
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Ny anteckning' }).evaluate((element) => element === document.activeElement))
        .toBe(true);
      await page.keyboard.type('Ordföranden inleder, utan mus.');

      await page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => stepHeading(page)).toBe('Övergripande dialog');
      await page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => stepHeading(page)).toBe('Val av fokusmål');
      const goal2 = page.getByRole('checkbox', { name: /^Mål 2:/ });
      await tabTo(page, goal2);
      await page.keyboard.press('Space');
      await expect.poll(() => goal2.isChecked()).toBe(true);

      await page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => stepHeading(page)).toBe('Fördjupad dialog: mål 2');
      // The focus-goal checkbox went with its step; the focus lands on the new step's heading, not on the page.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id), { message: 'focus should move to the new step’s heading' })
        .toBe('step-title');
      const editor = page.getByRole('group', { name: 'Mål 2', exact: true });
      // Tab reaches the first step of the scale; Space chooses it and each arrow moves the choice one step up.
      const radios = editor.getByRole('radio');
      await tabTo(page, editor.getByRole('radiogroup'));
      await page.keyboard.press('Space');
      await expect.poll(() => radios.nth(0).isChecked()).toBe(true);
      for (const index of [1, 2, 3]) {
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => radios.nth(index).isChecked()).toBe(true);
      }
      expect(await editor.getByRole('radio', { name: '4. Bör höjas något' }).isChecked()).toBe(true);
      await tabTo(page, editor.getByRole('textbox', { name: 'Utkast till kommentar – Mål 2' }));
      await page.keyboard.type('Nämnden vill höja nivån något.');
      await tabTo(page, editor.getByRole('button', { name: 'Markera som enig och lås' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => editor.innerText()).toContain('Överenskommen text');
      await expectNoViolations(page);

      // On to the closing step by the chair's key, and a reservation by name.
      for (let step = 0; step < 4 && (await stepHeading(page)) !== 'Avslutning'; step += 1) {
        const before = await stepHeading(page);
        await page.keyboard.press('Alt+ArrowRight');
        await expect.poll(() => stepHeading(page)).not.toBe(before);
      }
      await expect.poll(() => stepHeading(page)).toBe('Avslutning');
      // The reservation concerns goal 2, the decision taken; the whole decision is not taken yet.
      const subject = page.getByRole('button', { name: /Gäller$/ });
      await tabTo(page, subject);
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: 'Mål 2', exact: true }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => subject.innerText()).toContain('Mål 2');
      await tabTo(page, page.getByRole('button', { name: /^Välj person/ }));
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: /^Bo Ek/ }).waitFor();
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByRole('textbox', { name: /^Skriftlig motivering/ }));
      await page.keyboard.type('Jag reserverar mig till förmån för en högre nivå.');
      await tabTo(page, page.getByRole('button', { name: 'Anmäl', exact: true }));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.dissent-list').innerText()).toContain('Reservation: Bo Ek');

      await tabTo(page, page.getByRole('button', { name: 'Förklara sammanträdet avslutat' }));
      await page.keyboard.press('Enter');
      const held = page.getByRole('alertdialog', { name: 'Förklara sammanträdet avslutat?' });
      await tabTo(page, held.getByRole('button', { name: 'Förklara avslutat' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.meeting-meta').innerText()).toContain('Genomfört');
      await expectNoViolations(page);
    });
  });
});
