import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { createAndOpenMeeting, expectNoViolations, fromProjectorMenu, stepHeading, tick, writeNote } from '../support/meetingSteps';

/** Screenshots of every step, for anyone to look at after a run; the folder is ignored by git. */
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const LAPTOP = { width: 1366, height: 768 };
const PROJECTOR = { width: 1920, height: 1080 };

const projectorText = (projector: Page) => projector.locator('main').innerText();

/** Fails, naming the element, when any part of it lies outside the window: the secretary would have to scroll to it. */
async function expectInView(page: Page, element: Locator, what: string): Promise<void> {
  await element.waitFor();
  const box = await element.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} is not on screen`).not.toBeNull();
  expect(
    box!.y >= 0 && box!.y + box!.height <= viewport.height && box!.x >= 0 && box!.x + box!.width <= viewport.width,
    `${what} lies outside the ${viewport.width}×${viewport.height} window (at ${Math.round(box!.x)},${Math.round(box!.y)}, ` +
      `${Math.round(box!.width)}×${Math.round(box!.height)})`,
  ).toBe(true);
}

/** What the secretary needs at every step, whatever the step: where the room is, the time, the way on, the notes. */
async function expectRoomInView(page: Page, step: string): Promise<void> {
  await expectInView(page, page.locator('#step-title'), `${step}: the step's heading`);
  await expectInView(page, page.getByRole('group', { name: 'Tid för punkten' }), `${step}: the time box`);
  await expectInView(page, page.getByRole('button', { name: 'Nästa punkt →' }), `${step}: the next step's button`);
  await expectInView(page, page.getByRole('link', { name: 'Lämna mötesläget' }), `${step}: the way out`);
  await expectInView(
    page,
    page.getByRole('navigation', { name: 'Dagordning för dialogen' }).locator('[aria-current="step"]'),
    `${step}: the current step in the running order`,
  );
  await expectInView(page, page.getByRole('textbox', { name: 'Ny anteckning' }), `${step}: the field that begins a note`);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

async function addBodyWithOwnGoals(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nämnder och styrelser' }).click();
  await page.getByRole('button', { name: 'Lägg till nämnd eller styrelse' }).click();
  await page.getByRole('textbox', { name: 'Namn' }).fill('Kultur- och fritidsnämnden');
  for (const [index, title, goal] of [
    [1, 'Fler unga i föreningslivet', 3],
    [2, 'Biblioteken når fler invånare', 3],
    [3, 'Hållbara lokaler för fritid och kultur', 1],
  ] as const) {
    await page.getByRole('button', { name: 'Lägg till eget mål' }).click();
    await page.getByRole('textbox', { name: `Eget mål ${index}: Målets lydelse` }).fill(title);
    await page
      .getByRole('group', { name: `Eget mål ${index}: Bidrar till kommunfullmäktiges mål` })
      .getByText(new RegExp(`^Mål ${goal}:`))
      .click();
  }
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('heading', { level: 3, name: 'Kultur- och fritidsnämnden' }).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Möten' }).click();
}

