import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleMeeting } from '../fixtures/exampleMeeting';
import { describeViolations, findAccessibilityViolations, startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { parseEmlFiles } from '../support/parseEml';

/** Python writes each attachment of an .eml file into a folder, decoded, under its own name. */
const extractAttachments = [
  'import os, sys',
  'from email import policy',
  'from email.parser import BytesParser',
  'message = BytesParser(policy=policy.default).parse(open(sys.argv[1], "rb"))',
  'os.makedirs(sys.argv[2], exist_ok=True)',
  'for part in message.iter_attachments():',
  '    open(os.path.join(sys.argv[2], part.get_filename()), "wb").write(part.get_payload(decode=True))',
].join('\n');

/** Creates a meeting through the "Nytt möte" form and returns its id as stored in the page's IndexedDB. */
async function createMeetingThroughForm(page: Page): Promise<string> {
  await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill('Barn- och utbildningsnämnden');
  await page.getByRole('group', { name: 'Datum för sammanträdet' }).getByRole('spinbutton').first().focus();
  await page.keyboard.type('20200915');
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await page.getByRole('status').getByText('Mötet för Barn- och utbildningsnämnden är skapat.').waitFor();
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('malsamtal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('meetings').objectStore('meetings').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as { id: string }[])[0]?.id ?? '');
          };
        };
      }),
  );
}

/**
 * Writes what the meeting screens will write — the protocol details, agreed comments and dissents — straight into
 * IndexedDB, since those screens are built elsewhere. The values come from the same factory as the unit tests.
 */
