import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256HexOfBytes } from '../../shared/format/sha256';
import { readPackageFile } from '../../shared/remiss/packageContainer';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { letterDocx, letterPdf } from '../support/letterFiles';
import { ambitionAttachment, seedLetter } from '../support/letters';
import { expectNoViolations, toMeetingList } from '../support/meetingSteps';
import { chooseFile, downloaded, meetingAtGoalOne, menu, projectorText, readerStatus } from '../support/documentSteps';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const SECRET_NOTE = 'Hemlig notering 5150 om lokalfrågan';
const TITLE = 'Intern remiss 2 – ambitionsnivå för fullmäktiges mål';
const goals = [
  {
    number: 1,
    title: 'Attraktiv kommun att leva och bo i',
    level: 'Befolkningen ökar med minst en procent per år.',
    questions: ['Hur bidrar nämnden till att målet nås?', 'Vad behöver nämnden göra annorlunda?'],
  },
  {
    number: 2,
    title: 'Hållbar utveckling för kommande generationer',
    level: 'Koldioxidutsläppen minskar varje år.',
    questions: ['Är ambitionsnivån rimlig sett till läget i dag?'],
  },
];
// The cover is page 1 of Bilaga 1; goal 1 stands on page 2 and goal 2 on page 3.
const GOAL_ONE_PAGE = 2;

