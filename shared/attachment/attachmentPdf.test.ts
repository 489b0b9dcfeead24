import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAttachmentModel } from './attachmentModel';
import { PAGE_MARGIN, attachmentToPdf, columnWidths } from './attachmentPdf';
import { visualWordOrder } from './bidi';
import {
  expectAccessiblePdf,
  infoEntriesWithoutXmpTwin,
  structNodes,
  uncompressedPdf,
  type StructNode,
} from '../../tests/support/documentChecks';
import { aLogo, pdfImages } from '../../tests/support/logoFiles';
import { readPdfFonts } from '../../tests/support/pdfFonts';
import { exampleMeeting, type ExampleMeetingOptions } from '../../tests/fixtures/exampleMeeting';

const fonts = readPdfFonts();
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
  it('is a PDF/A-2a and PDF/UA-1 file: declared, tagged in reading order, with bookmarks for its headings', async () => {
    const { file, run } = await writePdf({}, true);
    expect(run('pdfinfo')).toMatch(
      /^Title: +Barn- och utbildningsnämndens svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål$/m,
    );
    const { structure } = expectAccessiblePdf(file, 'sv-SE');
    const document = structure.tree.children[0]!;
    const shape = (node: StructNode): string =>
      node.children.length === 0 ? node.role : `${node.role}(${node.children.map(shape).join(' ')})`;
    // The reading order: letterhead, title, meta, status, the facts as a list, the decision, the ratings table, each goal …
    expect(document.children.slice(0, 9).map(shape)).toEqual([
      'P',
      'H1',
      'P',
      'P',
      'L(LI(Lbl LBody) LI(Lbl LBody) LI(Lbl LBody) LI(Lbl LBody) LI(Lbl LBody) LI(Lbl LBody))',
      'P',
      'H2',
      'Table(Caption TR(TH TH TH) TR(TD TD TD) TR(TD TD TD) TR(TD TD TD) TR(TD TD TD))',
      'H2',
    ]);
    expect(
      structNodes(document)
        .filter((node) => node.role === 'TH')
        .map((node) => node.scope),
    ).toEqual(['Column', 'Column', 'Column']);
    // One bookmark per heading: the title, and under it every H2 in order, each pointing at its place on its page.
    const headings = structNodes(document).filter((node) => /^H[12]$/.test(node.role));
    expect(structure.outlines).toHaveLength(1);
    const [top] = structure.outlines;
    expect(top!.title).toBe('Barn- och utbildningsnämndens svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål');
    expect(top!.children.map((item) => item.title)).toEqual([
      'Bedömning av ambitionsnivån',
      'Mål 1: Vaggeryds kommun ska vara en plats med hållbar samhällsutveckling och tillväxt i hela kommunen',
      expect.stringMatching(/^Mål 2: /),
      expect.stringMatching(/^Mål 3: /),
      expect.stringMatching(/^Mål 4: /),
      'Övergripande kommentar',
      'Närvarande',
    ]);
    expect(headings).toHaveLength(1 + top!.children.length);
    // The title's bookmark points at the title, just below the letterhead at the top of page 1.
    expect(top!.dest).toMatchObject({ page: 1, kind: 'XYZ', left: 0 });
    expect(top!.dest.top!).toBeLessThan(841.89 - PAGE_MARGIN.top);
    expect(top!.dest.top!).toBeGreaterThan(841.89 - PAGE_MARGIN.top - 60);
    for (const item of top!.children) {
      expect(item.dest.kind).toBe('XYZ');
      expect(item.dest.left).toBe(0);
      expect(item.dest.top!).toBeLessThan(841.89 - PAGE_MARGIN.top + 0.01);
      expect(item.dest.top!).toBeGreaterThan(PAGE_MARGIN.bottom);
    }
    expect(structure.pageMode).toBe('UseOutlines');
  });

  it('draws the letterhead logo first, in a Figure with its alt text, and stays PDF/A-2a and PDF/UA-1, PNG or JPEG', async () => {
    for (const kind of ['png', 'jpeg'] as const) {
      const model = buildAttachmentModel({ ...exampleMeeting(), logo: aLogo(kind) });
      const file = path.join(workDir, `logo-${kind}.pdf`);
      writeFileSync(file, (await attachmentToPdf(model, fonts, new Date('2020-09-15T18:00:00Z'))).bytes);
      const { structure } = expectAccessiblePdf(file, 'sv-SE');
      const document = structure.tree.children[0]!;
      expect(document.children.slice(0, 3).map((node) => [node.role, node.alt])).toEqual([
        ['Figure', 'Vaggeryds kommuns logotyp'],
        ['P', undefined],
        ['H1', undefined],
      ]);
      expect(structNodes(document).filter((node) => node.role === 'Figure')).toHaveLength(1);
      // The transparency of a PNG goes in a soft mask, which PDF/A-2 allows; a JPEG has none.
      expect(pdfImages(file)).toEqual([
        { type: 'image', width: 240, height: 80 },
        ...(kind === 'png' ? [{ type: 'smask', width: 240, height: 80 }] : []),
      ]);
    }
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
    expect(content.match(/Barn- och utbildningsnämnden · 2020-09-15 · § 45 · OJUSTERAT/g)).toHaveLength(pages);
    for (const line of [
      'Bilaga 1 till § 45',
      'OJUSTERAT – protokollet är inte justerat',
      'Kommunstyrelsens dnr: KS 2019/160',
      'Barn- och utbildningsnämndens dnr: BUN 2020/45',
      'Bedömning: Bör höjas något',
      'Övergripande kommentar',
      'Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet.',
      "Siobhán O'Connor (V) reserverar sig mot beslutet om mål 2 till förmån för eget yrkande.",
      'Ordföranden medger att särskilt yttrande får lämnas.',
      'Anna-Karin Öberg (S), ordförande',
    ])
      expect(content.replace(/\s+/g, ' ')).toContain(line);
    // Each dnr on a line of its own, once, the number never broken.
    for (const line of ['Kommunstyrelsens dnr: KS 2019/160', 'Barn- och utbildningsnämndens dnr: BUN 2020/45'])
      expect(content.split('\n').filter((text) => text.replace(/^\W+\s*/, '').trim() === line)).toHaveLength(1);
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
    expect(content).toContain('Glad 😀 tumme 👍🏽 klart');
    expect(result.replaced).toEqual([]);
    expect(run('qpdf', '--check')).toContain('No syntax or stream encoding errors found');
  });

  it('draws what DejaVu lacks from embedded fallback fonts, text exact, and names what no font has', async () => {
    const { run, text, result } = await writePdf({
      agreedTexts: {
        'mal-1': 'Glad 😀 tumme 👍🏽 och familj 👨‍👩‍👧 klart.',
        'mal-2': 'Namn på hindi: हिन्दी किताब, på tigrinja: ሰላም ዓለም.',
        'mal-3': 'Kinesiska: 中文 och japanska: 日本.',
      },
    });
    const fontsTable = run('pdffonts');
    for (const font of ['DejaVuSans', 'DejaVuSans-Bold', 'NotoEmoji-Regular', 'NotoSansDevanagari-Regular', 'NotoSansEthiopic-Regular'])
      expect(fontsTable, font).toMatch(new RegExp(`\\+${font} +CID TrueType +Identity-H +yes +yes +yes`));
    const content = text();
    expect(content).toContain('Glad 😀 tumme 👍🏽 och familj 👨‍👩‍👧 klart.');
    expect(content).toContain('Namn på hindi: हिन्दी किताब, på tigrinja: ሰላም ዓለም.');
    expect(content).toContain('Kinesiska: \ufffd\ufffd och japanska: \ufffd\ufffd.');
    expect(result.replaced).toEqual(['中', '文', '日', '本']);
  });

  it('breaks a paragraph mixing Swedish and Arabic over several lines, each line in order, the text exact', async () => {
    const arabic = 'نريد مدارس جيدة في كل القرى والمدن';
    const paragraph = Array.from(
      { length: 4 },
      (_, index) => `Synpunkt ${index + 1} från föräldrarna på arabiska: ${arabic}, och nämnden svarar att frågan tas upp i dialogen.`,
    ).join(' ');
    const { file, text } = await writePdf({ agreedTexts: { 'mal-2': paragraph } });
    const start = text().indexOf('Synpunkt 1');
    const lines = text()
      .slice(start, text().indexOf('dialogen.', text().indexOf('Synpunkt 4')) + 'dialogen.'.length)
      .split('\n')
      .map((line) => line.replace(/[\u202a-\u202e]/g, '').trim())
      .filter((line) => line !== '' && !/^Barn- och utbildningsnämnden · |^Sida \d+ av \d+$/.test(line));
    expect(lines.length, 'stycket bryts över flera rader').toBeGreaterThan(3);
    expect(lines.join(' ')).toBe(paragraph);
    // On the page, an Arabic run reads right to left: its first word stands right of the next on the same line.
    const words = [
      ...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)<\/word>/g,
      ),
    ].map(([, x, y, word]) => ({ x: Number(x), y: Math.round(Number(y)), word: word ?? '' }));
    const arabicWords = arabic.split(' ');
    // poppler's bounding boxes spell a right-to-left word as drawn, left to right.
    const logical = (word: string) =>
      arabicWords.findIndex((entry) => [entry, [...entry].reverse().join('')].includes(word.replace(/[,.]/g, '')));
    const placed = words.filter((entry) => logical(entry.word) !== -1).sort((a, b) => a.y - b.y || a.x - b.x);
    expect(placed.length).toBe(4 * arabicWords.length);
    // Read left to right along each line, an Arabic run's words come last word first: each stands left of the one before it.
    let turned = 0;
    for (let index = 1; index < placed.length; index += 1) {
      const [left, right] = [placed[index - 1]!, placed[index]!];
      if (left.y !== right.y || Math.abs(logical(left.word) - logical(right.word)) !== 1) continue;
      expect(logical(right.word), `${right.word} står till höger om ${left.word}`).toBe(logical(left.word) - 1);
      turned += 1;
    }
    expect(turned).toBeGreaterThan(10);
  });

  it('keeps the metadata well-formed whatever the names contain', async () => {
    const { file, run } = await writePdf({}, false, 'Kultur- & fritidsnämnden <ung> "Q"');
    const xmp = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(uncompressedPdf(file))?.[0] ?? '';
    expect(xmp).toContain('Kultur- &amp; fritidsnämnden &lt;ung&gt;');
    expect(run('pdfinfo')).toMatch(/^Subject: +Kultur- & fritidsnämnden <ung> "Q" · 2020-09-15/m);
  });
});

describe('column widths', () => {
  it('gives narrow columns what they need and the widest the rest, never more than the whole', () => {
    expect(columnWidths([30, 400, 90], 450)).toEqual([30, 330, 90]);
    expect(columnWidths([30, 100, 90], 450)).toEqual([30, 330, 90]);
    const squeezed = columnWidths([300, 400, 500], 450);
    expect(squeezed.reduce((sum, width) => sum + width, 0)).toBeCloseTo(450);
    expect(squeezed).toEqual([150, 150, 150]);
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
    const pages = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).split('<page ').slice(1);
    const drawn = pages.flatMap((page, pageIndex) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]+)<\/word>/g)].map(
        ([, xMin, yMin, xMax, word]) => ({
          xMin: Number(xMin),
          // A line's place in reading order: its page, then its height on the page.
          y: pageIndex * 10_000 + Math.round(Number(yMin)),
          xMax: Number(xMax),
          word: word ?? '',
        }),
      ),
    );
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
    for (const start of lineStarts) expect(Math.abs(start.xMax - (595.28 - PAGE_MARGIN.right))).toBeLessThan(3);
  });
});
