import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachmentToDocx } from '../attachment/attachmentDocx';
import { attachmentToPdf } from '../attachment/attachmentPdf';
import { examplePackage } from '../remiss/examplePackage';
import { bodyKinds, compileAnswers } from './compileAnswers';
import { buildCompileReportModel } from './compileReport';
import { expectArchivablePdf, printDocxWithLibreOffice, unzip } from '../../tests/support/documentChecks';
import { fixtureAnswer } from '../../tests/fixtures/exampleAnswers';

const fontDir = path.resolve(import.meta.dirname, '../../node_modules/dejavu-fonts-ttf/ttf');
const fonts = {
  regular: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')),
  bold: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')),
};
const workDir = mkdtempSync(path.join(tmpdir(), 'malsamtal-compile-report-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const labels = { noAssessment: 'Ingen bedömning', notRated: 'Ej bedömt', outsideScale: 'Utanför skalan' };
const filter = { kinds: [...bodyKinds], statuses: ['ojusterat', 'justerat'] as const };

async function reportOf40() {
  const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => fixtureAnswer(index)));
  return buildCompileReportModel({
    pkg: examplePackage,
    compilation: compileAnswers(examplePackage, answers, labels),
    filter: { kinds: filter.kinds, statuses: [...filter.statuses] },
    compiledOn: '2020-10-01',
  });
}

describe('a report on a selection of the answers', () => {
  it('says how many of the received answers it holds, and lists as missing only bodies that sent nothing', async () => {
    const answers = [
      {
        ...(await fixtureAnswer(0)),
        body: { id: null, name: 'Kommunstyrelsen', respondentId: 'kommunstyrelsen' },
        status: 'justerat' as const,
      },
      {
        ...(await fixtureAnswer(1)),
        body: { id: null, name: 'Kultur- och fritidsnämnden', respondentId: 'kultur-och-fritidsnamnden' },
        status: 'ojusterat' as const,
      },
    ];
    const selection = { kinds: [...bodyKinds], statuses: ['justerat' as const] };
    const model = buildCompileReportModel({
      pkg: examplePackage,
      compilation: compileAnswers(examplePackage, answers, labels, selection),
      filter: selection,
      compiledOn: '2020-10-01',
    });
    const texts = model.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.kind === 'list' ? block.items : []));
    expect(texts).toContain('1 svar i urvalet av 2 inkomna. Sammanställd 1 oktober 2020.');
    expect(texts).toContain('2 av 7 remissinstanser har svarat.');
    const missingAt = model.blocks.findIndex((block) => block.kind === 'heading' && block.text === 'Har inte svarat');
    const missing = model.blocks[missingAt + 1]!;
    expect(missing.kind === 'list' && missing.items).toEqual([
      'Barn- och utbildningsnämnden',
      'Socialnämnden',
      'Miljö- och byggnämnden',
      'Vaggeryd-Skillingaryds Bostads AB',
      'Vaggeryds Energi AB',
    ]);
  });
});

describe('the count of who has answered', () => {
  // The measured defect: eight answers from bodies named otherwise than the package's list gave "8 svar av 8 förväntade"
  // beside a list of all eight as not answered.
  it('agrees with the list of who has not answered, whatever the bodies in the answers are called', async () => {
    const pkg = {
      ...examplePackage,
      respondents: [...examplePackage.respondents, { id: 'tekniska', name: 'Tekniska nämnden', kind: 'namnd' as const, email: null }],
    };
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => fixtureAnswer(index, { pkg })));
    const model = buildCompileReportModel({
      pkg,
      compilation: compileAnswers(pkg, answers, labels),
      filter: { kinds: filter.kinds, statuses: [...filter.statuses] },
      compiledOn: '2020-10-01',
    });
    const texts = model.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    const missingAt = model.blocks.findIndex((block) => block.kind === 'heading' && block.text === 'Har inte svarat');
    const missing = model.blocks[missingAt + 1]!;
    const listed = missing.kind === 'list' ? missing.items.length : 0;
    const claims = texts.flatMap((text) =>
      [...text.matchAll(/(\d+) (?:svar )?av (\d+)/g)].map((match) => [Number(match[1]), Number(match[2])]),
    );
    expect(claims).toEqual([[0, 8]]);
    expect(listed).toBe(8);
    expect(texts).toContain(
      `Svar som inte hör till någon av remissinstanserna: ${answers
        .map((answer) => answer.body.name)
        .sort((x, y) => x.localeCompare(y, 'sv-SE'))
        .join(', ')}.`,
    );

    const matched = await Promise.all(pkg.respondents.slice(0, 5).map((respondent, index) => fixtureAnswer(index, { pkg, respondent })));
    const report = buildCompileReportModel({
      pkg,
      compilation: compileAnswers(pkg, matched, labels),
      filter: { kinds: filter.kinds, statuses: [...filter.statuses] },
      compiledOn: '2020-10-01',
    });
    const after = report.blocks[report.blocks.findIndex((block) => block.kind === 'heading' && block.text === 'Har inte svarat') + 1]!;
    expect(report.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []))).toContain(
      '5 av 8 remissinstanser har svarat.',
    );
    expect(after.kind === 'list' && after.items).toEqual(['Vaggeryd-Skillingaryds Bostads AB', 'Vaggeryds Energi AB', 'Tekniska nämnden']);
  });
});

