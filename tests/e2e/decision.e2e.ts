import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserShell, withApp, type BrowserShell } from '../support/app';
import { printDocxWithLibreOffice } from '../support/documentChecks';
import { createAndOpenMeeting, expectNoViolations, next, stepHeading, tick, typeDate } from '../support/meetingSteps';

/** The board: nine members who decide, and the secretary. */
const members: Array<[name: string, party: string, role?: string]> = [
  ['Anna-Karin Öberg', 'S'],
  ['Jan Ek', 'M', 'Vice ordförande'],
  ["Siobhán O'Connor", 'V'],
  ['Åsa Lind-Ängström', 'C'],
  ['Lars Nyberg', 'S'],
  ['Fatima Hassan', 'S'],
  ['Mikael Strand', 'M'],
  ['Erik Sjöberg', 'SD'],
  ['Per Nilsson', 'KD'],
  ['Maria Svensson', '', 'Sekreterare'],
];
const voteNo = new Set(['Jan Ek', "Siobhán O'Connor", 'Mikael Strand', 'Erik Sjöberg']);

const ownProposal = 'Nämnden anser att ambitionsnivån för utbildning är rimlig och bör lämnas oförändrad.';
const motivation = 'Vänsterpartiet anser att nivån ska lämnas oförändrad tills effekterna av gymnasiereformen är kända.';
const statement = 'Centerpartiet vill betona att landsbygdens skolor behöver långsiktiga besked.';

/** The standard sentences each document must hold exactly once. */
const sentences = [
  'Lars Nyberg (S) yrkar bifall till kommentaren enligt utkastet.',
  `Siobhán O'Connor (V) yrkar att nämnden gör bedömningen ”Lagom” och lämnar följande kommentar: ”${ownProposal}”`,
  "Ordföranden ställer proposition på kommentaren enligt utkastet och Siobhán O'Connors (V) yrkande och finner att nämnden beslutar enligt utkastet.",
  "Omröstning begärs och genomförs. Ja-röst för bifall till kommentaren enligt utkastet, nej-röst för bifall till Siobhán O'Connors (V) yrkande.",
  'Följande röstar ja: Anna-Karin Öberg (S), Åsa Lind-Ängström (C), Lars Nyberg (S), Fatima Hassan (S) och Per Nilsson (KD).',
  "Följande röstar nej: Jan Ek (M), Siobhán O'Connor (V), Mikael Strand (M) och Erik Sjöberg (SD).",
  'Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet.',
  "Siobhán O'Connor (V) reserverar sig mot beslutet om mål 2 till förmån för eget yrkande.",
  motivation,
  'Åsa Lind-Ängström (C) begär att få lämna ett särskilt yttrande. Ordföranden medger att särskilt yttrande får lämnas.',
  statement,
];
const adjustedSentence = "Justerat 2020-09-22 av ordföranden Anna-Karin Öberg och justerarna Jan Ek och Siobhán O'Connor.";

const flat = (text: string) => text.replace(/\s+/g, ' ');
const count = (text: string, sentence: string) => flat(text).split(sentence).length - 1;

function expectEachOnce(text: string, expected: string[], what: string): void {
  for (const sentence of expected) expect(count(text, sentence), `${what}: ${sentence}`).toBe(1);
}

/** The Swedish clock of the room, so the close, the motivation and the justering happen on the protocol's days. */
const at = (page: Page, time: string) => page.clock.setFixedTime(new Date(`${time}+02:00`));

