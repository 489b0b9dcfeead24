import type { Page } from 'playwright-core';
import { expectNoViolations, fromProjectorMenu, next, startMeeting, stepHeading, tick, writeNote } from '../support/meetingSteps';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';

const projectorText = (projector: Page) => projector.locator('main').innerText();
const SECRET_NOTE = 'Hemlig notering 4711 om budgetläget';
const PARKED_NOTE = 'Parkerad fråga 0815 om lokalerna';

/** The projector heading the room reads first: the step on show. */
async function projectorStep(projector: Page): Promise<string> {
  return projector.getByRole('heading', { level: 1 }).innerText();
}

async function expectNoNotes(projector: Page): Promise<void> {
  const text = await projectorText(projector);
  expect(text, 'the room must never see the secretary’s notes').not.toContain(SECRET_NOTE);
  expect(text, 'the room must never see the parking lot').not.toContain(PARKED_NOTE);
}

describe('the room follows the chair on the projector', () => {
  let shell: BrowserShell;

  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('shows the step, question, time and the draft the chair puts up, blanks, never shows notes, and survives closing', async () => {
    await withApp(shell, async ({ context, page }) => {
      const meetingId = await startMeeting(page, 'Tekniska nämnden');

      const [projector] = await Promise.all([context.waitForEvent('page'), fromProjectorMenu(page, 'Öppna projektorfönstret')]);
      await expect.poll(() => projector.url()).toContain(`#/projektor/${meetingId}`);
      await expect.poll(() => projectorStep(projector)).toBe('Inledning');
      expect(await projector.getByRole('navigation').count(), 'the projector shows no app menu').toBe(0);
      await expectNoViolations(projector);

      await writeNote(page, SECRET_NOTE);
      await writeNote(page, PARKED_NOTE);
      await tick(page.getByRole('checkbox', { name: /^Parkera/ }).last());
      await expect.poll(() => page.getByRole('list', { name: /^Parkeringen/ }).innerText()).toContain(PARKED_NOTE);
      await next(page, 'Övergripande dialog');
      await expect.poll(() => projectorStep(projector)).toBe('Övergripande dialog');
      await expect.poll(() => projectorText(projector)).toContain('Fråga 1 av');
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => projectorText(projector)).toContain('Fråga 2 av');
      // Should focus land on the projector's window, the chair's keys still work there.
      await projector.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => projectorText(projector)).toContain('Fråga 1 av');
      await projector.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => projectorText(projector)).toContain('Fråga 2 av');
      await expectNoNotes(projector);

      await next(page, 'Val av fokusmål');
      await tick(page.getByRole('checkbox', { name: /^Mål 1:/ }));
      await next(page, 'Fördjupad dialog: mål 1');
      await expect.poll(() => projectorStep(projector)).toBe('Fördjupad dialog: mål 1');
      await expect.poll(() => projectorText(projector)).toContain('Fråga 1 av 6');
      expect(await projector.getByRole('heading', { level: 2, name: /^Mål 1: / }).count()).toBe(1);
      // Vaggeryd has published no Agenda 2030 links for goal 1, and the example invents none: no tiles.
      expect(await projector.getByRole('list', { name: 'Agenda 2030' }).count()).toBe(0);

      expect(await projector.locator('.projector-clock').innerText()).toBe('15:00');
      await page.getByRole('button', { name: 'Starta tiden' }).click();
      await expect.poll(() => projector.locator('.projector-clock').innerText(), { timeout: 5000 }).toMatch(/^14:5\d$/);

      const draft = page.getByRole('textbox', { name: 'Utkast till kommentar – Mål 1' });
      await draft.fill('Nämnden ser ambitionsnivån som rimlig.');
      await expect.poll(() => page.getByRole('group', { name: 'Mål 1', exact: true }).innerText()).toContain('Sparat');
      expect(await projectorText(projector), 'a draft stays on the laptop until the chair puts it up').not.toContain(
        'ambitionsnivån som rimlig',
      );
      await page.keyboard.press('Alt+p');
      await expect.poll(() => projectorText(projector)).toContain('Utkast – Mål 1');
      await expect.poll(() => projectorText(projector)).toContain('Nämnden ser ambitionsnivån som rimlig.');
      await draft.fill('Nämnden ser ambitionsnivån som rimlig och vill följa upp den.');
      await expect.poll(() => projectorText(projector)).toContain('vill följa upp den.');
      // Typed key by key, as the secretary does: the room reads along as the text grows.
      await draft.press('End');
      await page.keyboard.type(' Tydliga mått behövs.');
      await expect
        .poll(() => projectorText(projector), { message: 'the room should see the draft as the secretary types it' })
        .toContain('vill följa upp den. Tydliga mått behövs.');
      await expectNoNotes(projector);
      await expectNoViolations(projector);

      await page.keyboard.press('Alt+b');
      await expect.poll(() => projectorStep(projector)).toBe('Målsamtal');
      expect(await projectorText(projector)).not.toContain('ambitionsnivån');
      await expectNoViolations(projector);
      await fromProjectorMenu(page, 'Tänd projektorn');
      await expect.poll(() => projectorStep(projector)).toBe('Fördjupad dialog: mål 1');

      // The room's window closes (a cable pulled, a window shut): the meeting goes on, and a new one picks it up.
      await projector.close();
      await page.getByRole('button', { name: 'Pausa tiden' }).waitFor();
      expect(await stepHeading(page)).toBe('Fördjupad dialog: mål 1');
      const reopened = await context.newPage();
      await reopened.goto(`${shell.url}#/projektor/${encodeURIComponent(meetingId)}`);
      await expect.poll(() => projectorStep(reopened)).toBe('Fördjupad dialog: mål 1');
      await expect.poll(() => projectorText(reopened)).toContain('vill följa upp den.');
      await expectNoNotes(reopened);

      // Only the one note the chair chooses reaches the room, and it leaves when taken down.
      await writeNote(page, 'Beslut: sektorn återkommer i november.');
      await page.getByRole('button', { name: /^Visa på projektorn Anteckning/ }).click();
      const question = page.getByRole('alertdialog', { name: 'Visa anteckningen på projektorn?' });
      await expectNoViolations(page);
      expect(await projectorText(reopened), 'not before the chair confirms').not.toContain('sektorn återkommer');
      await question.getByRole('button', { name: 'Visa anteckningen' }).click();
      await expect.poll(() => projectorText(reopened)).toContain('Beslut: sektorn återkommer i november.');
      await expectNoNotes(reopened);
      await page.getByRole('button', { name: /^Ta bort från projektorn Anteckning/ }).click();
      await expect.poll(() => projectorText(reopened)).not.toContain('sektorn återkommer');

      await fromProjectorMenu(page, 'Stäng projektorn');
      expect(await stepHeading(page)).toBe('Fördjupad dialog: mål 1');
    });
  });
});