describe('the compiled report', () => {
  it('holds a summary per goal, each goal’s exact counts and shares, every comment and reservation, and who is missing', async () => {
    const model = await reportOf40();
    expect(model.title).toBe(
      'Sammanställning av svar: Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål (KS 2019/160)',
    );
    const tables = model.blocks.filter((block) => block.kind === 'table');
    expect(tables[0]!.rows[0]!.map((cell) => cell.replace(/\u00a0/g, ' '))).toEqual(['1', examplePackage.goals[0]!.title, '30 (75,0 %)']);
    expect(tables[1]!.rows.map((row) => [row[0], row[2]!.replace(/\s/g, ' ')])).toEqual([
      ['6', '15,0 %'],
      ['6', '15,0 %'],
      ['6', '15,0 %'],
      ['6', '15,0 %'],
      ['6', '15,0 %'],
      ['5', '12,5 %'],
      ['5', '12,5 %'],
      ['40', '100,0 %'],
    ]);
    // Each goal's chart draws the same shares as its table, and says them in its text alternative.
    const charts = model.blocks.filter((block) => block.kind === 'chart');
    expect(charts).toHaveLength(examplePackage.goals.length);
    expect(charts[0]!.bars.map((bar) => bar.share)).toEqual([0.15, 0.15, 0.15, 0.15, 0.15, 0.125, 0.125]);
    expect(charts[0]!.bars.map((bar) => bar.value.replace(/\s/g, ' '))).toEqual([
      '6 (15,0 %)',
      '6 (15,0 %)',
      '6 (15,0 %)',
      '6 (15,0 %)',
      '6 (15,0 %)',
      '5 (12,5 %)',
      '5 (12,5 %)',
    ]);
    expect(charts[0]!.description.replace(/\s/g, ' ')).toContain('Ingen bedömning 5 (12,5 %)');
    const items = model.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
    expect(items.filter((item) => item.includes('om mål 1:'))).toHaveLength(40);
    expect(items.filter((item) => item.includes('Reservation av Örjan Ärlig (M): Ambitionsnivån är för låg.'))).toHaveLength(4);
    expect(items).toContain('Vaggeryd-Skillingaryds Bostads AB');
  });

  it('prints as a tagged PDF/A-2b on A4, in Swedish, with embedded fonts and metadata that agrees with itself', async () => {
    const { bytes } = await attachmentToPdf(await reportOf40(), fonts, new Date('2020-10-01T09:00:00Z'));
    const file = path.join(workDir, 'rapport.pdf');
    writeFileSync(file, bytes);
    const raw = expectArchivablePdf(file, 'sv-SE');
    expect(execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' })).toMatch(
      /^Title: +Sammanställning av svar: Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål \(KS 2019\/160\)$/m,
    );
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Bedömningar av mål 1');
    expect(text).toMatch(/5 – Bör höjas tydligt\s+15,0\s%/);
    expect(text).toContain('Område 13s styrelse');
    // The charts are vector bars inside tagged figures that carry their numbers as alternative text.
    expect((raw.match(/\/S \/Figure/g) ?? []).length).toBe(examplePackage.goals.length);
    expect(raw).toMatch(/\/Alt [(<]/);
  });

  it('writes the same report as a DOCX with its tables and comments', async () => {
    const xml = unzip(await attachmentToDocx(await reportOf40())).get('word/document.xml') ?? '';
    expect(xml).toContain('Sammanfattning per mål');
    expect(xml).toContain('Ingen bedömning');
    expect(xml).toContain('Reservation av Örjan Ärlig (M): Ambitionsnivån är för låg.');
    // Each chart is a table Word draws: per bar a blue cell exactly as wide as its share (15 % and 12,5 % for goal 1).
    const bars = [...xml.matchAll(/<w:tcW w:type="pct" w:w="([\d.]+)%"\/><w:shd w:fill="0B5CAD"/g)].map((match) => Number(match[1]));
    const model = await reportOf40();
    const shares = model.blocks.flatMap((block) => (block.kind === 'chart' ? block.bars.map((bar) => bar.share * 100) : []));
    expect(bars).toEqual(shares.filter((share) => share > 0));
    expect(bars.slice(0, 7)).toEqual([15, 15, 15, 15, 15, 12.5, 12.5]);
    // The chart's text alternative stands before it, in the document itself.
    expect(xml).toContain('Ingen bedömning 5 (12,5');
  });

  it('opens as a DOCX in LibreOffice, which prints the report with its header and page numbers', async () => {
    const { text, pages } = printDocxWithLibreOffice(await attachmentToDocx(await reportOf40()), workDir, 'rapport');
    expect(pages).toBeGreaterThan(1);
    for (const line of [
      'Sammanställning av svar: Intern remiss 2',
      'Sammanfattning per mål',
      'Bedömningar av mål 1',
      'Reservation av Örjan Ärlig (M): Ambitionsnivån är för låg.',
      'Område 13s styrelse',
      `Sida 1 av ${pages}`,
      `Sida ${pages} av ${pages}`,
    ])
      expect(text).toContain(line);
    expect(text.match(/KS 2019\/160 · Sammanställning av svar · 1 oktober 2020/g)).toHaveLength(pages);
  }, 120_000);
});
