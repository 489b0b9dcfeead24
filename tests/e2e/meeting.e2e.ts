import type { Page } from 'playwright-core';
import { createAndOpenMeeting, expectNoViolations, next, stepHeading, tick, toMeetingList, writeNote } from '../support/meetingSteps';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';

async function addParticipant(page: Page, index: number, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Lägg till deltagare' }).click();
  await page.getByRole('textbox', { name: `Namn ${index}` }).fill(name);
}

async function rateAndAgree(page: Page, goal: string, rating: string, text: string): Promise<void> {
  await tick(page.getByRole('group', { name: goal, exact: true }).getByRole('radio', { name: rating }));
  await agree(page, goal, text);
}

async function agree(page: Page, goal: string, text: string): Promise<void> {
  const editor = page.getByRole('group', { name: goal, exact: true });
  await editor.getByRole('textbox', { name: `Utkast till kommentar – ${goal}` }).fill(text);
  await expect.poll(() => editor.innerText()).toContain('Sparat');
  await editor.getByRole('button', { name: 'Markera som enig och lås' }).click();
  await expect.poll(() => editor.innerText()).toContain('Överenskommen text');
}

async function previous(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: '← Föregående punkt' }).click();
  await expect.poll(() => stepHeading(page)).toBe(expected);
}

/** The notes of the step on screen, as the secretary sees them in their editors. */
async function noteTexts(page: Page): Promise<string[]> {
  const editors = page.getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ });
  await editors.first().waitFor();
  return editors.evaluateAll((elements) => elements.map((element) => (element as HTMLTextAreaElement).value));
}

