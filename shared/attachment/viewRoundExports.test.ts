import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyViewRound, withCountedView, withNamedView, type View, type ViewRound } from '../meeting/viewRound';
import { answerFileSchema, answerFileToJson, buildAnswerFile, parseAnswerFile } from './answerFile';
import { attachmentToDocx } from './attachmentDocx';
import { buildAttachmentModel, type AttachmentBlock } from './attachmentModel';
import { attachmentToPdf } from './attachmentPdf';
import { attachmentToText } from './attachmentText';
import { unzip } from '../../tests/support/documentChecks';
import { readPdfFonts } from '../../tests/support/pdfFonts';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';

const workDir = mkdtempSync(path.join(tmpdir(), 'malsamtal-views-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const exportedAt = new Date('2020-09-15T18:00:00Z');
const example = exampleMeeting();
const meetingId = example.meeting.id;

/** Goal 1: a named round (p8 is away, so her stored view does not count); goal 3: an anonymous one. */
const named: ViewRound = (
  [
    ['p1', 3],
    ['p2', 2],
    ['p3', 3],
    ['p5', 'abstain'],
    ['p8', 5],
  ] as [string, View][]
).reduce((round, [id, view]) => withNamedView(round, id, view), emptyViewRound(meetingId, 'mal-1'));
const anonymous: ViewRound = ([4, 4, 5, 'abstain'] as View[]).reduce(
  (round, view) => withCountedView(round, null, view),
  emptyViewRound(meetingId, 'mal-3', true),
);
const viewRounds = [named, anonymous];
const included = { ...example, meeting: { ...example.meeting, viewRoundsInAttachment: true }, viewRounds };

const tables = (blocks: AttachmentBlock[]) => blocks.filter((block) => block.kind === 'table').slice(1);

describe('the rounds of views in the attachment', () => {
  it('stay out of it unless the board decided to include them', () => {
    const model = buildAttachmentModel({ ...example, viewRounds });
    expect(tables(model.blocks)).toEqual([]);
    expect(JSON.stringify(model)).not.toContain('Synpunktsrunda');
  });

  it('give each goal that had one a short table of counts per step, in protocol Swedish, no names', () => {
    const model = buildAttachmentModel(included);
    const [first, second, ...rest] = tables(model.blocks);
    expect(rest).toEqual([]);
    expect(first).toEqual({
      kind: 'table',
      caption: 'Synpunktsrunda före nämndens bedömning: antal synpunkter per steg på skalan',
      columns: ['Synpunkt', 'Antal'],
      rows: [
        ['1. Bör sänkas tydligt', '0'],
        ['2. Bör sänkas något', '1'],
        ['3. Lagom', '2'],
        ['4. Bör höjas något', '0'],
        ['5. Bör höjas tydligt', '0'],
        ['Avstår', '1'],
      ],
    });
    expect(second?.kind === 'table' && second.rows.map((row) => row[1])).toEqual(['0', '0', '0', '2', '1', '1']);
    // Each table stands under its own goal, after the board's rating.
    const goal1 = model.blocks.findIndex((block) => block.kind === 'heading' && block.text.startsWith('Mål 1:'));
    expect(model.blocks[goal1 + 2]).toBe(first);
  });

  it('reach the text, the Word and the PDF attachment', async () => {
    const model = buildAttachmentModel(included);
    const text = attachmentToText(model);
    expect(text).toContain('Synpunktsrunda före nämndens bedömning');
    expect(text).toContain('Synpunkt: 3. Lagom · Antal: 2');

    const document = unzip(await attachmentToDocx(model)).get('word/document.xml') ?? '';
    expect(document).toContain('Synpunktsrunda före nämndens bedömning: antal synpunkter per steg på skalan');
    expect(document).toContain('Avstår');

    const pdf = await attachmentToPdf(model, readPdfFonts(), exportedAt);
    const file = path.join(workDir, 'views.pdf');
    writeFileSync(file, pdf.bytes);
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain('Synpunktsrunda före nämndens bedömning');
    expect(pdfText).toContain('Avstår');
  });
});

describe('the rounds of views in the answer file', () => {
  it('carry only the counts, and only when the board included them', async () => {
    const without = await buildAnswerFile({ ...example, viewRounds, exportedAt });
    expect(without.goals.every((goal) => goal.views === undefined)).toBe(true);

    const answer = await buildAnswerFile({ ...included, exportedAt });
    expect(answer.goals.map((goal) => goal.views)).toEqual([
      { steps: [1, 2, 3, 4, 5].map((value) => ({ value, count: value === 2 ? 1 : value === 3 ? 2 : 0 })), abstain: 1 },
      undefined,
      { steps: [1, 2, 3, 4, 5].map((value) => ({ value, count: value === 4 ? 2 : value === 5 ? 1 : 0 })), abstain: 1 },
      undefined,
    ]);
  });

  it('reads the counts back, and a file without them still reads', async () => {
    const answer = await buildAnswerFile({ ...included, exportedAt });
    const read = parseAnswerFile(answerFileToJson(answer));
    expect(read.ok && read.value.goals[0]?.views).toEqual(answer.goals[0]?.views);

    const older = await buildAnswerFile({ ...example, exportedAt });
    const readOlder = parseAnswerFile(answerFileToJson(older));
    expect(readOlder.ok && readOlder.value.goals.map((goal) => goal.views)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('is read by a reader that does not know the counts, which drops them', async () => {
    const answer = await buildAnswerFile({ ...included, exportedAt });
    // The reader as it was before the counts: the same schema without the field.
    const olderReader = answerFileSchema.extend({
      goals: answerFileSchema.shape.goals.unwrap().omit({ views: true }).array(),
    });
    const read = olderReader.safeParse(JSON.parse(answerFileToJson(answer)));
    expect(read.success).toBe(true);
    expect(read.data?.goals[0]).not.toHaveProperty('views');
    expect(read.data?.goals[0]?.rating).toEqual(answer.goals[0]?.rating);
  });

  it('refuses counts that are not whole numbers from 0', async () => {
    const answer = await buildAnswerFile({ ...included, exportedAt });
    const bad = {
      ...answer,
      goals: answer.goals.map((goal, index) => (index === 0 ? { ...goal, views: { steps: [], abstain: -1 } } : goal)),
    };
    const read = parseAnswerFile(JSON.stringify(bad));
    expect(read.ok).toBe(false);
  });
});
