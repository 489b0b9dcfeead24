import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachmentToPdf } from '../attachment/attachmentPdf';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import { adjust } from '../attachment/protocolPath';
import { expectAccessiblePdf, unzip } from '../../tests/support/documentChecks';
import { buildExtractModel, buildParagraphModel, paragraphToText } from './paragraph';
import { paragraphToDocx } from './paragraphDocx';

const example = exampleMeeting();
const adjusted = {
  ...example,
  meeting: adjust(
    example.meeting,
    { adjustedOn: '2020-09-22', justerare: ['Jan Ek', "Siobhán O'Connor"], chair: 'Anna-Karin Öberg' },
    new Date('2020-09-22T14:00:00Z'),
  ),
};
const workDir = mkdtempSync(path.join(tmpdir(), 'malsamtal-paragraph-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const occurrences = (text: string, sentence: string) => text.replace(/\s+/g, ' ').split(sentence).length - 1;

describe('the paragraph for the protocol', () => {
  it('has the sections a protocol prints, in order', () => {
    const model = buildParagraphModel(example);
    expect(model.title).toBe('§\u00a045 Svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål');
    expect(model.header).toBe('Barn- och utbildningsnämnden · 2020-09-15 · §\u00a045 · OJUSTERAT');
    expect(model.blocks.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && block.text)).toEqual([
      model.title,
      'Ärendebeskrivning',
      'Beslut',
      'Beslutsgång',
      'Reservationer',
      'Särskilda yttranden',
      'Protokollsanteckningar',
      'Justering',
      'Beslutet skickas till',
    ]);
  });

  it('reads as protocol Swedish, each standard sentence once', () => {
    const text = paragraphToText(buildParagraphModel(example));
    for (const sentence of [
      'Kommunstyrelsens dnr: KS 2019/160',
      'Barn- och utbildningsnämndens dnr: BUN 2020/45',
      'Kommunledningskontoret i Vaggeryds kommun har 2020-06-30 skickat ut en intern remiss, ”Intern remiss 2 – ambitionsnivå för ' +
        'kommunfullmäktiges övergripande mål” (KS 2019/160).',
      'Barn- och utbildningsnämnden beslutar att lämna kommentarer enligt bilaga 1 som svar på remissen.',
      "Ordföranden ställer proposition på kommentaren enligt utkastet och Siobhán O'Connors (V) yrkande och finner att nämnden " +
        'beslutar enligt utkastet.',
      'Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet.',
      "Siobhán O'Connor (V) reserverar sig mot beslutet om mål 2 till förmån för eget yrkande.",
      'Ordföranden medger att särskilt yttrande får lämnas.',
      'Ordföranden medger att protokollsanteckning får göras.',
      "Justerare: Jan Ek (M) och Siobhán O'Connor (V).",
      'Justering sker 2020-09-22 kl. 15.00 i Kommunhuset, Vaggeryd.',
    ])
      expect(occurrences(text, sentence), sentence).toBe(1);
    expect(text).toContain('Mål 2\n\nLars Nyberg (S) yrkar bifall till kommentaren enligt utkastet.');
    expect(text).toContain('Beslutet skickas till\n\n– Kommunstyrelsen (kommunstyrelsen@vaggeryd.se)\n');
    const noRoutes = paragraphToText(buildParagraphModel({ ...example, pkg: { ...example.pkg, routes: [] } }));
    expect(noRoutes).toContain('Beslutet skickas till\n\n– Kommunledningskontoret, Vaggeryds kommun\n');
    expect(text).not.toContain('Justerat');
  });

  it('leaves out the beslutsgång when every decision was unanimous, and says when the paragraph is adjusted at once', () => {
    const unanimous = buildParagraphModel({
      ...example,
      decisions: [],
      dissents: [],
      meeting: { ...example.meeting, justering: { ...example.meeting.justering, immediate: true } },
    });
    const text = paragraphToText(unanimous);
    expect(text).not.toContain('Beslutsgång');
    expect(text).not.toContain('Reservationer');
    expect(text).toContain('Paragrafen justeras omedelbart.');
    expect(text).not.toContain('Justering sker');
  });

  it('says by whom it was adjusted once it is', () => {
    const text = paragraphToText(buildParagraphModel(adjusted));
    expect(text).toContain("Justerat 2020-09-22 av ordföranden Anna-Karin Öberg och justerarna Jan Ek och Siobhán O'Connor.");
    expect(text).not.toContain('Justering sker');
    expect(buildParagraphModel(adjusted).header).toMatch(/ · JUSTERAT$/);
    const one = paragraphToText(
      buildParagraphModel({
        ...adjusted,
        meeting: { ...adjusted.meeting, adjustment: { ...adjusted.meeting.adjustment!, justerare: ['Jan Ek'] } },
      }),
    );
    expect(one).toContain('Justerat 2020-09-22 av ordföranden Anna-Karin Öberg och justeraren Jan Ek.');
  });

  it('is a Word document of real headings and one paragraph per paragraph', async () => {
    const xml = unzip(await paragraphToDocx(buildParagraphModel(example))).get('word/document.xml') ?? '';
    const styled = (style: string) =>
      [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .filter(([p]) => p.includes(`<w:pStyle w:val="${style}"/>`))
        .map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    expect(styled('Heading1')).toEqual(['§\u00a045 Svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål']);
    expect(styled('Heading2')).toContain('Beslutsgång');
    expect(xml).not.toContain('<w:br/>');
    expect(xml).toContain('Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet.');
  });
});

describe('the extract from the minutes', () => {
  it('is an archivable PDF with the extract’s header, those present, the paragraph and "Utdrag bestyrks"', async () => {
    const fontDir = path.resolve(import.meta.dirname, '../../node_modules/dejavu-fonts-ttf/ttf');
    const fonts = {
      regular: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')),
      bold: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')),
    };
    const model = buildExtractModel(adjusted);
    expect(model.header).toBe('Utdrag ur protokoll · Barn- och utbildningsnämnden · 2020-09-15 · §\u00a045 · JUSTERAT');
    const file = path.join(workDir, 'utdrag.pdf');
    writeFileSync(file, (await attachmentToPdf(model, fonts, new Date('2020-09-22T15:00:00Z'))).bytes);
    expectAccessiblePdf(file, 'sv-SE');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const line of ['Kommunstyrelsens dnr: KS 2019/160', 'Barn- och utbildningsnämndens dnr: BUN 2020/45'])
      expect(
        text.split('\n').filter((candidate) => candidate.trim() === line),
        line,
      ).toHaveLength(1);
    for (const sentence of [
      'Utdrag ur protokoll',
      'Barn- och utbildningsnämnden, sammanträdesdatum 2020-09-15',
      'Per Nilsson (KD), tjänstgörande ersättare för Karin Holm (KD)',
      'Med 5 ja-röster mot 4 nej-röster beslutar nämnden enligt utkastet.',
      "Justerat 2020-09-22 av ordföranden Anna-Karin Öberg och justerarna Jan Ek och Siobhán O'Connor.",
      'Utdrag bestyrks',
      'Maria Svensson, sekreterare',
    ])
      expect(text.replace(/\s+/g, ' '), sentence).toContain(sentence);
  });
});
