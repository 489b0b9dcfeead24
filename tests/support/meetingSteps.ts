import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeViolations, findAccessibilityViolations } from './app';

/** What the chair and the secretary do in the meeting screens, step by step, as the end-to-end tests drive them. */

export const stepHeading = (page: Page) => page.locator('#step-title').innerText();

export async function expectNoViolations(page: Page): Promise<void> {
  expect(describeViolations(await findAccessibilityViolations(page))).toBe('');
}

/** Types a date into the app's date control, segment by segment, as a person does with the keyboard. */
export async function typeDate(page: Page, label: string, digits: string): Promise<void> {
  await page.getByRole('group', { name: label }).getByRole('spinbutton').first().click();
  await page.keyboard.type(digits);
}

/** The seed's dates lie years back: the app asks whether the date is right, and the secretary says it is. */
export async function confirmUnlikelyDate(page: Page): Promise<void> {
  await page.getByRole('alertdialog', { name: 'Är datumet rätt?' }).getByRole('button', { name: 'Ja, datumet är rätt' }).click();
}

/**
 * Creates a meeting on the start screen, dated 2020-09-15 as in the seed; its preparation opens at once. The date is
 * years back unless the test has set the page’s clock near it, and then the app asks nothing.
 */
export async function createAndOpenMeeting(page: Page, bodyName: string, { dateIsUnlikely = true } = {}): Promise<void> {
  await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill(bodyName);
  await typeDate(page, 'Datum för sammanträdet', '20200915');
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  if (dateIsUnlikely) await confirmUnlikelyDate(page);
  await page.getByRole('heading', { level: 1, name: `${bodyName} – Förberedelse` }).waitFor();
}

/** Leaves room mode (or any screen) for the meeting list, by the way a person would. */
export async function toMeetingList(page: Page): Promise<void> {
  const leave = page.getByRole('link', { name: 'Lämna mötesläget' });
  if (await leave.count()) await leave.click();
  else await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Möten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
}

/** Chooses an item of the chair's projector menu in the meeting room. */
export async function fromProjectorMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: /^Projektor/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Creates a meeting and starts it, as the chair does before the item; returns the meeting's id. */
export async function startMeeting(page: Page, bodyName: string): Promise<string> {
  await createAndOpenMeeting(page, bodyName);
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await expect.poll(() => stepHeading(page)).toBe('Inledning');
  return decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
}

/** Clicks a react-aria checkbox or radio where a person would: on its label. */
export async function tick(control: Locator): Promise<void> {
  await control.locator('xpath=ancestor::label[1]').click();
  await expect.poll(() => control.isChecked()).toBe(true);
}

export async function writeNote(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Ny anteckning' }).click();
  await page.keyboard.type(text);
  await expect.poll(() => page.locator('.notes-panel').innerText()).toContain('Sparat');
}

export async function next(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Nästa punkt →' }).click();
  await expect.poll(() => stepHeading(page)).toBe(expected);
}
