import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { createAndOpenMeeting, expectNoViolations, fromProjectorMenu, stepHeading, tick, typeDate } from '../support/meetingSteps';

const BODY = 'Miljö- och byggnadsnämnden';
/** Screenshots for anyone to look at after a run; the folder is ignored by git. */
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const FORECAST = 'Prognos 2026-08-31: Uppnås delvis – Två tjänster är vakanta';

/** The body profile with two own goals serving goal 1, the first with the follow-up's forecast. */
async function addBodyWithForecast(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nämnder och styrelser' }).click();
  await page.getByRole('button', { name: 'Lägg till nämnd eller styrelse' }).click();
  await page.getByRole('textbox', { name: 'Namn' }).fill(BODY);
  for (const [index, title] of [
    [1, 'Tillsynen sker i tid'],
    [2, 'Fler bygglov inom åtta veckor'],
  ] as const) {
    await page.getByRole('button', { name: 'Lägg till eget mål' }).click();
    await page.getByRole('textbox', { name: `Eget mål ${index}: Målets lydelse` }).fill(title);
    await page
      .getByRole('group', { name: `Eget mål ${index}: Bidrar till kommunfullmäktiges mål` })
      .getByText(/^Mål 1:/)
      .click();
  }
  const outcome = page.getByRole('radiogroup', { name: 'Eget mål 1: Prognos' });
  expect(await outcome.getByRole('radio', { name: 'Ingen prognos' }).isChecked()).toBe(true);
  await tick(outcome.getByRole('radio', { name: 'Uppnås delvis' }));
  await page.getByRole('textbox', { name: 'Eget mål 1: Kommentar till prognosen' }).fill('Två tjänster är vakanta');
  await typeDate(page, 'Eget mål 1: Prognosens datum', '20260831');
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByRole('heading', { level: 3, name: BODY }).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Möten' }).click();
}

describe('the board’s own goals with their forecast, in the meeting and on the handout', () => {
  let shell: BrowserShell;
  let downloads: string;
  beforeEach(async () => {
    shell = await startBrowserShell();
    downloads = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-handout-'));
  });
  afterEach(async () => {
    await shell.dispose();
    await rm(downloads, { recursive: true, force: true });
  });

  /**
   * Saves the discussion sheet, with the preparation's button or the room's settings menu (where a button would crowd
   * the room's bar), and reads it back as a member's reader would.
   */
  async function saveHandout(page: Page, name: string, from: 'preparation' | 'room'): Promise<string> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        if (from === 'preparation') await page.getByRole('button', { name: 'Spara diskussionsunderlaget som PDF …' }).click();
        else {
          await page.getByRole('button', { name: 'Inställningar' }).click();
          await page.getByRole('menuitem', { name: 'Spara diskussionsunderlaget som PDF …' }).click();
        }
      })(),
    ]);
    expect(download.suggestedFilename()).toBe(`2020-09-15 ${BODY} Diskussionsunderlag.pdf`);
    const file = path.join(downloads, name);
    await download.saveAs(file);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged: +yes$/m);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  }

  it('enters a forecast in the body profile, shows it in the in-depth step and on the projector, and prints it on the handout', async () => {
    await withApp(shell, async ({ context, page }) => {
      await addBodyWithForecast(page);
      await createAndOpenMeeting(page, BODY);
      await page.getByRole('button', { name: /^Ingen profil – skriv namnet/ }).click();
      await page.getByRole('option', { name: BODY }).click();
      await page.getByRole('button', { name: 'Spara förberedelsen' }).click();

      // From the preparation: the sheet for members without a screen, with the own goals and their forecast.
      await page.getByText('Förberedelsen är sparad.').waitFor({ state: 'attached' });
      const prepared = await saveHandout(page, 'forberedelse.pdf', 'preparation');
      expect(prepared).toContain(`Diskussionsunderlag – ${BODY}, sammanträde 2020-09-15`);
      expect(prepared).toContain('Bedömningsskala');
      expect(prepared).toContain('Övergripande frågor');
      expect(prepared).toContain(FORECAST);
      expect(prepared).toContain('Fler bygglov inom åtta veckor – Ingen prognos angiven');
      expect(prepared).toContain('Anteckningar');
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Starta mötet' }).click();
      await expect.poll(() => stepHeading(page)).toBe('Inledning');
      const [projector] = await Promise.all([context.waitForEvent('page'), fromProjectorMenu(page, 'Öppna projektorfönstret')]);
      await projector.setViewportSize({ width: 1920, height: 1080 });
      await projector.getByRole('heading', { level: 1, name: 'Inledning' }).waitFor();

      await page
        .getByRole('navigation', { name: 'Dagordning för dialogen' })
        .getByRole('button', { name: /Fördjupad dialog: mål 1/ })
        .click();
      await expect.poll(() => stepHeading(page)).toBe('Fördjupad dialog: mål 1');
      const own = page.getByRole('region', { name: 'Egna mål som bidrar till målet' });
      await expect.poll(() => own.innerText()).toContain(FORECAST);
      expect(await own.innerText()).toContain('Fler bygglov inom åtta veckor');
      expect(await page.getByRole('region', { name: 'Fokusområden och framgångsfaktorer' }).innerText()).toContain(
        'Miljö och naturresurser',
      );
      await expectNoViolations(page);

      const projectorText = () => projector.locator('main').innerText();
      expect(await projectorText()).not.toContain(FORECAST);
      const show = page.getByRole('button', { name: 'Visa nämndmålen på projektorn' });
      await show.click();
      await expect.poll(projectorText).toContain(FORECAST);
      expect(await projectorText()).toContain('Tillsynen sker i tid');
      expect(await projectorText()).toContain('Fler bygglov inom åtta veckor');
      expect(await show.getAttribute('aria-pressed')).toBe('true');
      // Readable from the back of the room: the forecast is body text of at least about 28 px at 1080p.
      const size = await projector
        .locator('.forecast')
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(size).toBeGreaterThanOrEqual(28);
      await expectNoViolations(projector);
      await mkdir(SCREENSHOTS, { recursive: true });
      await own.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'room-own-goals.png') });
      await projector.screenshot({ path: path.join(SCREENSHOTS, 'projector-own-goals.png') });

      await show.click();
      await expect.poll(projectorText).not.toContain(FORECAST);

      // From the room: the goal in focus gets its mark on the sheet.
      const held = await saveHandout(page, 'motet.pdf', 'room');
      expect(held).toContain('Målet är valt för fördjupad dialog.');
      expect(held).toContain(FORECAST);
    });
  });
});
