import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { startKillableApp } from '../support/killableBrowser';
import { startMeeting } from '../support/meetingSteps';

/** npm test runs a few; `npm run test:durability` runs many more. */
const TRIALS = Number(process.env.DURABILITY_TRIALS ?? 4);
/** The kill comes this long after the last keystroke: everything typed must be on disk by then. */
const KILL_AFTER_MS = 200;
const SAMPLE =
  'Nämnden anser att ambitionsnivån för mål två är rimlig men att uppföljningen behöver spegla landsbygdens villkor, ' +
  'särskilt för unga som pendlar till gymnasiet – vi föreslår ett eget mått på det. Åsa, Örjan och Ämir instämmer.';

/** The run's randomness comes from one seed, printed with every failure: `DURABILITY_SEED=… npm run test:durability` repeats it. */
const SEED = Number(process.env.DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: a small, well-mixed generator of numbers in [0, 1) from a 32-bit seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Field = 'note' | 'comment';

/** Puts the caret where the secretary would type: the open field that begins a note on the first step, or the overall comment's draft. */
async function focusField(page: Page, field: Field): Promise<void> {
  if (field === 'note') {
    await page.getByRole('button', { name: /^Inledning/ }).click();
    await expect.poll(() => page.locator('#step-title').innerText()).toBe('Inledning');
    await page.getByRole('textbox', { name: 'Ny anteckning' }).focus();
  } else {
    await page.getByRole('button', { name: /^Övergripande kommentar och beslut/ }).click();
    const draft = page.getByRole('textbox', { name: /^Utkast till kommentar/ });
    await draft.focus();
    await page.keyboard.press('ControlOrMeta+A');
  }
}

async function storedTexts(page: Page, field: Field): Promise<string[]> {
  await page.locator('#step-title').waitFor();
  if (field === 'note') {
    await page.getByRole('button', { name: /^Inledning/ }).click();
    const editors = page.getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ });
    return editors.evaluateAll((elements) => elements.map((element) => (element as HTMLTextAreaElement).value));
  }
  await page.getByRole('button', { name: /^Övergripande kommentar och beslut/ }).click();
  return [await page.getByRole('textbox', { name: /^Utkast till kommentar/ }).inputValue()];
}

describe('nothing typed is lost when the laptop dies', () => {
  let shell: BrowserShell;

  beforeAll(async () => {
    shell = await startBrowserShell();
  });
  afterAll(async () => {
    await shell.dispose();
  });

  it(
    `keeps every character typed ${KILL_AFTER_MS} ms before Chromium is killed, in ${TRIALS} seeded trials`,
    async () => {
      const random = seededRandom(SEED);
      const between = (min: number, max: number) => min + random() * (max - min);
      const meetingUrl = await withApp(shell, async ({ page }) => {
        await startMeeting(page, 'Socialnämnden');
        return page.url();
      });
      for (let trial = 1; trial <= TRIALS; trial += 1) {
        const field: Field = trial % 2 === 1 ? 'note' : 'comment';
        const full = `Försök ${trial}: ${SAMPLE}`;
        // A sentence cut off anywhere, typed at a person's uneven pace, the last key a moment before the power goes.
        const text = [...full].slice(0, Math.round(between(20, 120))).join('');
        const pauses = [...text].map(() => between(10, 90));
        const where = `försök ${trial} (${field}, DURABILITY_SEED=${SEED})`;
        const app = await startKillableApp(shell.profileDir, meetingUrl);
        await app.page.locator('#step-title').waitFor();
        await focusField(app.page, field);

        for (const [index, character] of [...text].entries()) {
          await app.page.keyboard.type(character);
          if (index < pauses.length - 1) await sleep(pauses[index]!);
        }
        await sleep(KILL_AFTER_MS);
        app.kill();
        await app.exited;

        const texts = await withApp(shell, async ({ page }) => {
          await page.goto(meetingUrl);
          return storedTexts(page, field);
        });
        const kept = texts.find((stored) => stored.startsWith(`Försök ${trial}:`)) ?? '';
        expect(kept, `${where}: sparat «${kept}», skrivet «${text}»`).toBe(text);
      }
    },
    60_000 + TRIALS * 30_000,
  );

  it('holds the tab while the last keystrokes are written, and asks only then', async () => {
    const meetingUrl = await withApp(shell, async ({ page }) => {
      await startMeeting(page, 'Kulturnämnden');
      return page.url();
    });
    const text = 'Skrivet och stängt i samma stund';
    await withApp(shell, async ({ page }) => {
      await page.goto(meetingUrl);
      await focusField(page, 'note');
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        // The user chooses to stay, as the browser's question invites while a write waits.
        void dialog.dismiss();
      });
      await page.keyboard.type(text.slice(0, -1));
      // The last key and the close leave together, so the close always finds that keystroke still waiting for its write.
      await Promise.all([page.keyboard.type(text.slice(-1)), page.close({ runBeforeUnload: true })]);
      await expect.poll(() => dialogs).toEqual(['beforeunload']);
      expect(page.isClosed()).toBe(false);

      await expect.poll(() => page.locator('li.note').first().innerText()).toContain('Sparat');
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => page.isClosed()).toBe(true);
      expect(dialogs).toEqual(['beforeunload']);
    });
    const texts = await withApp(shell, async ({ page }) => {
      await page.goto(meetingUrl);
      return storedTexts(page, 'note');
    });
    expect(texts).toContain(text);
  });

  it('keeps writing, and says "Sparat" honestly, when another program upgrades the database under the app', async () => {
    const meetingUrl = await withApp(shell, async ({ page }) => {
      await startMeeting(page, 'Miljö- och byggnadsnämnden');
      return page.url();
    });
    await withApp(shell, async ({ page }) => {
      await page.goto(meetingUrl);
      await focusField(page, 'note');
      await page.keyboard.type('Första delen');
      // A newer copy of the app (another window, after an update) opens the database at a higher version: the browser
      // asks this page to let go of its connection in the middle of the typing.
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('malsamtal', 100_000);
            request.onsuccess = () => {
              request.result.close();
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      );
      await page.keyboard.type(' och andra delen');
      await expect.poll(() => page.locator('li.note').first().innerText()).toContain('Sparat');
    });
    const texts = await withApp(shell, async ({ page }) => {
      await page.goto(meetingUrl);
      return storedTexts(page, 'note');
    });
    expect(texts).toContain('Första delen och andra delen');
  });
});
