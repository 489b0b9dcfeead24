import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachmentToPdf, type PdfBlock } from '../attachment/attachmentPdf';
import type { OwnGoal } from '../domain/body';
import { examplePackage } from '../remiss/examplePackage';
import { expectAccessiblePdf, structNodes } from '../../tests/support/documentChecks';
import { readPdfFonts } from '../../tests/support/pdfFonts';
import { buildHandoutModel, HANDOUT_NOTE_LINES, type HandoutInput } from './handout';

const meeting = { bodyName: 'Miljö- och byggnadsnämnden', date: '2020-09-15', paragraph: '45', itemTitle: 'Svar på remiss om KF:s mål' };
const ownGoals: OwnGoal[] = [
  {
    id: 'a',
    title: 'Tillsynen sker i tid',
    description: '',
    kfGoalNumbers: [1],
    forecast: { outcome: 'uppnasDelvis', text: 'Två tjänster vakanta', date: '2020-08-31' },
  },
  { id: 'b', title: 'Fler bygglov på åtta veckor', description: '', kfGoalNumbers: [1, 3] },
];
/** The example with success factors under goal 1's first focus area, as a package may carry them. */
const [first, ...rest] = examplePackage.goals;
const pkg = {
  ...examplePackage,
  goals: [
    {
      ...first!,
      focusAreas: [
        { id: 'miljo', title: 'Miljö och naturresurser', successFactors: ['Minskade utsläpp', 'God vattenkvalitet'] },
        { id: 'beredskap', title: 'Beredskap mot oönskade händelser', successFactors: [] },
      ],
    },
    ...rest,
  ],
};
const input: HandoutInput = { pkg, meeting, body: { ownGoals }, focusGoalIds: ['mal-1'] };

const textOf = (block: PdfBlock): string[] =>
  block.kind === 'list'
    ? block.items
    : block.kind === 'table'
      ? [block.caption, ...block.rows.flat()]
      : 'text' in block
        ? [block.text]
        : [];

/** The blocks from one heading up to the next one. */
function section(blocks: PdfBlock[], heading: string): PdfBlock[] {
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.text === heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = blocks.findIndex((block, index) => index > start && block.kind === 'heading');
  return blocks.slice(start + 1, end === -1 ? undefined : end);
}