async function choose(page: Page, trigger: Locator, option: string): Promise<void> {
  await trigger.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function agree(page: Page, goal: string, rating: string | null, text: string): Promise<void> {
  const editor = page.getByRole('group', { name: goal, exact: true });
  if (rating) await tick(editor.getByRole('radio', { name: rating }));
  await editor.getByRole('textbox', { name: `Utkast till kommentar – ${goal}` }).fill(text);
  await expect.poll(() => editor.innerText()).toContain('Sparat');
  await editor.getByRole('button', { name: 'Markera som enig och lås' }).click();
  await expect.poll(() => editor.innerText()).toContain('Överenskommen text');
}

describe('a meeting that is not unanimous, recorded as the protocol records it', () => {
  let shell: BrowserShell;
  let downloads: string;

  beforeEach(async () => {
    shell = await startBrowserShell();
    downloads = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-decision-'));
  });
  afterEach(async () => {
    await shell.dispose();
    await rm(downloads, { recursive: true, force: true });
  });

  it('votes 5–4 by name on goal 2, takes a reservation motivated after the meeting and a statement the chair allows, and exports it all', async () => {
    await withApp(shell, async ({ page, requests }) => {
      await at(page, '2020-09-15T17:00:00');
      // The clock stands on the meeting's day, so its date is not one the app asks about.
      await createAndOpenMeeting(page, 'Barn- och utbildningsnämnden', { dateIsUnlikely: false });
      await page.getByRole('textbox', { name: 'Paragraf (§)' }).fill('45');
      await page.getByRole('textbox', { name: 'Antal ledamöter i nämnden' }).fill('9');
      for (const [index, [name, party, role]] of members.entries()) {
        const n = index + 1;
        await page.getByRole('button', { name: 'Lägg till deltagare' }).click();
        await page.getByRole('textbox', { name: `Namn ${n}`, exact: true }).fill(name);
        if (party) await page.getByRole('textbox', { name: `Parti ${n}`, exact: true }).fill(party);
        if (role) await choose(page, page.getByRole('button', { name: new RegExp(`Roll ${n}$`) }), role);
      }
      await expect.poll(() => page.getByText('9 av 9 deltar i besluten (ledamöter och tjänstgörande ersättare).').count()).toBe(1);
      const justerare = page.getByRole('group', { name: 'Utses att justera (en eller två)' });
      await tick(justerare.getByRole('checkbox', { name: 'Jan Ek (M)' }));
      await tick(justerare.getByRole('checkbox', { name: "Siobhán O'Connor (V)" }));
      await typeDate(page, 'Dag för justering', '20200922');
      await page.getByRole('textbox', { name: 'Klockslag (TT:MM)' }).fill('15:00');
      await page.getByRole('textbox', { name: 'Plats för justering' }).fill('Kommunhuset, Vaggeryd');
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Starta mötet' }).click();
      await expect.poll(() => stepHeading(page)).toBe('Inledning');

      await next(page, 'Övergripande dialog');
      await next(page, 'Val av fokusmål');
      await tick(page.getByRole('checkbox', { name: /^Mål 2:/ }));
      await next(page, 'Fördjupad dialog: mål 2');

      // Goal 2: a draft, two yrkanden, the chair's proposition, and an open vote by name, 5–4.
      const goal2 = page.getByRole('group', { name: 'Mål 2', exact: true });
      await tick(goal2.getByRole('radio', { name: '4. Bör höjas något' }));
      await goal2
        .getByRole('textbox', { name: 'Utkast till kommentar – Mål 2' })
        .fill('Nämnden anser att nivån för utbildning bör höjas något.');
      await expect.poll(() => goal2.innerText()).toContain('Sparat');
      await goal2.getByRole('button', { name: 'Beslutsgång' }).click();
      const yrkande = goal2.getByRole('group', { name: 'Nytt yrkande – Mål 2' });
      await choose(page, yrkande.getByRole('button', { name: /Yrkande av$/ }), 'Lars Nyberg (S)');
      await yrkande.getByRole('button', { name: 'Lägg till yrkandet' }).click();
      await goal2.getByRole('list', { name: 'Yrkanden' }).getByText('Lars Nyberg (S)', { exact: true }).waitFor();
      await choose(page, yrkande.getByRole('button', { name: /Yrkande av$/ }), "Siobhán O'Connor (V)");
      await tick(yrkande.getByRole('radio', { name: 'Eget förslag' }));
      await yrkande.getByRole('textbox', { name: 'Förslagets lydelse av kommentaren' }).fill(ownProposal);
      await choose(page, yrkande.getByRole('button', { name: /Förslagets bedömning$/ }), '3. Lagom');
      await yrkande.getByRole('button', { name: 'Lägg till yrkandet' }).click();
      await tick(goal2.getByRole('radio', { name: 'Utkastet', exact: true }));
      await tick(goal2.getByRole('checkbox', { name: 'Omröstning begärs' }));
      const vote = goal2.getByRole('table', { name: 'Omröstning' });
      for (const [name, party, role] of members) {
        if (role === 'Sekreterare') continue;
        // By keyboard, as the secretary records each vote: focus the person's group, arrow to the choice.
        const group = vote.getByRole('radiogroup', { name: `Röst – ${name} (${party})` });
        await group.getByRole('radio', { name: 'Ja' }).focus();
        await page.keyboard.press('Space');
        if (voteNo.has(name)) await page.keyboard.press('ArrowRight');
        await expect.poll(() => group.getByRole('radio', { name: voteNo.has(name) ? 'Nej' : 'Ja' }).isChecked()).toBe(true);
      }
      await expect.poll(() => goal2.getByRole('status').innerText()).toBe('Ja: 5 · Nej: 4 · Avstår: 0');
      await expectNoViolations(page);
      await goal2.getByRole('button', { name: 'Besluta och lås enligt beslutsgången' }).click();
      await expect.poll(() => goal2.innerText()).toContain('Överenskommen text');
      expect(flat(await goal2.innerText())).toContain('Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet.');

      await next(page, 'Övriga mål');
      await agree(page, 'Mål 1', '3. Lagom', 'Nämnden delar bedömningen att ambitionsnivån är rimlig.');
      await agree(page, 'Mål 3', '3. Lagom', 'Ambitionsnivån är lagom.');
      await agree(page, 'Mål 4', 'Ingen bedömning', 'Nämnden vill att elevernas delaktighet lyfts fram.');
      await next(page, 'Övergripande kommentar och beslut');
      await agree(page, 'Övergripande kommentar', null, 'Nämnden ser målen som en god grund för det fortsatta arbetet.');
      await next(page, 'Avslutning');

      // The reservation is announced in the meeting, its motivation to come; the chair allows a särskilt yttrande.
      const dissents = page.getByRole('region', { name: 'Reservationer, särskilda yttranden och protokollsanteckningar' });
      await choose(page, dissents.getByRole('button', { name: /Gäller$/ }), 'Mål 2');
      await choose(page, dissents.getByRole('button', { name: /Vem$/ }), "Siobhán O'Connor (V)");
      await dissents.getByRole('button', { name: 'Anmäl' }).click();
      await expect.poll(() => dissents.locator('.dissent-list').innerText()).toContain('till förmån för eget yrkande');
      await tick(dissents.getByRole('radio', { name: 'Särskilt yttrande' }));
      await choose(page, dissents.getByRole('button', { name: /Gäller$/ }), 'Hela beslutet');
      await choose(page, dissents.getByRole('button', { name: /Vem$/ }), 'Åsa Lind-Ängström (C)');
      await tick(dissents.getByRole('checkbox', { name: 'Ordföranden medger att särskilt yttrande får lämnas' }));
      await dissents.getByRole('textbox', { name: 'Text', exact: true }).fill(statement);
      await dissents.getByRole('button', { name: 'Anmäl' }).click();
      await expect.poll(() => dissents.locator('.dissent-list').innerText()).toContain('Särskilt yttrande: Åsa Lind-Ängström (C)');
      await expectNoViolations(page);

      await at(page, '2020-09-15T18:42:00');
      await page.getByRole('button', { name: 'Förklara sammanträdet avslutat' }).click();
      await page.getByText('Sammanträdet förklarades avslutat 18:42.').waitFor();

      // After the close a new reservation is refused, and nothing is stored.
      await tick(dissents.getByRole('radio', { name: 'Reservation' }));
      await choose(page, dissents.getByRole('button', { name: /Gäller$/ }), 'Mål 2');
      await choose(page, dissents.getByRole('button', { name: /Vem$/ }), 'Mikael Strand (M)');
      await dissents.getByRole('button', { name: 'Anmäl' }).click();
      await dissents
        .getByRole('alert')
        .getByText('Sammanträdet är avslutat. En reservation ska anmälas innan sammanträdet avslutas, så den kan inte läggas till nu.')
        .waitFor();
      expect(await dissents.locator('.dissent-list > li').count()).toBe(2);

      // Two days later, before the time set for justering, the written motivation arrives.
      await at(page, '2020-09-17T10:00:00');
      // It is written as it is typed, like the comment's draft.
      await dissents.getByRole('textbox', { name: "Skriftlig motivering – Siobhán O'Connor (V)" }).fill(motivation);
      await expect.poll(() => dissents.locator('.motivation').innerText()).toContain('Sparat');

      await page.getByRole('link', { name: 'Till protokollsbilagan' }).click();
      await page.getByRole('heading', { name: 'Justering' }).waitFor();
      await expectNoViolations(page);

      const save = async (button: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
        const file = path.join(downloads, download.suggestedFilename());
        await download.saveAs(file);
        return { name: download.suggestedFilename(), file };
      };
      const pdfRaw = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      // The running header and "Sida X av Y" are page furniture: a sentence broken over a page reads on without them.
      const pdfText = (file: string) =>
        pdfRaw(file)
          .split(/\n|\f/)
          .filter((line) => !/^Sida \d+ av \d+$/.test(line) && !/ · (OJUSTERAT|JUSTERAT)$/.test(line))
          .join('\n');
      const docxText = (file: string, name: string) => printDocxWithLibreOffice(readFileSync(file), downloads, name).text;

      // Unadjusted: the attachment as PDF/A and Word, and the paragraph for the protocol system.
      const pdf = await save('Spara PDF/A (arkiv)');
      expect(pdf.name).toMatch(/\(ojusterat\)\.pdf$/);
      const unadjustedPdf = pdfText(pdf.file);
      expectEachOnce(unadjustedPdf, sentences, 'PDF, ojusterat');
      expect(count(unadjustedPdf, 'OJUSTERAT – protokollet är inte justerat')).toBe(1);
      expectEachOnce(docxText((await save('Spara Word (DOCX)')).file, 'bilaga-ojusterad'), sentences, 'DOCX, ojusterat');
      const paragraph = await save('Spara Paragrafen för protokollet (text)');
      expect(paragraph.name).toBe(
        '2020-09-15 Barn- och utbildningsnämnden § 45 Paragraf – Svar på intern remiss KS 2019-160 (ojusterat).txt',
      );
      const paragraphText = readFileSync(paragraph.file, 'utf8');
      expectEachOnce(paragraphText, [...sentences, 'Justering sker 2020-09-22 kl. 15.00 i Kommunhuset, Vaggeryd.'], 'paragraph, ojusterat');
      expectEachOnce(docxText((await save('Spara Paragrafen för protokollet (Word)')).file, 'paragraf'), sentences, 'paragraph DOCX');
      expect(await page.getByRole('button', { name: 'Spara Protokollsutdrag (PDF/A)' }).isDisabled()).toBe(true);

      // Justering on the day set: the notice board's last day and the appeal period follow from it.
      await at(page, '2020-09-22T16:00:00');
      const adjustedOn = page.getByRole('group', { name: 'Justeringsdatum' }).getByRole('spinbutton');
      expect(await adjustedOn.evaluateAll((segments) => segments.map((segment) => segment.getAttribute('aria-valuenow')))).toEqual([
        '2020',
        '9',
        '22',
      ]);
      await page.getByText('Justeringen ska tillkännages på kommunens anslagstavla senast 2020-09-24.').waitFor();
      await page.getByText('Överklagandetiden går ut 2020-10-15, tre veckor från tillkännagivandet om det sker 2020-09-24.').waitFor();
      await page.getByRole('button', { name: 'Markera som justerat' }).click();
      await page.getByText('Protokollet är justerat: kommentarer och reservationer är låsta.').waitFor();
      await expectNoViolations(page);

      const adjustedPdf = await save('Spara PDF/A (arkiv)');
      expect(adjustedPdf.name).toMatch(/\(justerat\)\.pdf$/);
      const adjustedText = pdfText(adjustedPdf.file);
      expectEachOnce(adjustedText, [...sentences, adjustedSentence], 'PDF, justerat');
      const pages = Number(/^Pages: +(\d+)$/m.exec(execFileSync('pdfinfo', [adjustedPdf.file], { encoding: 'utf8' }))?.[1]);
      expect(count(pdfRaw(adjustedPdf.file), ' · JUSTERAT')).toBe(pages);
      expect(pdfRaw(adjustedPdf.file)).not.toContain('OJUSTERAT');
      expectEachOnce(
        docxText((await save('Spara Word (DOCX)')).file, 'bilaga-justerad'),
        [...sentences, adjustedSentence],
        'DOCX, justerat',
      );
      expectEachOnce(
        readFileSync((await save('Spara Paragrafen för protokollet (text)')).file, 'utf8'),
        [...sentences, adjustedSentence],
        'paragraph, justerat',
      );
      const extract = await save('Spara Protokollsutdrag (PDF/A)');
      expect(extract.name).toBe(
        '2020-09-15 Barn- och utbildningsnämnden § 45 Protokollsutdrag – Svar på intern remiss KS 2019-160 (justerat).pdf',
      );
      const extractText = pdfText(extract.file);
      expectEachOnce(extractText, [...sentences, adjustedSentence, 'Utdrag bestyrks'], 'extract');
      expect(flat(extractText)).toMatch(/Utdrag bestyrks …+ Maria Svensson, sekreterare $/);

      const log = page.getByRole('table', { name: 'Exportlogg' });
      await expect.poll(() => log.getByRole('row').count()).toBe(1 + 8);
      expect(requests.map((request) => new URL(request.url()).origin).filter((origin) => origin !== new URL(shell.url).origin)).toEqual([]);
    });
  }, 300_000);
});
