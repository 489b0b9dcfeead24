import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPackageFile } from '../../shared/remiss/packageContainer';
import { describeViolations, findAccessibilityViolations, startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { createAndOpenMeeting, stepHeading } from '../support/meetingSteps';
import { aPackage, aPackageFile } from '../support/packageFiles';

const noViolations = async (page: Page) => expect(describeViolations(await findAccessibilityViolations(page))).toBe('');

async function importFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera paketfil…' }).click();
  await (await chooser).setFiles(file);
}

const packageCard = (page: Page, title: string) =>
  page
    .getByRole('list', { name: 'Alla remisspaket' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

describe('the strategy office’s remiss packages', () => {
  let shell: BrowserShell;
  let folder: string;

  beforeEach(async () => {
    shell = await startBrowserShell();
    folder = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-packages-'));
  });
  afterEach(async () => {
    await shell.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('imports a package file, edits a goal, exports it and reads the export back with the edit', async () => {
    const original = path.join(folder, 'Remiss 2024.msremiss');
    await writeFile(original, aPackageFile());

    await withApp(shell, async ({ page }) => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Remisspaket' }).click();
      await page.getByRole('heading', { level: 1, name: 'Remisspaket' }).waitFor();
      await packageCard(page, 'Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål').getByText('Exempel').waitFor();

      await importFile(page, original);
      await packageCard(page, aPackage().title).waitFor();
      expect(await page.getByRole('status').innerText()).toBe(`Paketet ”${aPackage().title}” är importerat.`);
      await noViolations(page);

      await packageCard(page, aPackage().title)
        .getByRole('link', { name: `Läs: ${aPackage().title}` })
        .click();
      await page.getByRole('heading', { level: 1, name: aPackage().title }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'Bedömningsskala' }).isVisible()).toBe(true);
      expect(await page.getByText('Globalt mål 10: Minskad ojämlikhet').count()).toBe(1);
      await noViolations(page);

      await page.getByRole('link', { name: 'Redigera' }).click();
      const title = page.getByRole('textbox', { name: 'Mål 1: Titel' });
      await title.fill('Hela kommunen växer hållbart');
      await page.getByText('Alla ändringar är sparade.').waitFor();
      await page.getByRole('heading', { level: 3, name: 'Mål 1: Hela kommunen växer hållbart' }).waitFor();
      await noViolations(page);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Exportera', exact: true }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('Remisspaket KS 2019-160 – Remiss om ambitionsnivåer 2024.msremiss');
      const exported = path.join(folder, file.suggestedFilename());
      await file.saveAs(exported);
      const parsed = await readPackageFile(new Uint8Array(await readFile(exported)));
      expect(parsed.ok && parsed.package.goals[0]!.title).toBe('Hela kommunen växer hållbart');

      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Remisspaket' }).click();
      await importFile(page, exported);
      const conflict = page.getByRole('alertdialog', { name: 'Paketet finns redan' });
      await conflict.waitFor();
      await noViolations(page);
      await conflict.getByRole('button', { name: 'Behåll båda (importera som kopia)' }).click();

      const copyTitle = `${aPackage().title} (kopia)`;
      await packageCard(page, copyTitle)
        .getByRole('link', { name: `Läs: ${copyTitle}` })
        .click();
      await page.getByRole('heading', { level: 3, name: 'Mål 1. Hela kommunen växer hållbart' }).waitFor();
    });
  });

  it('starts a package from nothing, fills in what it needs, and exports a file that imports again', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Remisspaket' }).click();
      await page.getByRole('button', { name: 'Nytt tomt remisspaket' }).click();
      await page.getByRole('heading', { level: 1, name: 'Redigera: (utan titel)' }).waitFor();
      await noViolations(page);

      await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('Remiss om nämndernas mål 2027');
      await page.getByRole('textbox', { name: 'Avsändare' }).fill('Kommunledningskontoret');
      await page.getByRole('textbox', { name: 'Steg 1: Etikett' }).fill('För låg');
      await page.getByRole('textbox', { name: 'Steg 2: Etikett' }).fill('Lagom');
      await page.getByRole('textbox', { name: 'Mål 1: Titel' }).fill('En plats att växa i');
      await page.getByText('Alla ändringar är sparade.').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Redigera: Remiss om nämndernas mål 2027' }).waitFor();

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Exportera', exact: true }).click();
      const file = await download;
      const exported = path.join(folder, file.suggestedFilename());
      await file.saveAs(exported);
      const parsed = await readPackageFile(new Uint8Array(await readFile(exported)));
      expect(parsed.ok && { title: parsed.package.title, goals: parsed.package.goals.map((goal) => goal.title) }).toEqual({
        title: 'Remiss om nämndernas mål 2027',
        goals: ['En plats att växa i'],
      });
    });
  });

  it('takes a contact and the deadline in the letter’s words in the editor, and shows them on the page and in the meeting', async () => {
    const copyTitle = 'Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål (kopia)';
    await withApp(shell, async ({ page }) => {
      await page.goto(`${shell.url}#/remisspaket/vaggeryd-ks-2019-160-remiss-2`);
      await page.getByRole('button', { name: 'Gör en kopia' }).click();
      const section = page.getByRole('region', { name: 'Svarstid, kontakter och stöd' });
      await section.waitFor();
      await section.getByRole('textbox', { name: 'Svarstid med remissens ord' }).fill('Senast efter oktober månads nämnd.');
      await section.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
      const contact = section.getByRole('group', { name: 'Kontaktperson 2' });
      await contact.getByRole('textbox', { name: 'Kontaktperson 2: Namn' }).fill('Anna Berg');
      await contact.getByRole('textbox', { name: 'Kontaktperson 2: Roll' }).fill('Verksamhetsutvecklare');
      await contact.getByRole('textbox', { name: 'Kontaktperson 2: E-postadress' }).fill('anna.berg@vaggeryd.se');
      await page.getByText('Alla ändringar är sparade.').waitFor();
      await noViolations(page);

      await page.getByRole('link', { name: 'Visa som nämnden ser det' }).click();
      await page.getByRole('heading', { level: 1, name: copyTitle }).waitFor();
      expect(await page.getByRole('region', { name: 'Uppgifter om remissen' }).innerText()).toContain('Senast efter oktober månads nämnd.');
      expect(await page.getByRole('region', { name: 'Kontakt' }).getByRole('listitem').allInnerTexts()).toContain(
        'Anna Berg, Verksamhetsutvecklare: anna.berg@vaggeryd.se',
      );
      await noViolations(page);

      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Möten' }).click();
      await createAndOpenMeeting(page, 'Tekniska nämnden');
      await page.getByRole('button', { name: /Remisspaket/ }).click();
      await page.getByRole('option').filter({ hasText: copyTitle }).click();
      await page.getByRole('button', { name: 'Starta mötet' }).click();
      await expect.poll(() => stepHeading(page)).toBe('Inledning');
      const details = page.getByRole('region', { name: 'Svarstid, svarsvägar och kontakt' });
      const shown = await details.innerText();
      expect(shown).toContain('Sista svarsdag 2020-09-30');
      expect(shown).toContain('Senast efter oktober månads nämnd.');
      expect(shown).toContain('Anna Berg, Verksamhetsutvecklare: anna.berg@vaggeryd.se');
      expect(shown).toContain('Justerat protokollsbeslut: protokollsbilagan (PDF) och svarsfilen (.msvar) till Kommunstyrelsen');
      await noViolations(page);
    });
  });

  it('reorders goals by dragging a row with the mouse and by dragging from the keyboard, and keeps the order', async () => {
    await withApp(shell, async ({ page }) => {
      await page.goto(`${shell.url}#/remisspaket/vaggeryd-ks-2019-160-remiss-2`);
      await page.getByRole('button', { name: 'Gör en kopia' }).click();
      const rows = page.getByRole('grid', { name: 'Ordning: Mål', exact: true }).getByRole('row');
      const order = async () =>
        (await rows.allInnerTexts()).map((text) => /med (hållbar|hög syss|en hög kunskap)|som är attraktiv/.exec(text)?.[0]);

      await rows.nth(2).dragTo(rows.nth(0), { sourcePosition: { x: 400, y: 10 }, targetPosition: { x: 400, y: 3 } });
      await expect.poll(order).toEqual(['med en hög kunskap', 'med hållbar', 'med hög syss', 'som är attraktiv']);

      await rows
        .nth(0)
        .getByRole('button', { name: /^Dra Mål 1:/ })
        .focus();
      await page.keyboard.press('Enter');
      for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(order).toEqual(['med hållbar', 'med hög syss', 'som är attraktiv', 'med en hög kunskap']);
      await page.getByText('Alla ändringar är sparade.').waitFor();

      await page.reload();
      await expect.poll(order).toEqual(['med hållbar', 'med hög syss', 'som är attraktiv', 'med en hög kunskap']);
      expect(await page.getByRole('heading', { level: 3, name: /^Mål 4: .*kunskapsnivå/ }).count()).toBe(1);
    });
  });

  it('refuses a file with 200 goals, saying so in Swedish', async () => {
    const file = path.join(folder, 'Stort paket.json');
    const goals = Array.from({ length: 200 }, (_, index) => ({ ...aPackage().goals[0]!, id: `mal-${index + 1}`, number: index + 1 }));
    await writeFile(file, aPackageFile(aPackage({ goals })));
    await withApp(shell, async ({ page }) => {
      await page.goto(`${shell.url}#/remisspaket`);
      await importFile(page, file);
      const dialog = page.getByRole('alertdialog', { name: 'Filen kunde inte importeras' });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain('Paketet: för många mål (högst 50)');
      await noViolations(page);
      await dialog.getByRole('button', { name: 'Stäng' }).click();
      expect(await page.getByRole('list', { name: 'Alla remisspaket' }).getByRole('listitem').count()).toBe(1);
    });
  });

  it('keeps a board with its own goals, and passes axe with the form open', async () => {
    await withApp(shell, async ({ page }) => {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nämnder och styrelser' }).click();
      await page.getByRole('button', { name: 'Lägg till nämnd eller styrelse' }).click();
      await page.getByRole('textbox', { name: 'Namn' }).fill('Kultur- och fritidsnämnden');
      await page.getByRole('button', { name: 'Lägg till eget mål' }).click();
      await page.getByRole('textbox', { name: 'Eget mål 1: Målets lydelse' }).fill('Fler unga i föreningslivet');
      await page
        .getByRole('group', { name: 'Eget mål 1: Bidrar till kommunfullmäktiges mål' })
        .getByText(/^Mål 3:/)
        .click();
      await noViolations(page);
      await page.getByRole('button', { name: 'Spara' }).click();
      await page.getByRole('heading', { level: 3, name: 'Kultur- och fritidsnämnden' }).waitFor();
      expect(await page.getByText('Föreslagna mål för fördjupad dialog: Mål 3').isVisible()).toBe(true);
      await noViolations(page);
    });
  });
});