describe('room mode on a laptop screen, and the projector at every step', () => {
  let shell: BrowserShell;
  beforeEach(async () => {
    shell = await startBrowserShell();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('holds a meeting at 1366×768 with everything the secretary needs in view, while the projector says something at every step', async () => {
    await withApp(shell, async ({ context, page }) => {
      await page.setViewportSize(LAPTOP);
      await addBodyWithOwnGoals(page);
      await createAndOpenMeeting(page, 'Kultur- och fritidsnämnden');
      await page.getByRole('button', { name: /^Ingen profil – skriv namnet/ }).click();
      await page.getByRole('option', { name: 'Kultur- och fritidsnämnden' }).click();
      await page.getByRole('textbox', { name: 'Paragraf (§)' }).fill('45');
      await page.getByRole('button', { name: 'Starta mötet' }).click();
      await expect.poll(() => stepHeading(page)).toBe('Inledning');

      // Room mode: the meeting has the screen, with no app navigation; the regions are landmarks with names.
      expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: /^Anteckningar – / }).count()).toBe(1);

      const [projector] = await Promise.all([context.waitForEvent('page'), fromProjectorMenu(page, 'Öppna projektorfönstret')]);
      await projector.setViewportSize(PROJECTOR);
      await projector.getByRole('heading', { level: 1, name: 'Inledning' }).waitFor();
      // Readable from the back of the room: at least about 28 px body text on a 1080p projector.
      const fontSize = await projector.locator('main').evaluate((main) => parseFloat(getComputedStyle(main).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(28);

      const steps: Array<{ step: string; projector: (text: string) => void; before?: () => Promise<void> }> = [
        {
          step: 'Inledning',
          projector: (text) => {
            expect(text).toContain('Vision 2030 – ”Här ger vi plats för att göra skillnad”');
            expect(text).toContain('Mål 4: Vaggeryds kommun ska vara en plats som är attraktiv, trygg och tillgänglig');
          },
        },
        {
          step: 'Övergripande dialog',
          projector: (text) => {
            expect(text).toContain('Fråga 1 av 5');
            expect(text).toContain('Ger de fyra målens ambitionsnivåer tillsammans en rimlig riktning');
            expect(text).toContain('KOMMUNFULLMÄKTIGES MÅL');
          },
        },
        {
          step: 'Val av fokusmål',
          projector: (text) => {
            expect(text).toContain('Fler unga i föreningslivet');
            expect(text).toContain('Hållbara lokaler för fritid och kultur');
            expect(text).toContain('Inget av nämndens egna mål är kopplat hit.');
            expect(text.match(/Fördjupad dialog$/gm)).toHaveLength(2);
          },
        },
        {
          step: 'Fördjupad dialog: mål 1',
          projector: (text) => {
            expect(text).toContain('Mål 1: Vaggeryds kommun ska vara en plats med hållbar samhällsutveckling');
            expect(text).toContain('Fråga 1 av 6');
            expect(text).toContain('Utkast – Mål 1');
            expect(text).toContain('Nämnden ser ambitionsnivån som rimlig.');
          },
          before: async () => {
            await expectInView(page, page.getByRole('textbox', { name: 'Utkast till kommentar – Mål 1' }), 'the draft of the comment');
            await expectInView(page, page.getByText(/^Fråga 1 av 6:/), 'the question under discussion');
            await tick(page.getByRole('group', { name: 'Mål 1', exact: true }).getByRole('radio', { name: '3. Lagom' }));
            await page.getByRole('textbox', { name: 'Utkast till kommentar – Mål 1' }).fill('Nämnden ser ambitionsnivån som rimlig.');
            await page.keyboard.press('Alt+p');
            await expect.poll(() => projectorText(projector)).toContain('Nämnden ser ambitionsnivån som rimlig.');
            // Scrolled to the goal's material, the step's heading, goal, question and time stay in view.
            await page.locator('.room-step').evaluate((region) => (region.scrollTop = region.scrollHeight));
            await expectInView(page, page.locator('#step-title'), 'the heading, with the step scrolled down');
            await expectInView(page, page.locator('.step-goal'), 'the goal, with the step scrolled down');
            await expectInView(page, page.getByText(/^Fråga 1 av 6:/), 'the question, with the step scrolled down');
            await expectInView(page, page.getByRole('group', { name: 'Tid för punkten' }), 'the time, with the step scrolled down');
            await page.locator('.room-step').evaluate((region) => (region.scrollTop = 0));
          },
        },
        {
          step: 'Fördjupad dialog: mål 3',
          projector: (text) => {
            expect(text).toContain('Mål 3: Vaggeryds kommun ska vara en plats med en hög kunskapsnivå');
            expect(text).toMatch(/3\s+God hälsa och välbefinnande/);
            expect(text).toMatch(/10\s+Minskad ojämlikhet/);
            expect(text).not.toContain('Utkast – Mål 1');
          },
          before: async () => {
            await fromProjectorMenu(page, 'Ta ner från projektorn');
            // The draft comes down once the session is written: wait for the projector to say so, not a moment.
            await expect.poll(() => projectorText(projector)).not.toContain('Utkast – Mål 1');
          },
        },
        {
          step: 'Övriga mål',
          projector: (text) => {
            expect(text).toContain('MÅL UTAN FÖRDJUPAD DIALOG');
            expect(text).toContain('Mål 2: Vaggeryds kommun ska vara en plats med hög sysselsättning');
            expect(text).toContain('Mål 4: Vaggeryds kommun ska vara en plats som är attraktiv, trygg och tillgänglig');
          },
        },
        {
          step: 'Övergripande kommentar och beslut',
          projector: (text) => {
            // Left empty, the decision's wording is the standard sentence in the body's own name.
            expect(text).toContain('Kultur- och fritidsnämnden beslutar att lämna kommentarer enligt bilaga 1 som svar på remissen.');
          },
        },
        {
          step: 'Avslutning',
          projector: (text) => {
            expect(text).toContain('BEDÖMNING PER MÅL');
            expect(text).toContain('3. Lagom');
          },
        },
      ];

      for (const [index, { step, projector: shows, before }] of steps.entries()) {
        const number = index + 1;
        await expect.poll(() => stepHeading(page)).toBe(step);
        await expect.poll(() => projector.getByRole('heading', { level: 1 }).innerText()).toBe(step);
        await expectRoomInView(page, step);
        await writeNote(page, `Anteckning vid punkt ${number}.`);
        if (before) await before();
        await expect.poll(() => projectorText(projector)).toContain(`Punkt ${number} av 8`);
        shows(await projectorText(projector));
        expect(await projectorText(projector), 'the room never sees a note the chair did not put up').not.toContain('Anteckning vid punkt');
        await expectNoViolations(page);
        await expectNoViolations(projector);
        await shoot(page, `room-${number}`);
        await shoot(projector, `projector-${number}`);
        if (number === 1) await page.getByRole('button', { name: 'Nästa punkt →' }).click();
        else if (number < steps.length) await page.keyboard.press('Alt+ArrowRight');
      }

      // The chair can keep the clock off the room's screen.
      expect(await projectorText(projector)).toContain('Tid kvar');
      await fromProjectorMenu(page, 'Dölj tiden på projektorn');
      await expect.poll(() => projectorText(projector)).not.toContain('Tid kvar');
      await expectInView(page, page.getByRole('group', { name: 'Tid för punkten' }), 'the laptop keeps its clock');

      // Escape, pressed while typing, leaves the secretary in the room with the text where it was.
      const note = page.getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ }).last();
      await note.click();
      await page.keyboard.type(' Och mer.');
      await page.keyboard.press('Escape');
      expect(await stepHeading(page)).toBe('Avslutning');
      expect(await note.inputValue()).toBe('Anteckning vid punkt 8. Och mer.');
    });
  });
});
