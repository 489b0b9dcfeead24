import { describe, expect, it } from 'vitest';
import { OVERALL } from '../domain/dialogue';
import { buildAttachmentModel, joinNames, ratingLabel, type AttachmentBlock } from './attachmentModel';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';

const texts = (blocks: AttachmentBlock[]) =>
  blocks.flatMap((block) =>
    block.kind === 'list'
      ? block.items
      : block.kind === 'table'
        ? [block.caption, ...block.rows.flat()]
        : block.kind === 'chart'
          ? block.bars.map((bar) => bar.label)
          : [block.text],
  );

describe('buildAttachmentModel', () => {
  const example = exampleMeeting();

  it('names the remiss, its case number, the body, the date and the paragraph', () => {
    const model = buildAttachmentModel(example);
    expect(model.title).toBe('Svar på remiss: Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål (KS 2019/160)');
    expect(model.lang).toBe('sv-SE');
    expect(model.header).toBe('Barn- och utbildningsnämnden · 15 september 2020 · § 45 · OJUSTERAT');
    expect(model.blocks[0]).toEqual({ kind: 'heading', level: 1, text: model.title });
    expect(texts(model.blocks)).toEqual(
      expect.arrayContaining([
        'Bilaga 1 till § 45',
        'OJUSTERAT – protokollet är inte justerat',
        'Sammanträde: 15 september 2020, ordinarie sammanträde',
        'Diarienummer: KS 2019/160',
      ]),
    );
  });

  it('gives each goal its number, title, rating label and agreed comment, and the table the same ratings', () => {
    const model = buildAttachmentModel(example);
    const table = model.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((row) => [row[0], row[2]])).toEqual([
      ['1', 'Lagom'],
      ['2', 'Bör höjas något'],
      ['3', 'Lagom'],
      ['4', 'Ingen bedömning'],
    ]);
    const headings = model.blocks
      .filter((block) => block.kind === 'heading' && block.level === 2)
      .map((block) => block.kind === 'heading' && block.text);
    expect(headings).toEqual([
      'Bedömning av ambitionsnivån',
      'Mål 1: Vaggeryds kommun ska vara en plats med hållbar samhällsutveckling och tillväxt i hela kommunen',
      expect.stringMatching(/^Mål 2: /),
      expect.stringMatching(/^Mål 3: /),
      expect.stringMatching(/^Mål 4: /),
      'Övergripande kommentar',
      'Reservationer och särskilda yttranden',
    ]);
    const all = texts(model.blocks);
    expect(all).toContain('Bedömning: Bör höjas något');
    expect(all).toContain(example.comments.find((comment) => comment.subject === 'mal-2')?.agreedText);
    expect(all).toContain(example.comments.find((comment) => comment.subject === OVERALL)?.agreedText);
  });

  it('lists reservations and separate statements by name, and says the answer guides rather than decides', () => {
    const all = texts(buildAttachmentModel(example).blocks);
    expect(all).toContain("Reservation av Siobhán O'Connor (mål 2): Jag reserverar mig till förmån för att nivån lämnas oförändrad.");
    expect(all).toContain(
      'Särskilt yttrande av Åsa Lind-Ängström (hela beslutet): Jag vill betona att landsbygdens skolor behöver långsiktiga besked.',
    );
    expect(all.at(-1)).toBe(
      'Svaret är ett bidrag till den fortsatta dialogen och vägleder den; det är inte ett slutgiltigt ställningstagande.',
    );
  });

  it('never carries drafts or notes, and shows a missing agreement as such', () => {
    const { comments, ...rest } = exampleMeeting();
    const withDraftOnly = comments.map((comment) =>
      comment.subject === 'mal-1' ? { ...comment, draft: 'HEMLIGT UTKAST', agreedText: null, agreedAt: null } : comment,
    );
    const all = texts(buildAttachmentModel({ ...rest, comments: withDraftOnly }).blocks).join('\n');
    expect(all).not.toContain('HEMLIGT UTKAST');
    expect(all).not.toContain(rest.notes[0]?.text);
    expect(all).toContain('Ingen överenskommen kommentar.');
  });

  it('names the adjustment date and the justerare once adjusted', () => {
    const { meeting, ...rest } = exampleMeeting();
    const adjusted = {
      ...meeting,
      status: 'adjusted' as const,
      adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek', "Siobhán O'Connor"] },
    };
    const model = buildAttachmentModel({ ...rest, meeting: adjusted });
    expect(model.status).toBe('justerat');
    expect(model.header).toBe('Barn- och utbildningsnämnden · 15 september 2020 · § 45');
    expect(texts(model.blocks)).toContain("Justerat 22 september 2020 av Jan Ek och Siobhán O'Connor");
  });

  it('lists those present only when asked', () => {
    expect(texts(buildAttachmentModel(example).blocks)).not.toContain('Anna-Karin Öberg, ordförande');
    const all = texts(buildAttachmentModel({ ...example, includeParticipants: true }).blocks);
    expect(all).toContain('Anna-Karin Öberg, ordförande');
    expect(all).not.toContain('Per Nilsson, ersättare');
  });

  it('carries markup-like, right-to-left and emoji text verbatim', () => {
    const hard = '<script>alert("x")</script> **fet** {{x}} שלום مرحبا 😀👍🏽';
    const all = texts(buildAttachmentModel(exampleMeeting({ agreedTexts: { 'mal-1': hard } })).blocks);
    expect(all).toContain(hard);
  });
});

describe('ratingLabel and joinNames', () => {
  const { pkg } = exampleMeeting();
  it('uses the scale’s own words', () => {
    expect(ratingLabel({ kind: 'step', value: 5 }, pkg.ratingScale)).toBe('Bör höjas tydligt');
    expect(ratingLabel({ kind: 'noAssessment' }, pkg.ratingScale)).toBe('Ingen bedömning');
    expect(ratingLabel(null, pkg.ratingScale)).toBe('Ej bedömd');
  });
  it('joins names as Swedish prose does', () => {
    expect(joinNames(['A'], 'och')).toBe('A');
    expect(joinNames(['A', 'B', 'C'], 'och')).toBe('A, B och C');
  });
});