describe('a remiss package started from the strategy office’s letter', () => {
  let shell: BrowserShell;
  let folder: string;

  beforeEach(async () => {
    shell = await startBrowserShell();
    folder = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-letter-'));
  });
  afterEach(async () => {
    await shell.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('reads a Word letter with two PDF attachments, creates the package as reviewed, opens Bilaga 1 at the goal in the room, and exports it intact', async () => {
    const files = {
      letter: { name: 'Remissbrev KS 2019-160.docx', bytes: await letterDocx(seedLetter()) },
      bilaga1: { name: 'Bilaga 1 intern remiss 2 KF mål ambitionsnivå.pdf', bytes: await letterPdf(ambitionAttachment(goals), 'Bilaga 1') },
      bilaga2: {
        name: 'Bilaga 2 Agenda2030 förtydligande.pdf',
        bytes: await letterPdf(
          [
            { kind: 'heading', text: 'Bilaga 2 – Agenda 2030, förtydligande', level: 1 },
            { kind: 'paragraph', text: 'Fullmäktiges mål bidrar till de globala målen för hållbar utveckling.' },
          ],
          'Bilaga 2',
        ),
      },
    };
    const filePath = (name: string) => path.join(folder, name);
    for (const file of Object.values(files)) await writeFile(filePath(file.name), file.bytes);
    const checksums = {
      letter: await sha256HexOfBytes(files.letter.bytes),
      bilaga1: await sha256HexOfBytes(files.bilaga1.bytes),
      bilaga2: await sha256HexOfBytes(files.bilaga2.bytes),
    };

    await withApp(shell, async ({ context, page }) => {
      // The strategy office picks the letter, then its two attachments.
      await page.goto(`${shell.url}#/remisspaket`);
      await chooseFile(page, 'Skapa remisspaket från brev …', filePath(files.letter.name));
      await page.getByRole('heading', { level: 1, name: 'Remisspaket från brev' }).waitFor();
      await chooseFile(page, 'Lägg till bilaga …', filePath(files.bilaga1.name));
      await page.getByRole('button', { name: `Ta bort ${files.bilaga1.name}` }).waitFor();
      await chooseFile(page, 'Lägg till bilaga …', filePath(files.bilaga2.name));
      await page.getByRole('button', { name: `Ta bort ${files.bilaga2.name}` }).waitFor();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Läs brevet' }).click();

      // Each proposal stands beside its passage; the goals were read from Bilaga 1 on their own pages.
      const title = page.getByRole('textbox', { name: 'Titel', exact: true });
      await expect.poll(() => title.inputValue()).toBe('Intern remiss ambitionsnivå kommunfullmäktiges övergripande mål');
      expect(await page.getByRole('textbox', { name: 'Diarienummer' }).inputValue()).toBe('KS 2019/160');
      expect(await page.getByRole('textbox', { name: 'Mål 1: titel' }).inputValue()).toBe(goals[0]!.title);
      expect(await page.getByRole('textbox', { name: 'Mål 2: ambitionsnivå' }).inputValue()).toBe(goals[1]!.level);
      const goalOne = page.locator('.letter-proposal').filter({ has: page.getByRole('textbox', { name: 'Mål 1: titel' }) });
      expect(await goalOne.locator('figcaption').innerText()).toBe(`Ur ${files.bilaga1.name}, s. ${GOAL_ONE_PAGE}`);
      expect(await goalOne.locator('mark').innerText()).toContain(goals[0]!.title);
      expect(await page.getByRole('textbox', { name: `Bilagans nummer: ${files.bilaga1.name}` }).inputValue()).toBe('1');
      expect(await page.getByRole('textbox', { name: `Bilagans nummer: ${files.bilaga2.name}` }).inputValue()).toBe('2');
      expect(await page.getByRole('region', { name: 'Hittades inte' }).innerText()).toContain('Sista svarsdag (datum)');
      await expectNoViolations(page);
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'letter-review.png'), fullPage: true });

      // One proposal edited, one dropped (the contact), by keyboard.
      await title.fill(TITLE);
      const contact = page.getByRole('checkbox', { name: 'Ta med kontakt 1' });
      await contact.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => contact.isChecked()).toBe(false);
      await page.getByRole('button', { name: 'Skapa remisspaket' }).click();

      // The editor opens on the new package; the office writes the scale the letter never states.
      await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
      await page.getByRole('textbox', { name: 'Steg 1: Etikett' }).fill('För låg');
      await page.getByRole('textbox', { name: 'Steg 2: Etikett' }).fill('Rimlig');
      await page.getByRole('textbox', { name: 'Steg 2: Etikett' }).press('Tab');
      await page.getByText('Alla ändringar är sparade.').waitFor();

      // The meeting is held on it; the secretary's note stays on the laptop.
      const projector = await meetingAtGoalOne(context, page, { body: 'Tekniska nämnden', packageTitle: TITLE, note: SECRET_NOTE });

      // The in-depth step opens Bilaga 1 at goal 1's page, and the chair puts that page on the projector.
      await page
        .getByRole('group', { name: 'Läs i handlingarna' })
        .getByRole('button', { name: `Bilaga 1, s. ${GOAL_ONE_PAGE}` })
        .click();
      const reader = page.getByRole('region', { name: 'Läsare: Bilaga 1' });
      await expect.poll(() => readerStatus(page)).toBe(`Bilaga 1: Sida ${GOAL_ONE_PAGE} av 3`);
      await expect.poll(() => reader.locator('.textLayer').innerText()).toContain(goals[0]!.level);
      await reader.getByRole('button', { name: 'Visa sidan på projektorn' }).click();
      await projector.getByRole('img', { name: `Bilaga 1 – sida ${GOAL_ONE_PAGE}` }).waitFor();
      expect(await projectorText(projector), 'the room must never see the secretary’s notes').not.toContain(SECRET_NOTE);
      await expectNoViolations(projector);
      await reader.getByRole('button', { name: 'Ta ner sidan från projektorn' }).click();
      await expect.poll(() => projector.getByRole('heading', { level: 2, name: /^Mål 1: / }).count()).toBe(1);
      expect(await projectorText(projector), 'the room must never see the secretary’s notes').not.toContain(SECRET_NOTE);

      // The package file carries the letter and both attachments, each byte for byte.
      await toMeetingList(page);
      await menu(page, 'Remisspaket');
      await page.getByRole('link', { name: `Läs: ${TITLE}` }).click();
      const exported = await downloaded(page, () => page.getByRole('button', { name: 'Exportera', exact: true }).click());
      const read = await readPackageFile(exported.bytes);
      if (!read.ok) throw new Error(`the exported package file is refused: ${JSON.stringify(read.issues)}`);
      expect(read.package).toMatchObject({ title: TITLE, caseNumber: 'KS 2019/160', contacts: [] });
      expect(read.package.documents.map(({ role, number, sha256 }) => ({ role, number, sha256 }))).toEqual([
        { role: 'letter', number: null, sha256: checksums.letter },
        { role: 'bilaga', number: 1, sha256: checksums.bilaga1 },
        { role: 'bilaga', number: 2, sha256: checksums.bilaga2 },
      ]);
      expect(read.package.goals[0]!.documentReferences).toEqual([{ documentId: read.package.documents[1]!.id, page: GOAL_ONE_PAGE }]);

      // Imported again, as a copy beside it, its documents are the same bytes.
      const exportedPath = path.join(folder, exported.download.suggestedFilename());
      await writeFile(exportedPath, exported.bytes);
      await menu(page, 'Remisspaket');
      await chooseFile(page, 'Importera paketfil…', exportedPath);
      await page
        .getByRole('alertdialog', { name: 'Paketet finns redan' })
        .getByRole('button', { name: 'Behåll båda (importera som kopia)' })
        .click();
      await page.getByRole('link', { name: `Läs: ${TITLE} (kopia)` }).click();
      for (const [name, checksum] of [
        ['Bilaga 1', checksums.bilaga1],
        ['Bilaga 2', checksums.bilaga2],
      ] as const) {
        const original = await downloaded(page, () => page.getByRole('button', { name: `Spara originalfilen: ${name}` }).click());
        expect(await sha256HexOfBytes(original.bytes)).toBe(checksum);
      }
      await expectNoViolations(page);
    });
  });
});
