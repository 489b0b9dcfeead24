import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';

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
