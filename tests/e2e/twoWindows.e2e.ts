import type { Locator, Page } from 'playwright-core';
import { startMeeting, stepHeading, tick } from '../support/meetingSteps';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';

async function rateAndDraft(page: Page, goal: string, rating: string, draft: string): Promise<void> {
  const editor = page.getByRole('group', { name: goal, exact: true });
  await tick(editor.getByRole('radio', { name: rating }));
  await editor.getByRole('textbox', { name: `Utkast till kommentar – ${goal}` }).fill(draft);
  await expect.poll(() => editor.innerText()).toContain('Sparat');
}

async function addNote(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Ny anteckning' }).focus();
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
        .getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ })
        .evaluateAll((elements) => elements.map((element) => (element as HTMLTextAreaElement).value));
      expect(notes.sort()).toEqual(['Anteckning från andra fönstret.', 'Anteckning från första fönstret.']);
    });
  });
});

type Turn = { page: Page; fragment: string };

/**
 * Two people take turns typing into the same text from two windows, each starting once the other's last words show
 * on their own screen, as one answers what one sees. With `leave`, each leaves the field (Tab) after the turn and
 * comes back to it for the next.
 */
async function typeInTurns(field: (page: Page) => Locator, turns: Turn[], options: { delay: number; leave: boolean }) {
  let previous: string | null = null;
  for (const { page, fragment } of turns) {
    const box = field(page);
    if (previous !== null) {
      const awaited = previous;
      await expect.poll(() => box.inputValue(), { message: `the window never showed «${awaited}»` }).toContain(awaited);
    }
    if (options.leave || !(await box.evaluate((element) => element === document.activeElement))) await box.focus();
    await page.keyboard.type(fragment, { delay: options.delay });
    if (options.leave) await page.keyboard.press('Tab');
    previous = fragment.trim();
  }
}

/** Eight fragments, four from each window, every one of which must be in the text once at the end. */
function alternating(first: Page, second: Page, tag: string): Turn[] {
  return Array.from({ length: 8 }, (_, index) => ({
    page: index % 2 === 0 ? first : second,
    fragment: `${tag} ${index + 1}${index % 2 === 0 ? 'a' : 'b'}. `,
  }));
}

function expectEveryFragmentOnce(text: string, turns: Turn[]): void {
  for (const { fragment } of turns) expect(text.split(fragment.trim()).length - 1, `«${fragment.trim()}» i «${text}»`).toBe(1);
}

const sortedCharacters = (text: string) => [...text.replace(/\s/g, '')].sort().join('');

describe('two windows typing into the same text', () => {
  let shell: BrowserShell;
  beforeEach(async () => {
    shell = await startBrowserShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('keep every fragment of a note, a draft and the decision typed in turns: slowly, fast, and leaving the field', async () => {
    await withApp(shell, async ({ context, page: first }) => {
      await startMeeting(first, 'Socialnämnden');
      const second = await context.newPage();
      await second.goto(first.url());
      await expect.poll(() => stepHeading(second)).toBe('Inledning');

      // A note begun in the first window, typed slowly, each keeping the caret in the note between turns.
      await first.getByRole('textbox', { name: 'Ny anteckning' }).fill('Början. ');
      const note = (page: Page) => page.getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ });
      await expect.poll(() => note(second).count()).toBe(1);
      await expect.poll(() => note(second).inputValue()).toBe('Början. ');
      const noteTurns = alternating(first, second, 'Anteckning');
      await typeInTurns(note, noteTurns, { delay: 60, leave: false });

      // The overall draft typed fast, and the decision leaving the field between turns, in both windows.
      await first.getByRole('button', { name: /^Övergripande kommentar och beslut/ }).click();
      await expect.poll(() => stepHeading(second)).toBe('Övergripande kommentar och beslut');
      const draft = (page: Page) => page.getByRole('textbox', { name: /^Utkast till kommentar/ });
      const draftTurns = alternating(first, second, 'Utkast');
      await typeInTurns(draft, draftTurns, { delay: 0, leave: false });
      const decision = (page: Page) => page.getByRole('textbox', { name: 'Beslutsformulering' });
      await decision(first).fill('');
      const decisionTurns = alternating(second, first, 'Beslut');
      await typeInTurns(decision, decisionTurns, { delay: 20, leave: true });

      // Both windows come to show the same text, with every fragment in it.
      for (const [field, turns] of [
        [draft, draftTurns],
        [decision, decisionTurns],
      ] as const) {
        await expect.poll(async () => (await field(first).inputValue()) === (await field(second).inputValue())).toBe(true);
        expectEveryFragmentOnce(await field(first).inputValue(), turns);
      }

      await second.close();
      await first.reload();
      await expect.poll(() => stepHeading(first)).toBe('Övergripande kommentar och beslut');
      expectEveryFragmentOnce(await draft(first).inputValue(), draftTurns);
      expectEveryFragmentOnce(await decision(first).inputValue(), decisionTurns);
      await first.getByRole('button', { name: /^Inledning/ }).click();
      expectEveryFragmentOnce(await note(first).inputValue(), noteTurns);
    });
  });

  it('keep every key when both type into one note at the same moment, and come to show the same text', async () => {
    await withApp(shell, async ({ context, page: first }) => {
      await startMeeting(first, 'Kultur- och fritidsnämnden');
      const second = await context.newPage();
      await second.goto(first.url());
      await first.getByRole('textbox', { name: 'Ny anteckning' }).fill('Mötet: ');
      const note = (page: Page) => page.getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ });
      await note(first).focus();
      await note(second).focus();
      const typed = { first: 'Ordföranden föreslår en paus. ', second: 'Sekreteraren noterar tiden. ' };
      await Promise.all([first.keyboard.type(typed.first, { delay: 15 }), second.keyboard.type(typed.second, { delay: 15 })]);
      await expect.poll(async () => (await note(first).inputValue()) === (await note(second).inputValue())).toBe(true);
      // Typed at one spot at one moment, the two may interleave, but no key is lost or doubled.
      expect(sortedCharacters(await note(first).inputValue())).toBe(sortedCharacters('Mötet: ' + typed.first + typed.second));

      await second.close();
      await first.reload();
      await expect
        .poll(async () => sortedCharacters(await note(first).inputValue()))
        .toBe(sortedCharacters('Mötet: ' + typed.first + typed.second));
    });
  });
});
