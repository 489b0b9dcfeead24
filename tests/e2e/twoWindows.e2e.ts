import type { Page } from 'playwright-core';
import { stepHeading, tick } from '../support/meetingSteps';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';

async function rateAndDraft(page: Page, goal: string, rating: string, draft: string): Promise<void> {
  const editor = page.getByRole('group', { name: goal, exact: true });
  await tick(editor.getByRole('radio', { name: rating }));
  await editor.getByRole('textbox', { name: `Utkast till kommentar – ${goal}` }).fill(draft);
  await expect.poll(() => editor.innerText()).toContain('Sparat');
}

async function addNote(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Ny anteckning' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-note-editor') ?? false)).toBe(true);
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  // What the secretary sees before moving on: the note's own indicator says it is on disk.
  await expect
    .poll(() => page.locator('li.note', { has: page.locator('textarea[data-note-editor]', { hasText: text }) }).innerText())
    .toContain('Sparat');
}

describe('two windows on one meeting', () => {
  let shell: BrowserShell;
  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('lose no update when both write at the same time, and each sees the other’s', async () => {
    await withApp(shell, async ({ context, page: first }) => {
      await first.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill('Tekniska nämnden');
      await first.getByRole('button', { name: 'Skapa möte' }).click();
      await first.getByRole('button', { name: 'Starta mötet' }).click();
      await first.getByRole('button', { name: /^Övriga mål/ }).click();
      await expect.poll(() => stepHeading(first)).toBe('Övriga mål');

      const second = await context.newPage();
      await second.goto(first.url());
      await expect.poll(() => stepHeading(second)).toBe('Övriga mål');

      await Promise.all([
        (async () => {
          await rateAndDraft(first, 'Mål 1', '3. Lagom', 'Rimlig nivå, skriven i första fönstret.');
          await addNote(first, 'Anteckning från första fönstret.');
        })(),
        (async () => {
          await rateAndDraft(second, 'Mål 2', '4. Bör höjas något', 'Kan höjas, skriven i andra fönstret.');
          await addNote(second, 'Anteckning från andra fönstret.');
        })(),
      ]);

      for (const page of [first, second]) {
        await expect
          .poll(() =>
            page.getByRole('group', { name: 'Mål 2', exact: true }).getByRole('radio', { name: '4. Bör höjas något' }).isChecked(),
          )
          .toBe(true);
        await expect
          .poll(() => page.getByRole('group', { name: 'Mål 1', exact: true }).getByRole('radio', { name: '3. Lagom' }).isChecked())
          .toBe(true);
      }

      await second.close();
      await first.reload();
      await expect.poll(() => stepHeading(first)).toBe('Övriga mål');
      expect(await first.getByRole('textbox', { name: 'Utkast till kommentar – Mål 1' }).inputValue()).toBe(
        'Rimlig nivå, skriven i första fönstret.',
      );
      expect(await first.getByRole('textbox', { name: 'Utkast till kommentar – Mål 2' }).inputValue()).toBe(
        'Kan höjas, skriven i andra fönstret.',
      );
      const notes = await first
        .locator('textarea[data-note-editor]')
        .evaluateAll((elements) => elements.map((element) => (element as HTMLTextAreaElement).value));
      expect(notes.sort()).toEqual(['Anteckning från andra fönstret.', 'Anteckning från första fönstret.']);
    });
  });
});
