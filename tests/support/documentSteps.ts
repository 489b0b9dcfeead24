import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { createAndOpenMeeting, fromProjectorMenu, next, stepHeading, tick, writeNote } from './meetingSteps';

/** Steps the e2e tests of the remiss's papers share: files in and out of the browser shell, the reader, the projector. */

export const projectorText = (projector: Page) => projector.locator('main').innerText();
export const readerStatus = (page: Page) => page.locator('.reader-status').innerText();
export const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name }).click();

/** Presses the button that opens a file dialog and picks the file in it, as a person would. */
export async function chooseFile(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** What a press saves: the browser shell hands a saved file over as a download. */
export async function downloaded(page: Page, press: () => Promise<void>): Promise<{ download: Download; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  return { download, bytes: new Uint8Array(await readFile((await download.path())!)) };
}

/**
 * A meeting of the board on the package, walked to the in-depth step for goal 1 with the projector open: the secretary
 * has written `note` in the introduction, which the room must never see. Returns the projector's page.
 */
export async function meetingAtGoalOne(
  context: BrowserContext,
  page: Page,
  { body, packageTitle, note }: { body: string; packageTitle: string; note: string },
): Promise<Page> {
  await menu(page, 'Möten');
  await createAndOpenMeeting(page, body);
  await page.getByRole('button', { name: /Remisspaket/ }).click();
  await page.getByRole('option').filter({ hasText: packageTitle }).click();
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await expect.poll(() => stepHeading(page)).toBe('Inledning');
  await writeNote(page, note);
  const [projector] = await Promise.all([context.waitForEvent('page'), fromProjectorMenu(page, 'Öppna projektorfönstret')]);
  await next(page, 'Övergripande dialog');
  await next(page, 'Val av fokusmål');
  await tick(page.getByRole('checkbox', { name: /^Mål 1:/ }));
  await next(page, 'Fördjupad dialog: mål 1');
  return projector;
}