async function holdMeeting(
  page: Page,
  meetingId: string,
  agreedTexts: Record<string, string>,
  status: 'inProgress' | 'held' = 'held',
): Promise<void> {
  const { meeting, comments, dissents } = exampleMeeting({ id: meetingId, agreedTexts });
  const details = { paragraph: meeting.paragraph, packageId: meeting.packageId, participants: meeting.participants, status };
  await page.evaluate(
    ({ id, details, comments, dissents }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('malsamtal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['meetings', 'comments', 'dissents'], 'readwrite');
          const meetings = tx.objectStore('meetings');
          const read = meetings.get(id);
          read.onsuccess = () => meetings.put({ ...read.result, ...details });
          for (const comment of comments) tx.objectStore('comments').put(comment);
          for (const dissent of dissents) tx.objectStore('dissents').put(dissent);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id: meetingId, details, comments, dissents },
  );
}

describe('the secretary exports the protocol attachment', () => {
  let shell: BrowserShell;
  let downloads: string;

  beforeEach(async () => {
    shell = await startBrowserShell();
    downloads = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-downloads-'));
  });
  afterEach(async () => {
    await shell.dispose();
    await rm(downloads, { recursive: true, force: true });
  });

  it('previews, saves a PDF/A and a Word file in Chromium, logs both, and nothing leaves the machine', async () => {
    await withApp(shell, async ({ page, requests }) => {
      const meetingId = await createMeetingThroughForm(page);
      await holdMeeting(page, meetingId, { 'mal-1': '<script>alert(1)</script> **fet** {{x}} åäö ÅÄÖ' });
      await page.evaluate((hash) => (location.hash = hash), `#/moten/${encodeURIComponent(meetingId)}/bilaga`);
      // A fresh load, as when the meeting screen links here; the date picker's live announcer stays out of the check.
      await page.reload();

      const preview = page.getByRole('article', { name: 'Förhandsvisning av bilagan' });
      await preview.getByText('<script>alert(1)</script> **fet** {{x}} åäö ÅÄÖ').waitFor();
      expect(await preview.getByText('OJUSTERAT – protokollet är inte justerat').isVisible()).toBe(true);
      expect(describeViolations(await findAccessibilityViolations(page))).toBe('');

      const [pdfDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Spara PDF/A (arkiv)' }).click(),
      ]);
      expect(pdfDownload.suggestedFilename()).toBe(
        '2020-09-15 Barn- och utbildningsnämnden § 45 Bilaga 1 – Svar på intern remiss KS 2019-160 (ojusterat).pdf',
      );
      const pdf = path.join(downloads, 'bilaga.pdf');
      await pdfDownload.saveAs(pdf);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/^Tagged: +yes$/m);
      expect(info).toMatch(/^Page size: +595\.28 x 841\.89 pts \(A4\)$/m);
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
      for (const line of fonts) expect(line).toMatch(/DejaVuSans(-Bold)? +CID TrueType +Identity-H +yes +yes +yes/);
      expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).toContain(
        '<script>alert(1)</script> **fet** {{x}} åäö ÅÄÖ',
      );

      const [docxDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Spara Word (DOCX)' }).click(),
      ]);
      expect(docxDownload.suggestedFilename()).toMatch(/\(ojusterat\)\.docx$/);
      const docx = path.join(downloads, 'bilaga.docx');
      await docxDownload.saveAs(docx);
      expect((await readFile(docx)).subarray(0, 2).toString()).toBe('PK');

      const log = page.getByRole('table', { name: 'Exportlogg' });
      await expect.poll(() => log.getByRole('row').count()).toBe(3);
      expect(requests.map((request) => new URL(request.url()).origin).filter((origin) => origin !== new URL(shell.url).origin)).toEqual([]);
    });
  });

  it('walks the protocol’s path in Chromium: held, sent unadjusted, adjusted, sent again with the adjustment', async () => {
    await withApp(shell, async ({ page }) => {
      const meetingId = await createMeetingThroughForm(page);
      await holdMeeting(page, meetingId, { 'mal-1': 'Nämnden ställer sig bakom nivån.' }, 'inProgress');
      await page.evaluate((hash) => (location.hash = hash), `#/moten/${encodeURIComponent(meetingId)}/bilaga`);
      await page.reload();

      const savePdf = async (): Promise<{ name: string; text: string }> => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Spara PDF/A (arkiv)' }).click(),
        ]);
        const file = path.join(downloads, download.suggestedFilename());
        await download.saveAs(file);
        return { name: download.suggestedFilename(), text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }) };
      };

      /** Saves a route's e-mail file and reads it back with Python's e-mail parser, its PDF with pdftotext. */
      const saveMail = async (recipient: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: `Spara e-post till ${recipient} (.eml) …` }).click(),
        ]);
        const file = path.join(downloads, download.suggestedFilename());
        await download.saveAs(file);
        const [mail] = parseEmlFiles([file]);
        const folder = path.join(downloads, `${recipient}-delar`);
        execFileSync('python3', ['-c', extractAttachments, file, folder]);
        const pdf = mail!.attachments.find((attachment) => attachment.contentType === 'application/pdf')!;
        const answer = mail!.attachments.find((attachment) => attachment.contentType === 'application/json')!;
        return {
          name: download.suggestedFilename(),
          mail: mail!,
          pdfText: execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(folder, pdf.filename), '-'], { encoding: 'utf8' }),
          answer: JSON.parse(await readFile(path.join(folder, answer.filename), 'utf8')) as { status: string; body: { name: string } },
        };
      };

      expect(await page.getByRole('button', { name: 'Spara PDF/A (arkiv)' }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Markera mötet som genomfört (ojusterat)' }).click();
      await page.getByRole('heading', { name: 'Justering' }).waitFor();
      const unadjusted = await savePdf();
      expect(unadjusted.name).toMatch(/\(ojusterat\)\.pdf$/);
      expect(unadjusted.text).toContain('OJUSTERAT');
      const office = await saveMail('Kommunledningskontoret');
      expect(office.name).toBe('2020-09-15 Barn- och utbildningsnämnden – e-post till Kommunledningskontoret (ojusterat).eml');
      expect([office.mail.to, office.mail.unsent, office.mail.defects]).toEqual([['camilla.wallinkupferberg@vaggeryd.se'], '1', []]);
      expect(office.mail.subject).toBe('Svar på intern remiss KS 2019/160 från Barn- och utbildningsnämnden – ojusterat protokoll');
      expect(office.mail.body).toContain('Protokollet är ännu inte justerat.');
      expect(office.mail.attachments.map((attachment) => attachment.filename)).toEqual([
        unadjusted.name,
        unadjusted.name.replace(/Bilaga 1/, 'Svarsfil').replace(/\.pdf$/, '.msvar'),
      ]);
      expect(office.pdfText).toContain('OJUSTERAT');
      expect([office.answer.status, office.answer.body.name]).toEqual(['ojusterat', 'Barn- och utbildningsnämnden']);

      await page.getByRole('textbox', { name: /Justeringsdatum/ }).fill('2020-09-22');
      await page.getByRole('textbox', { name: /Justerare/ }).fill('Jan Ek');
      await page.getByRole('button', { name: 'Markera som justerat' }).click();
      await page.getByText('Protokollet är justerat: kommentarer och reservationer är låsta.').waitFor();
      expect(describeViolations(await findAccessibilityViolations(page))).toBe('');

      const adjusted = await savePdf();
      expect(adjusted.name).toMatch(/\(justerat\)\.pdf$/);
      expect(adjusted.text).toContain('Justerat 22 september 2020 av Jan Ek');
      expect(adjusted.text).not.toContain('OJUSTERAT');
      const mail = new URL(
        (await page.getByRole('link', { name: 'Skriv e-post till Kommunstyrelsen utan filer' }).getAttribute('href')) ?? '',
      );
      expect(decodeURIComponent(mail.pathname)).toBe('kommunstyrelsen@vaggeryd.se');
      const board = await saveMail('Kommunstyrelsen');
      expect([board.mail.to, board.mail.subject]).toEqual([
        ['kommunstyrelsen@vaggeryd.se'],
        'Svar på intern remiss KS 2019/160 från Barn- och utbildningsnämnden – justerat protokoll',
      ]);
      expect(board.mail.body).toContain('Protokollet justerades 2020-09-22.');
      expect(board.pdfText).toContain('Justerat 22 september 2020 av Jan Ek');
      expect(board.answer.status).toBe('justerat');

      // The log keeps both: what went with the unadjusted protocol, and what went with the adjusted one.
      const log = page.getByRole('table', { name: 'Exportlogg' });
      await expect.poll(() => log.innerText()).toContain(adjusted.name);
      expect(await log.innerText()).toContain(unadjusted.name);
    });
  });
});
