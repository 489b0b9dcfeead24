import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256HexOfBytes } from '../../shared/format/sha256';
import { readPackageFile } from '../../shared/remiss/packageContainer';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { aPdf, pdfPageText } from '../support/documentFiles';
import { expectNoViolations, toMeetingList } from '../support/meetingSteps';
import { chooseFile, downloaded, meetingAtGoalOne, menu, projectorText, readerStatus } from '../support/documentSteps';

const SECRET_NOTE = 'Hemlig notering 4711 om budgetläget';
const EXAMPLE_TITLE = 'Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål';
const COPY_TITLE = `${EXAMPLE_TITLE} (kopia)`;

describe('the remiss’s papers, from the editor to the room, into a package file and a backup and back', () => {
  let shell: BrowserShell;
  let folder: string;

  beforeEach(async () => {
    shell = await startBrowserShell();
    folder = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-documents-'));
  });
  afterEach(async () => {
    await shell.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('adds Bilaga 1, points goal 1 at page 4, reads and searches it in the meeting, projects the page, exports it intact and restores it from a backup', async () => {
    const pdf = await aPdf(6, 'Bilaga 1');
    const pdfPath = path.join(folder, 'Bilaga 1 ambitionsnivåer med bakgrund.pdf');
    await writeFile(pdfPath, pdf);
    const pdfChecksum = await sha256HexOfBytes(pdf);

    await withApp(shell, async ({ context, page }) => {
      // The strategy office adds the bilaga to its copy of the example and points goal 1 at page 4.
      await page.goto(`${shell.url}#/remisspaket/vaggeryd-ks-2019-160-remiss-2`);
      await page.getByRole('button', { name: 'Gör en kopia' }).click();
      await page.getByRole('heading', { level: 2, name: 'Dokument' }).waitFor();
      await chooseFile(page, 'Lägg till dokument …', pdfPath);
      await page.getByRole('status').getByText('”Bilaga 1 ambitionsnivåer med bakgrund” är tillagt i paketet.').waitFor();
      const documentGroup = page.getByRole('group', { name: /^Dokument 1: Bilaga 1/ });
      expect(await documentGroup.innerText()).toContain('Bilaga 1 ambitionsnivåer med bakgrund.pdf · PDF · 6 sidor');
      await documentGroup.getByRole('textbox', { name: 'Dokument 1: Titel' }).fill('Ambitionsnivåer med bakgrund');
      await page.getByRole('button', { name: 'Lägg till hänvisning – Mål 1' }).click();
      await page.getByRole('textbox', { name: 'Mål 1, hänvisning 1: Sida' }).fill('4');
      await page.getByRole('textbox', { name: 'Mål 1, hänvisning 1: Sida' }).press('Tab');
      await page.getByText('Alla ändringar är sparade.').waitFor();
      await expectNoViolations(page);

      // The meeting is held on the copy; the secretary's note stays on the laptop.
      const projector = await meetingAtGoalOne(context, page, { body: 'Tekniska nämnden', packageTitle: COPY_TITLE, note: SECRET_NOTE });

      // The in-depth step for goal 1 opens Bilaga 1 at page 4, as real text a screen reader reads.
      await page.getByRole('group', { name: 'Läs i handlingarna' }).getByRole('button', { name: 'Bilaga 1, s. 4' }).click();
      const reader = page.getByRole('region', { name: 'Läsare: Bilaga 1' });
      await expect.poll(() => readerStatus(page)).toBe('Bilaga 1: Sida 4 av 6');
      await expect.poll(() => reader.locator('.textLayer').innerText()).toContain(pdfPageText(4));
      expect(
        await page
          .getByRole('heading', { level: 3, name: 'Bilaga 1: Ambitionsnivåer med bakgrund' })
          .evaluate((heading) => heading === heading.ownerDocument.activeElement),
      ).toBe(true);
      await expectNoViolations(page);

      // A word found on every page: the search starts at the page on show, and Enter and Shift+Enter step through it.
      const search = reader.getByRole('searchbox', { name: 'Sök i dokumentet' });
      await search.fill('AMBITIONSNIVÅ');
      await expect.poll(() => reader.locator('.reader-hits').innerText()).toBe('Träff 4 av 6');
      await expect.poll(() => reader.locator('.reader-hit-current').innerText()).toBe('ambitionsnivå');
      await search.press('Enter');
      await expect.poll(() => readerStatus(page)).toBe('Bilaga 1: Sida 5 av 6');
      await expect.poll(() => reader.locator('.reader-hits').innerText()).toBe('Träff 5 av 6');
      await search.press('Shift+Enter');
      await expect.poll(() => readerStatus(page)).toBe('Bilaga 1: Sida 4 av 6');
      // Page Down and Page Up turn the pages from the page itself.
      await reader.getByRole('region', { name: 'Bilaga 1, Sida 4' }).focus();
      await page.keyboard.press('PageDown');
      await expect.poll(() => readerStatus(page)).toBe('Bilaga 1: Sida 5 av 6');
      await page.keyboard.press('PageUp');
      await expect.poll(() => readerStatus(page)).toBe('Bilaga 1: Sida 4 av 6');

      // The chair puts the page on the projector, full width, moves down it, and takes it down again.
      await reader.getByRole('button', { name: 'Visa sidan på projektorn' }).click();
      const projectedPage = projector.getByRole('img', { name: 'Bilaga 1 – sida 4' });
      await projectedPage.waitFor();
      await expect.poll(() => projectedPage.boundingBox().then((box) => box?.width ?? 0)).toBeGreaterThan(1000);
      const canvas = projector.locator('.projector-document-canvas');
      expect(await canvas.evaluate((element) => element.style.transform)).toBe('translateY(0px)');
      await reader.getByRole('button', { name: 'Projektorn: längre ner på sidan' }).click();
      await expect.poll(() => canvas.evaluate((element) => element.style.transform)).toMatch(/^translateY\(-\d+(\.\d+)?px\)$/);
      expect(await projectorText(projector)).not.toContain(SECRET_NOTE);
      await expectNoViolations(projector);
      await reader.getByRole('button', { name: 'Ta ner sidan från projektorn' }).click();
      await expect.poll(() => projector.getByRole('img', { name: 'Bilaga 1 – sida 4' }).count()).toBe(0);
      await expect.poll(() => projector.getByRole('heading', { level: 2, name: /^Mål 1: / }).count()).toBe(1);
      expect(await projectorText(projector), 'the room must never see the secretary’s notes').not.toContain(SECRET_NOTE);

      // The package file carries the document with its checksum; imported again, the document is byte for byte the same.
      await toMeetingList(page);
      await menu(page, 'Remisspaket');
      await page.getByRole('link', { name: `Läs: ${COPY_TITLE}` }).click();
      const exported = await downloaded(page, () => page.getByRole('button', { name: 'Exportera', exact: true }).click());
      const read = await readPackageFile(exported.bytes);
      if (!read.ok) throw new Error(`the exported package file is refused: ${JSON.stringify(read.issues)}`);
      expect(
        read.package.documents.map(({ title, role, number, pageCount, sha256 }) => ({ title, role, number, pageCount, sha256 })),
      ).toEqual([{ title: 'Ambitionsnivåer med bakgrund', role: 'bilaga', number: 1, pageCount: 6, sha256: pdfChecksum }]);
      expect(await sha256HexOfBytes(read.documents[0]!.bytes)).toBe(pdfChecksum);
      expect(read.package.goals[0]!.documentReferences).toEqual([{ documentId: read.package.documents[0]!.id, page: 4 }]);

      const exportedPath = path.join(folder, exported.download.suggestedFilename());
      await writeFile(exportedPath, exported.bytes);
      await menu(page, 'Remisspaket');
      await chooseFile(page, 'Importera paketfil…', exportedPath);
      await page
        .getByRole('alertdialog', { name: 'Paketet finns redan' })
        .getByRole('button', { name: 'Behåll båda (importera som kopia)' })
        .click();
      await page.getByRole('link', { name: `Läs: ${COPY_TITLE} (kopia)` }).click();
      await page.getByRole('heading', { level: 3, name: 'Bilaga 1: Ambitionsnivåer med bakgrund' }).waitFor();
      await expectNoViolations(page);
      const original = await downloaded(page, () => page.getByRole('button', { name: 'Spara originalfilen: Bilaga 1' }).click());
      expect(original.download.suggestedFilename()).toBe('Bilaga 1 ambitionsnivåer med bakgrund.pdf');
      expect(await sha256HexOfBytes(original.bytes)).toBe(pdfChecksum);
      await page.getByRole('button', { name: 'Läs Bilaga 1' }).click();
      await expect.poll(() => readerStatus(page)).toBe('Bilaga 1: Sida 1 av 6');

      // A backup carries the documents' bytes: restored in full, the document is byte for byte the one added.
      await menu(page, 'Säkerhetskopior');
      const backup = await downloaded(page, () => page.getByRole('button', { name: 'Spara säkerhetskopia …' }).click());
      const backupPath = path.join(folder, backup.download.suggestedFilename());
      await writeFile(backupPath, backup.bytes);
      await chooseFile(page, 'Välj säkerhetskopia …', backupPath);
      const preview = page.getByRole('region', { name: /^Innehåll i / });
      await preview.getByRole('rowheader', { name: 'Remisspaketens dokument' }).waitFor();
      await downloaded(page, () => page.getByRole('button', { name: 'Ersätt allt med säkerhetskopian' }).click());
      await expect.poll(() => page.getByRole('status').innerText()).toBe('Säkerhetskopian är återställd.');
      await menu(page, 'Remisspaket');
      await page.getByRole('link', { name: `Läs: ${COPY_TITLE} (kopia)` }).click();
      const restored = await downloaded(page, () => page.getByRole('button', { name: 'Spara originalfilen: Bilaga 1' }).click());
      expect(await sha256HexOfBytes(restored.bytes)).toBe(pdfChecksum);
    });
  });
});
