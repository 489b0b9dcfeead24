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
    expect(model.title).toBe(
      'Barn- och utbildningsnämndens svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål',
    );
    expect(model.lang).toBe('sv-SE');
    expect(model.header).toBe('Barn- och utbildningsnämnden · 2020-09-15 · §\u00a045 · OJUSTERAT');
    expect(model.blocks[0]).toEqual({ kind: 'paragraph', role: 'meta', text: 'Vaggeryds kommun\nBarn- och utbildningsnämnden' });
    expect(model.blocks[1]).toEqual({ kind: 'heading', level: 1, text: model.title });
    expect(texts(model.blocks)).toEqual(
      expect.arrayContaining([
        'Bilaga 1 till §\u00a045',
        'OJUSTERAT – protokollet är inte justerat',
        'Sammanträde: 2020-09-15, ordinarie sammanträde',
        'Kommunstyrelsens dnr: KS\u00a02019/160',
        'Barn- och utbildningsnämndens dnr: BUN\u00a02020/45',
      ]),
    );
  });

  it('names no dnr of the body’s own when it gave none, and leaves the sender’s dnr whole', () => {
    const model = buildAttachmentModel({ ...example, meeting: { ...example.meeting, ownCaseNumber: '  ' } });
    const dnr = texts(model.blocks).filter((text) => text.includes(' dnr: '));
    expect(dnr).toEqual(['Kommunstyrelsens dnr: KS\u00a02019/160']);
    const { ownCaseNumber: _absent, ...older } = example.meeting;
    expect(texts(buildAttachmentModel({ ...example, meeting: older }).blocks).filter((text) => text.includes(' dnr: '))).toEqual(dnr);
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
    ]);
    const all = texts(model.blocks);
    expect(all).toContain('Bedömning: Bör höjas något');
    expect(all).toContain('Barn- och utbildningsnämnden gör ingen bedömning.');
    expect(all).not.toContain('Bedömning: Ingen bedömning');
    expect(all).toContain(example.comments.find((comment) => comment.subject === 'mal-2')?.agreedText);
    expect(all).toContain(example.comments.find((comment) => comment.subject === OVERALL)?.agreedText);
  });

  it('writes the decision in the body’s name, and each beslutsgång, reservation and statement under the decision it concerns', () => {
    const blocks = buildAttachmentModel(example).blocks;
    const all = texts(blocks);
    expect(all).toContain('Barn- och utbildningsnämnden beslutar att lämna kommentarer enligt bilaga 1 som svar på remissen.');
    const at = (text: string) => all.findIndex((item) => item.startsWith(text));
    const goal2 = at('Mål 2: ');
    const goal3 = at('Mål 3: ');
    for (const sentence of [
      'Lars Nyberg (S) yrkar bifall till kommentaren enligt utkastet.',
      'Omröstning begärs och genomförs.',
      "Siobhán O'Connor (V) reserverar sig mot beslutet om mål 2 till förmån för eget yrkande.",
    ]) {
      expect(at(sentence), sentence).toBeGreaterThan(goal2);
      expect(at(sentence), sentence).toBeLessThan(goal3);
      expect(
        all.filter((item) => item.includes(sentence)),
        sentence,
      ).toHaveLength(1);
    }
    expect(at('Jan Ek (M) begär att få göra en protokollsanteckning i fråga om mål 4.')).toBeGreaterThan(at('Mål 4: '));
    expect(at('Åsa Lind-Ängström (C) begär att få lämna ett särskilt yttrande.')).toBeGreaterThan(at('Övergripande kommentar'));
    expect(all.filter((item) => item.includes('Ordföranden medger'))).toHaveLength(2);
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
      adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek', "Siobhán O'Connor"], chair: 'Anna-Karin Öberg' },
    };
    const model = buildAttachmentModel({ ...rest, meeting: adjusted });
    expect(model.status).toBe('justerat');
    expect(model.header).toBe('Barn- och utbildningsnämnden · 2020-09-15 · §\u00a045 · JUSTERAT');
    expect(texts(model.blocks)).toContain(
      "Justerat 2020-09-22 av ordföranden Anna-Karin Öberg och justerarna Jan Ek och Siobhán O'Connor.",
    );
    const older = { ...adjusted, adjustment: { adjustedOn: '2020-09-22', justerare: ['Jan Ek'] } };
    expect(texts(buildAttachmentModel({ ...rest, meeting: older }).blocks)).toContain('Justerat 2020-09-22 av justeraren Jan Ek.');
  });

  it('lists those present only when asked, as a protocol does: members, serving substitutes, substitutes, others', () => {
    expect(texts(buildAttachmentModel(example).blocks)).not.toContain('Anna-Karin Öberg (S), ordförande');
    const all = texts(buildAttachmentModel({ ...example, includeParticipants: true }).blocks);
    const from = all.indexOf('Närvarande');
    expect(all.slice(from)).toEqual([
      'Närvarande',
      'Beslutande',
      'Anna-Karin Öberg (S), ordförande',
      'Jan Ek (M), vice ordförande',
      "Siobhán O'Connor (V)",
      'Åsa Lind-Ängström (C)',
      'Lars Nyberg (S)',
      'Fatima Hassan (S)',
      'Mikael Strand (M)',
      'Erik Sjöberg (SD)',
      'Per Nilsson (KD), tjänstgörande ersättare för Karin Holm (KD)',
      'Ersättare',
      'Eva Lund (S)',
      'Övriga närvarande',
      'Maria Svensson, sekreterare',
      'Svaret är ett bidrag till den fortsatta dialogen och vägleder den; det är inte ett slutgiltigt ställningstagande.',
    ]);
  });

  it('titles the answer after the body that gives it and the remiss’s subject, in either language', () => {
    const company = { ...example.meeting, bodyName: 'Vaggeryd-Skillingaryds Bostads AB' };
    expect(buildAttachmentModel({ ...example, meeting: company }).title).toBe(
      'Vaggeryd-Skillingaryds Bostads AB:s svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål',
    );
    const otherRemiss = { ...example.pkg, title: 'Översyn av taxor 2021' };
    expect(buildAttachmentModel({ ...example, pkg: otherRemiss }).title).toBe(
      'Barn- och utbildningsnämndens svar på remissen ”Översyn av taxor 2021”',
    );
    expect(buildAttachmentModel({ ...example, language: 'en' }).title).toBe(
      'Answer from Barn- och utbildningsnämnden to the internal consultation on ambitionsnivå för kommunfullmäktiges övergripande mål',
    );
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
    expect(ratingLabel(null, pkg.ratingScale)).toBe('Ej bedömt');
  });
  it('joins names as Swedish prose does', () => {
    expect(joinNames(['A'], 'och')).toBe('A');
    expect(joinNames(['A', 'B', 'C'], 'och')).toBe('A, B och C');
  });
});
