import type { AnswerFile } from '../attachment/answerFile';
import { withoutUnsafeCharacters } from '../format/safeText';
import type { RemissPackage } from '../remiss/remissPackage';
import { earlierStepLookup } from '../round/compareRounds';

export interface RatingsCsvHeaders {
  body: string;
  status: string;
  meetingDate: string;
  paragraph: string;
  goalNumber: string;
  goal: string;
  ratingValue: string;
  rating: string;
  comment: string;
  /** Only when an earlier round's answers are given for comparison. */
  earlierRatingValue: string;
  ratingChange: string;
}

/**
 * Excel runs a cell that starts with one of these as a formula, quoted or not: a comment written as "- punkt" shows
 * #NAMN?, and one written as "=HYPERLINK(…)" becomes a link. Such text gets an apostrophe first (OWASP's advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quotes every field, doubling quotes inside, so semicolons, line breaks and quotes in comments stay in their cell; a
 * control character or half a surrogate pair is dropped, as Excel would show it as a box or cut the cell at a NUL.
 */
const field = (value: string | number | null) => {
  const safe = typeof value === 'string' ? withoutUnsafeCharacters(value) : value;
  const text = typeof safe === 'string' && FORMULA_START.test(safe) ? `'${safe}` : String(safe ?? '');
  return `"${text.replace(/"/g, '""')}"`;
};

/** Rows as Swedish Excel opens them with a double-click: UTF-8 with a byte order mark, semicolons, CRLF. */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}

/**
 * Every rating, one row per body and goal, as Swedish Excel opens it with a double-click:
 * UTF-8 with a byte order mark (else å, ä, ö break), semicolons between fields, CRLF between rows. Given an earlier
 * round's answers, each row also has the body's step then and how far it moved, as the screen and the report show.
 */
export function ratingsCsv(
  pkg: RemissPackage,
  answers: readonly AnswerFile[],
  headers: RatingsCsvHeaders,
  earlier: readonly AnswerFile[] = [],
): string {
  const goals = [...pkg.goals].sort((x, y) => x.number - y.number);
  const compared = earlier.length > 0;
  const earlierStep = earlierStepLookup(earlier);
  const rows: (string | number | null)[][] = [
    [
      headers.body,
      headers.status,
      headers.meetingDate,
      headers.paragraph,
      headers.goalNumber,
      headers.goal,
      headers.ratingValue,
      headers.rating,
      headers.comment,
      ...(compared ? [headers.earlierRatingValue, headers.ratingChange] : []),
    ],
  ];
  const sorted = [...answers].sort(
    (x, y) => x.body.name.localeCompare(y.body.name, 'sv-SE') || x.meeting.date.localeCompare(y.meeting.date),
  );
  for (const answer of sorted)
    for (const goal of goals) {
      const entry = answer.goals.find((item) => item.goalId === goal.id);
      const rating = entry?.rating ?? null;
      const step = rating?.kind === 'step' ? rating.value : null;
      const before = compared ? earlierStep(answer, goal.number) : null;
      rows.push([
        answer.body.name,
        answer.status,
        answer.meeting.date,
        answer.meeting.paragraph,
        goal.number,
        goal.title,
        step,
        rating?.label ?? null,
        entry?.comment ?? null,
        ...(compared ? [before, before !== null && step !== null ? step - before : null] : []),
      ]);
    }
  return csvText(rows);
}
