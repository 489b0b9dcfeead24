import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAttachmentModel } from './attachmentModel';
import { attachmentToPdf, visualWordOrder, type PdfFonts } from './attachmentPdf';
import { expectArchivablePdf, infoEntriesWithoutXmpTwin, uncompressedPdf } from '../../tests/support/documentChecks';
import { exampleMeeting, type ExampleMeetingOptions } from '../../tests/fixtures/exampleMeeting';

const fontDir = path.resolve(import.meta.dirname, '../../node_modules/dejavu-fonts-ttf/ttf');
const fonts: PdfFonts = {
  regular: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')),
  bold: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')),
};
const workDir = mkdtempSync(path.join(tmpdir(), 'malsamtal-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let files = 0;
async function writePdf(options: ExampleMeetingOptions = {}, includeParticipants = false, bodyName?: string) {
  const example = exampleMeeting(options);
  const meeting = { ...example.meeting, bodyName: bodyName ?? example.meeting.bodyName };
  const model = buildAttachmentModel({ ...example, meeting, includeParticipants });
  const result = await attachmentToPdf(model, fonts, new Date('2020-09-15T18:00:00Z'));
  files += 1;
  const file = path.join(workDir, `bilaga-${files}.pdf`);
  writeFileSync(file, result.bytes);
  const run = (command: string, ...args: string[]) => execFileSync(command, [...args, file], { encoding: 'utf8' });
  return {
    file,
    result,
    run,
    text: () => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replaceAll('\f', ''),
  };
}

describe('attachmentToPdf', () => {
  it('writes a tagged PDF/A-2b on A4 that poppler and qpdf accept, every font embedded, titled in Swedish', async () => {
    const { file, run } = await writePdf();
    expect(run('pdfinfo')).toMatch(
      /^Title: +Svar på remiss: Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål \(KS 2019\/160\)$/m,
    );
    const raw = expectArchivablePdf(file, 'sv-SE');
    for (const tag of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD'])
      expect(raw, tag).toContain(`/S /${tag}\n`);
  });

  it('says the same in its XMP metadata as in its document information, as PDF/A requires', async () => {
    const { file } = await writePdf({}, false, 'Kultur- & fritidsnämnden <ung> "Q"');
    expect(infoEntriesWithoutXmpTwin(file)).toEqual([]);
  });

  it('reads back the Swedish text exactly, with running header and "Sida X av Y" on every page', async () => {
    const { run, text } = await writePdf({}, true);
    const pages = Number(/^Pages: +(\d+)$/m.exec(run('pdfinfo'))?.[1]);
    const content = text();
    for (let page = 1; page <= pages; page += 1) expect(content).toContain(`Sida ${page} av ${pages}`);
    expect(content.match(/Barn- och utbildningsnämnden · 15 september 2020 · § 45 · OJUSTERAT/g)).toHaveLength(pages);
    for (const line of [
      'Bilaga 1 till § 45',
      'OJUSTERAT – protokollet är inte justerat',
      'Diarienummer: KS 2019/160',
      'Bedömning: Bör höjas något',
      'Övergripande kommentar',
      'Reservationer och särskilda yttranden',
      "Reservation av Siobhán O'Connor (mål 2): Jag reserverar mig till förmån för att nivån",
      'Särskilt yttrande av Åsa Lind-Ängström (hela beslutet): Jag vill betona att',
      'Anna-Karin Öberg, ordförande',
    ])
      expect(content).toContain(line);
  });

  it('exports hard content faithfully: 20 goals, a 20,000-character comment, markup, right-to-left text and emoji', async () => {
    const sentences = Array.from({ length: 400 }, (_, index) => `Mening ${index + 1} om förskolans kvalitet på landsbygden.`);
    const long = sentences.join(' ').padEnd(20_000, ' å').slice(0, 20_000);
    expect(long.length).toBe(20_000);
    const written = await writePdf({
      goalCount: 20,
      agreedTexts: {
        'mal-1': long,
        'mal-2': '<script>alert("x")</script> **fet** {{x}} & <b>',
        'mal-3': 'Hebreiska: שלום עולם. Arabiska: مرحبا بالعالم, slut.',
        'mal-4': 'Glad 😀 tumme 👍🏽 klart',
      },
    });
    const { run, text, result } = written;
    const content = text();
    expect(Number(/^Pages: +(\d+)$/m.exec(run('pdfinfo'))?.[1])).toBeGreaterThan(5);
    const flat = content
      .split('\n')
      .filter((line) => !/^Sida \d+ av \d+$/.test(line) && !line.startsWith('Barn- och utbildningsnämnden · '))
      .join(' ')
      .replace(/\s+/g, ' ');
    let from = 0;
    for (const sentence of sentences.slice(0, 300)) {
      const at = flat.indexOf(sentence, from);
      expect(at, `${sentence} saknas eller står i fel ordning`).toBeGreaterThan(-1);
      from = at;
    }
    expect(content).toContain('<script>alert("x")</script> **fet** {{x}} & <b>');
    expect(content.replace(/[\u202a-\u202e]/g, '')).toContain('Hebreiska: שלום עולם. Arabiska: مرحبا بالعالم, slut.');
    // Right-to-left runs are drawn in visual order: the first word stands to the right of the second (poppler's
    // bounding boxes list a right-to-left word's letters as drawn, left to right).
    const { file } = written;
    const words = [
      ...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]+)<\/word>/g),
    ].map(([, x, word]) => ({ x: Number(x), word: word ?? '' }));
    const xOf = (word: string) =>
      words.find((entry) => entry.word.includes(word) || entry.word.includes([...word].reverse().join('')))?.x ?? Number.NaN;
    expect(xOf('שלום')).toBeGreaterThan(xOf('עולם'));
    expect(xOf('مرحبا')).toBeGreaterThan(xOf('بالعالم'));
    expect(xOf('עולם')).toBeGreaterThan(xOf('Hebreiska:'));
    expect(content).toContain('Mål 20: Exempelmål 20 för prövning av långa bilagor');
    // DejaVu Sans draws 😀 but has no 👍🏽: that becomes the replacement character, and the caller is told.
    expect(content).toContain('Glad 😀 tumme \ufffd klart');
    expect(result.replaced).toEqual(['👍🏽']);
    expect(run('qpdf', '--check')).toContain('No syntax or stream encoding errors found');
  });

  it('keeps the metadata well-formed whatever the names contain', async () => {
    const { file, run } = await writePdf({}, false, 'Kultur- & fritidsnämnden <ung> "Q"');
    const xmp = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(uncompressedPdf(file))?.[0] ?? '';
    expect(xmp).toContain('Kultur- &amp; fritidsnämnden &lt;ung&gt;');
    expect(run('pdfinfo')).toMatch(/^Subject: +Kultur- & fritidsnämnden <ung> "Q" · 15 september 2020/m);
  });
});