describe('the chair leads a meeting through the remiss', () => {
  let shell: BrowserShell;

  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('holds a whole meeting on the built-in package, survives a reload mid-way, and records a reservation', async () => {
    await withApp(shell, async ({ page, requests }) => {
      await createAndOpenMeeting(page, 'Kultur- och fritidsnämnden');
      await page.getByRole('textbox', { name: 'Paragraf (§)' }).fill('45');
      await page.getByRole('textbox', { name: 'Plats', exact: true }).fill('Kommunhuset, Skillingaryd');
      await addParticipant(page, 1, 'Anna Berg');
      await addParticipant(page, 2, 'Bo Ek');
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Starta mötet' }).click();

      await expect.poll(() => stepHeading(page)).toBe('Inledning');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kultur- och fritidsnämnden § 45');
      await page.getByRole('button', { name: 'Starta tiden' }).click();
      await page.getByRole('button', { name: 'Pausa tiden' }).waitFor();
      await writeNote(page, 'Ordföranden presenterar syftet.');
      await expectNoViolations(page);

      await next(page, 'Övergripande dialog');
      await writeNote(page, 'Tillväxtmålet upplevs som högt men nåbart.');
      await expectNoViolations(page);
      await next(page, 'Val av fokusmål');
      await tick(page.getByRole('checkbox', { name: /^Mål 1:/ }));
      await tick(page.getByRole('checkbox', { name: /^Mål 3:/ }));
      await expect
        .poll(() => page.getByRole('navigation', { name: 'Dagordning för dialogen' }).innerText())
        .toContain('Fördjupad dialog: mål 3');
      await expectNoViolations(page);

      await next(page, 'Fördjupad dialog: mål 1');
      await writeNote(page, 'Förslag: lägg till mått på landsbygdens service.');
      await rateAndAgree(page, 'Mål 1', '3. Lagom', 'Nämnden ser ambitionsnivån som rimlig.');
      await expectNoViolations(page);

      await page.reload();
      await expect.poll(() => stepHeading(page)).toBe('Fördjupad dialog: mål 1');
      await page.getByRole('button', { name: 'Pausa tiden' }).waitFor();
      expect(await page.getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ }).inputValue()).toBe(
        'Förslag: lägg till mått på landsbygdens service.',
      );
      expect(await page.getByRole('group', { name: 'Mål 1', exact: true }).innerText()).toContain('Nämnden ser ambitionsnivån som rimlig.');
      expect(await page.getByRole('radio', { name: '3. Lagom' }).isChecked()).toBe(true);

      // What was written and chosen on the earlier steps survived the reload too.
      await previous(page, 'Val av fokusmål');
      expect(await page.getByRole('checkbox', { name: /^Mål 1:/ }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: /^Mål 3:/ }).isChecked()).toBe(true);
      await previous(page, 'Övergripande dialog');
      expect(await noteTexts(page)).toEqual(['Tillväxtmålet upplevs som högt men nåbart.']);
      await previous(page, 'Inledning');
      expect(await noteTexts(page)).toEqual(['Ordföranden presenterar syftet.']);
      await next(page, 'Övergripande dialog');
      await next(page, 'Val av fokusmål');
      await next(page, 'Fördjupad dialog: mål 1');

      await next(page, 'Fördjupad dialog: mål 3');
      await rateAndAgree(page, 'Mål 3', '4. Bör höjas något', 'Kulturlivet kan nå längre.');
      await expectNoViolations(page);
      await next(page, 'Övriga mål');
      await tick(page.getByRole('group', { name: 'Mål 2', exact: true }).getByRole('radio', { name: '3. Lagom' }));
      await tick(page.getByRole('group', { name: 'Mål 4', exact: true }).getByRole('radio', { name: 'Ingen bedömning' }));
      await expectNoViolations(page);
      await next(page, 'Övergripande kommentar och beslut');
      await agree(page, 'Övergripande kommentar', 'Nämnden ställer sig bakom målen.');
      await expectNoViolations(page);
      await next(page, 'Avslutning');

      await page.getByRole('button', { name: /^Välj person/ }).click();
      await page.getByRole('option', { name: 'Bo Ek', exact: true }).click();
      await page.getByRole('textbox', { name: /^Skriftlig motivering/ }).fill('Jag reserverar mig mot beslutet.');
      await page.getByRole('button', { name: 'Anmäl', exact: true }).click();
      await expect.poll(() => page.locator('.dissent-list').innerText()).toContain('Reservation: Bo Ek');
      const report = page.getByRole('table', { name: 'Planerad och använd tid' });
      expect(await report.getByRole('row').count()).toBe(1 + 8 + 1);
      expect(await report.getByRole('row').nth(1).innerText()).toContain('Inledning');
      expect(await page.getByRole('link', { name: 'Till protokollsbilagan' }).getAttribute('href')).toMatch(/^#\/moten\/.+\/bilaga$/);
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Kortkommandon' }).click();
      await page.getByRole('dialog', { name: 'Kortkommandon' }).waitFor();
      await expectNoViolations(page);
      await page.getByRole('dialog', { name: 'Kortkommandon' }).getByRole('button', { name: 'Stäng' }).click();

      await page.getByRole('button', { name: 'Förklara sammanträdet avslutat' }).click();
      // Goals 2 and 4 were only rated: the chair is told so before the meeting is declared closed.
      const question = page.getByRole('alertdialog', { name: 'Förklara sammanträdet avslutat?' });
      expect(await question.innerText()).toContain('2 av 4 mål saknar överenskommen kommentar.');
      await expectNoViolations(page);
      await question.getByRole('button', { name: 'Förklara avslutat' }).click();
      await expect.poll(() => page.locator('.meeting-meta').innerText()).toContain('Genomfört');
      // Offline and private by construction: in a whole meeting, not one request left the app's own origin.
      expect(requests.map((request) => request.url()).filter((url) => !url.startsWith(shell.url))).toEqual([]);
    });
  });

  it('lets the chair move through the steps and run the timer by keyboard alone', async () => {
    await withApp(shell, async ({ page }) => {
      await createAndOpenMeeting(page, 'Kommunstyrelsen');
      await page.getByRole('button', { name: 'Starta mötet' }).click();
      await expect.poll(() => stepHeading(page)).toBe('Inledning');

      await page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => stepHeading(page)).toBe('Övergripande dialog');
      await page.keyboard.press('Alt+t');
      await page.getByRole('button', { name: 'Pausa tiden' }).waitFor();
      await page.keyboard.press('Alt+n');
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Ny anteckning' }).evaluate((element) => element === document.activeElement))
        .toBe(true);
      await page.keyboard.type('Skrivet utan mus.');
      await page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => stepHeading(page)).toBe('Val av fokusmål');
      await page.keyboard.press('Alt+ArrowLeft');
      await expect.poll(() => stepHeading(page)).toBe('Övergripande dialog');
      expect(await page.getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ }).inputValue()).toBe('Skrivet utan mus.');

      await page.keyboard.press('Alt+t');
      await page.getByRole('button', { name: 'Starta tiden' }).waitFor();
      await page.locator('body').focus();
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Kortkommandon' }).waitFor();
      await expectNoViolations(page);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      await page.keyboard.press('Alt+t');
      await page.getByRole('button', { name: 'Pausa tiden' }).waitFor();
    });

    // Quitting and starting the app again brings the chair back to the same step, its clock still running.
    await withApp(shell, async ({ page }) => {
      await page.getByRole('link', { name: 'Öppna mötet för Kommunstyrelsen' }).click();
      await expect.poll(() => stepHeading(page)).toBe('Övergripande dialog');
      await page.getByRole('button', { name: 'Pausa tiden' }).waitFor();
      expect(await page.getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ }).inputValue()).toBe('Skrivet utan mus.');
    });
  });

  it('duplicates a meeting for next year’s round and deletes this year’s after confirming', async () => {
    await withApp(shell, async ({ page }) => {
      await createAndOpenMeeting(page, 'Tekniska nämnden');
      await addParticipant(page, 1, 'Anna Berg');
      await page.getByRole('button', { name: 'Starta mötet' }).click();
      await expect.poll(() => stepHeading(page)).toBe('Inledning');
      await writeNote(page, 'Bara i årets möte.');
      await toMeetingList(page);

      const list = page.getByRole('list', { name: 'Alla möten' });
      await page.getByRole('button', { name: 'Duplicera mötet för Tekniska nämnden den 2020-09-15 till nästa år' }).click();
      await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
      expect(await list.getByText('Planerat').count()).toBe(1);
      expect(await list.getByText('Pågår').count()).toBe(1);

      // Each round's buttons name its date, so this year's is the one deleted.
      await page.getByRole('button', { name: 'Ta bort mötet för Tekniska nämnden den 2020-09-15', exact: true }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Ta bort mötet?' });
      await dialog.waitFor();
      await expectNoViolations(page);
      await dialog.getByRole('button', { name: 'Ta bort mötet' }).click();
      await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
      const left = await list.getByRole('listitem').innerText();
      expect(left).toContain('Planerat');
      expect(left).toContain('2021-09-15');
      await expectNoViolations(page);
    });
  });
});