describe('buildHandoutModel', () => {
  it('titles the sheet with the body and the meeting date, and names the item', () => {
    const model = buildHandoutModel(input);
    expect(model.title).toBe('Diskussionsunderlag – Miljö- och byggnadsnämnden, sammanträde 2020-09-15');
    expect(model.blocks[0]).toEqual({ kind: 'heading', level: 1, text: model.title });
    expect(model.blocks[1]).toEqual({ kind: 'paragraph', role: 'meta', text: 'Ärende: Svar på remiss om KF:s mål (§ 45)' });
    expect(model.header).toBe('Miljö- och byggnadsnämnden · 2020-09-15 · Diskussionsunderlag');
    expect(model.lang).toBe('sv-SE');
  });

  it('gives the rating scale with each step’s description, and the overall questions with lines for notes', () => {
    const model = buildHandoutModel(input);
    const scale = section(model.blocks, 'Bedömningsskala');
    expect(scale[0]).toEqual({
      kind: 'table',
      caption: 'Bedömningsskala: Hur bedömer nämnden den föreslagna ambitionsnivån?',
      columns: ['Steg', 'Bedömning', 'Beskrivning'],
      rows: examplePackage.ratingScale.steps.map((step) => [String(step.value), step.label, step.description]),
    });
    const overall = section(model.blocks, 'Övergripande frågor');
    expect(overall[0]).toEqual({ kind: 'list', items: examplePackage.generalQuestions.map((q) => q.text) });
    expect(overall.at(-1)).toEqual({ kind: 'noteLines', lines: HANDOUT_NOTE_LINES.overall });
  });

  it('gives each goal its ambition level, questions, focus areas and the own goals serving it with their forecasts', () => {
    const model = buildHandoutModel(input);
    const goal1 = section(model.blocks, `Mål 1: ${examplePackage.goals[0]!.title}`);
    const texts = goal1.flatMap(textOf);
    expect(texts).toContain('Målet är valt för fördjupad dialog.');
    expect(texts).toContain(`Ambitionsnivå: ${examplePackage.goals[0]!.ambitionLevel}`);
    for (const question of examplePackage.goals[0]!.questions) expect(texts).toContain(question.text);
    expect(texts).toContain('Miljö och naturresurser – framgångsfaktorer: Minskade utsläpp; God vattenkvalitet');
    expect(texts).toContain('Beredskap mot oönskade händelser');
    expect(texts).toContain('Tillsynen sker i tid – Prognos 2020-08-31: Uppnås delvis – Två tjänster vakanta');
    expect(texts).toContain('Fler bygglov på åtta veckor – Ingen prognos angiven');
    expect(goal1.at(-1)).toEqual({ kind: 'noteLines', lines: HANDOUT_NOTE_LINES.inDepth });

    const goal2 = section(model.blocks, `Mål 2: ${examplePackage.goals[1]!.title}`).flatMap(textOf);
    expect(goal2).not.toContain('Målet är valt för fördjupad dialog.');
    expect(goal2.some((text) => text.startsWith('Tillsynen') || text.startsWith('Fler bygglov'))).toBe(false);
    expect(section(model.blocks, `Mål 3: ${examplePackage.goals[2]!.title}`).flatMap(textOf)).toContain(
      'Fler bygglov på åtta veckor – Ingen prognos angiven',
    );
  });

  it('leaves the own goals out for a meeting without a body profile, and speaks English when asked', () => {
    const model = buildHandoutModel({ ...input, body: null, focusGoalIds: [], language: 'en' });
    const texts = model.blocks.flatMap(textOf);
    expect(texts).not.toContain('The board’s own goals that serve this goal');
    expect(texts.some((text) => text.includes('Tillsynen'))).toBe(false);
    expect(model.title).toBe('Discussion sheet – Miljö- och byggnadsnämnden, meeting 2020-09-15');
    expect(model.blocks.filter((block) => block.kind === 'noteLines')).toHaveLength(1 + examplePackage.goals.length);
  });
});

describe('the handout as PDF', () => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'malsamtal-handout-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('is a tagged PDF/A-2a and PDF/UA-1 file with fonts embedded, whose text reads back in order', async () => {
    const result = await attachmentToPdf(buildHandoutModel(input), readPdfFonts(), new Date('2020-09-10T08:00:00Z'));
    const file = path.join(workDir, 'diskussionsunderlag.pdf');
    writeFileSync(file, result.bytes);
    expect(result.replaced).toEqual([]);
    const { structure } = expectAccessiblePdf(file, 'sv-SE');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title: +Diskussionsunderlag – Miljö- och byggnadsnämnden, sammanträde 2020-09-15$/m);
    expect(Number(/^Pages: +(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(1);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/DejaVuSans/);

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const order = [
      'Diskussionsunderlag – Miljö- och byggnadsnämnden, sammanträde 2020-09-15',
      'Bedömningsskala',
      'Nivån är rimlig och utmanande.',
      'Övergripande frågor',
      'Anteckningar',
      'Mål 1: Vaggeryds kommun',
      'Målet är valt för fördjupad dialog.',
      'Tillsynen sker i tid – Prognos 2020-08-31: Uppnås delvis – Två tjänster vakanta',
      'Mål 4:',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/Sida 1 av \d+/);
    // The ruled lines are artifacts: the structure holds the words only, one H2 per part.
    const h2 = structNodes(structure.tree).filter((node) => node.role === 'H2');
    expect(h2).toHaveLength(2 + examplePackage.goals.length);
  });
});