describe('right-to-left text in the PDF', () => {
  it('orders a right-to-left line’s words for drawing, keeping a Latin run and its number reading forwards', () => {
    expect(visualWordOrder('שלום KS 2019/160 עולם', true)).toBe('עולם KS 2019/160 שלום');
    expect(visualWordOrder('Hebreiska: שלום עולם. Slut.', false)).toBe('Hebreiska: עולם שלום. Slut.');
  });

  it('wraps a right-to-left paragraph in reading order, right-aligned, its first word at the top right', async () => {
    const letters = 'אבגדהוזחטיכלמנסעפצקרשת';
    const hebrew = Array.from(
      { length: 90 },
      (_, i) => `${letters[i % 22]}${letters[(i * 7 + 3) % 22]}${letters[(i * 5 + 1) % 22]}${letters[Math.floor(i / 22) + 10]}`,
    );
    expect(new Set(hebrew).size).toBe(hebrew.length);
    const { file } = await writePdf({ agreedTexts: { 'mal-3': hebrew.join(' ') } });
    const drawn = [
      ...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]+)<\/word>/g,
      ),
    ].map(([, xMin, yMin, xMax, word]) => ({ xMin: Number(xMin), y: Math.round(Number(yMin)), xMax: Number(xMax), word: word ?? '' }));
    const find = (word: string) => drawn.find((entry) => entry.word === word || entry.word === [...word].reverse().join(''));
    const placed = hebrew.map((word) => find(word));
    expect(placed.every(Boolean), 'alla ord finns i PDF:en').toBe(true);
    const positions = placed.map((entry) => entry!);
    expect(new Set(positions.map((entry) => entry.y)).size, 'stycket bryts över flera rader').toBeGreaterThan(2);
    for (let i = 1; i < positions.length; i += 1) {
      const [before, after] = [positions[i - 1]!, positions[i]!];
      if (after.y === before.y) expect(after.xMax, `${hebrew[i]} står till vänster om ${hebrew[i - 1]}`).toBeLessThan(before.xMin + 0.5);
      else expect(after.y, `${hebrew[i]} står på raden under ${hebrew[i - 1]}`).toBeGreaterThan(before.y);
    }
    // Right-aligned: each line's first word ends at the right margin (A4 width less the 64 pt margin).
    const lineStarts = positions.filter((entry, i) => i === 0 || entry.y !== positions[i - 1]!.y);
    for (const start of lineStarts) expect(Math.abs(start.xMax - (595.28 - 64))).toBeLessThan(3);
  });
});
