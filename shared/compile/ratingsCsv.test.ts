import { describe, expect, it } from 'vitest';
import { examplePackage } from '../remiss/examplePackage';
import { fixtureAnswer, fixtureBodyName } from '../../tests/fixtures/exampleAnswers';
import { ratingsCsv } from './ratingsCsv';

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
    expect(rows[0]).toEqual(Object.values(headers));
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
});
