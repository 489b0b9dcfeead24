import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeViolations, findAccessibilityViolations } from './app';

/** What the chair and the secretary do in the meeting screens, step by step, as the end-to-end tests drive them. */

export const stepHeading = (page: Page) => page.locator('#step-title').innerText();

export async function expectNoViolations(page: Page): Promise<void> {
  expect(describeViolations(await findAccessibilityViolations(page))).toBe('');
}

/** Creates a meeting from the list (on today's date, which the preparation then sets) and opens its preparation. */
export async function createAndOpenMeeting(page: Page, bodyName: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill(bodyName);
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await page.getByRole('link', { name: `Öppna mötet för ${bodyName}` }).click();
  await page.getByRole('heading', { level: 1, name: `${bodyName} – Förberedelse` }).waitFor();
  await page.getByRole('textbox', { name: 'Datum (ÅÅÅÅ-MM-DD)' }).fill('2020-09-15');
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
  await page.getByRole('button', { name: 'Ny anteckning' }).click();
  const editor = page.locator('textarea[data-note-editor]').last();
  await expect.poll(() => editor.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.type(text);
  await expect.poll(() => page.locator('.notes-panel').innerText()).toContain('Sparat');
}

export async function next(page: Page, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Nästa punkt →' }).click();
  await expect.poll(() => stepHeading(page)).toBe(expected);
}
