import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import { fixtureAnswer, fixtureBodyName } from '../../tests/fixtures/exampleAnswers';
import { ratingsCsv } from './ratingsCsv';
import { hasUnsafeCharacters } from '../format/safeText';

const headers = {
  body: 'Nämnd eller styrelse',
  status: 'Status',
  meetingDate: 'Mötesdatum',
  paragraph: 'Paragraf',
  goalNumber: 'Mål nr',
  goal: 'Mål',
  ratingValue: 'Bedömning (steg)',
  rating: 'Bedömning',
  comment: 'Kommentar',
  earlierRatingValue: 'Bedömning förra omgången (steg)',
  ratingChange: 'Förändring (steg)',
};

/** Reads CSV the way Excel does: quoted fields, doubled quotes, semicolons, CRLF rows, line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        cell += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[at + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      at += 1;
    } else cell += char;
  }
  return rows;
}

describe('the ratings CSV', () => {
  it('opens in Swedish Excel: BOM, semicolons, CRLF, every field quoted', async () => {
    const csv = ratingsCsv(examplePackage, [await fixtureAnswer(0)], headers);
    expect(csv.startsWith('\uFEFF"Nämnd eller styrelse";"Status"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[^\r]\n/);
  });

  it('round-trips every rating and comment of 40 answers with å, ä, ö, quotes and semicolons intact', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => fixtureAnswer(index)));
    const tricky = await fixtureAnswer(41, { commentText: 'Åtgärd; "viktig"\nÖversyn av äldreomsorgen' });
    const rows = parseCsv(ratingsCsv(examplePackage, [...answers, tricky], headers).slice(1));
    expect(rows[0]).toEqual(Object.values(headers).slice(0, 9));
    expect(rows).toHaveLength(1 + 41 * 4);
    const body0 = rows.filter((row) => row[0] === fixtureBodyName(0));
    expect(body0.map((row) => [row[1], row[4], row[6], row[7]])).toEqual([
      ['justerat', '1', '1', 'Bör sänkas tydligt'],
      ['justerat', '2', '4', 'Bör höjas något'],
      ['justerat', '3', '', ''],
      ['justerat', '4', '3', 'Lagom'],
    ]);
    expect(body0[0]![8]).toBe('Område 0s nämnd om mål 1: vi ställer oss bakom, “så klart”; öåä.');
    expect(rows.find((row) => row[0] === fixtureBodyName(41) && row[4] === '1')![8]).toBe('Åtgärd; "viktig"\nÖversyn av äldreomsorgen');
  });

  it('keeps a comment that starts like a formula as text, so Excel neither runs it nor shows #NAMN?', async () => {
    const comments = ['=HYPERLINK("http://x";"klicka")', '- Nämnden anser att nivån är rimlig', '+46 i kontaktlistan', '@ordförande'];
    const answers = await Promise.all(comments.map((commentText, index) => fixtureAnswer(index, { commentText })));
    const cells = parseCsv(ratingsCsv(examplePackage, answers, headers).slice(1))
      .slice(1)
      .map((row) => row[8]!)
      .filter((cell) => cell !== '');
    expect(new Set(cells.map((cell) => cell.replace(/^'/, '')))).toEqual(new Set(comments));
    expect(cells.every((cell) => cell.startsWith("'"))).toBe(true);
    // Numbers stay numbers: the rating's step is not text.
    expect(ratingsCsv(examplePackage, answers, headers)).toMatch(/;"[1-5]";/);
  });

  it('carries no control character or half surrogate pair from a name, title or comment into a cell', async () => {
    const answer = await fixtureAnswer(1);
    const broken = {
      ...answer,
      body: { ...answer.body, name: 'Område\u0000 1s styrelse' },
      goals: answer.goals.map((goal) => ({ ...goal, comment: 'Höj\u000b nivån \udc00nu.\r\nRad två' })),
    };
    const pkg = { ...examplePackage, goals: examplePackage.goals.map((goal) => ({ ...goal, title: `${goal.title}\u001b` })) };
    const csv = ratingsCsv(pkg, [broken], headers);
    expect(hasUnsafeCharacters(csv)).toBe(false);
    const [, first] = parseCsv(csv);
    expect(first![0]).toBe('Område 1s styrelse');
    expect(first![8]).toBe('Höj nivån \uFFFDnu.\r\nRad två');
  });

  it('has each body’s step in the earlier round and its move beside this round’s, when a round is compared', async () => {
    const now = [await fixtureAnswer(0), await fixtureAnswer(1)];
    const before = await fixtureAnswer(0, { meeting: { id: 'förra', date: '2019-09-12' } });
    const moved = {
      ...before,
      goals: before.goals.map((goal) =>
        goal.number === 2 ? { ...goal, rating: { kind: 'step' as const, value: 2, label: 'Bör sänkas något' } } : goal,
      ),
    };
    const rows = parseCsv(ratingsCsv(examplePackage, now, headers, [moved]).slice(1));
    expect(rows[0]!.slice(9)).toEqual(['Bedömning förra omgången (steg)', 'Förändring (steg)']);
    const body0 = rows.filter((row) => row[0] === fixtureBodyName(0)).map((row) => [row[4], row[6], row[9], row[10]]);
    // Goal 2 moved from step 2 to 4; goal 3 has no step this round, so no move; the others stayed.
    expect(body0).toEqual([
      ['1', '1', '1', '0'],
      ['2', '4', '2', '2'],
      ['3', '', '', ''],
      ['4', '3', '3', '0'],
    ]);
    // A body that did not answer in the earlier round has empty comparison cells, not zeros.
    expect(rows.filter((row) => row[0] === fixtureBodyName(1)).every((row) => row[9] === '' && row[10] === '')).toBe(true);
    expect(ratingsCsv(examplePackage, now, headers)).not.toContain('förra omgången');
  });
});
