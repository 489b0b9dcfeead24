/** A calendar date as written in Swedish protocols and ISO 8601: YYYY-MM-DD, no time, no zone. */
export type CalendarDate = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): value is CalendarDate {
  const match = pattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The same day some years on; 29 February lands on 28 February in a year without it. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const match = pattern.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  const year = Number(match[1]) + years;
  const month = match[2]!;
  const day = month === '02' && match[3] === '29' && !isCalendarDate(`${String(year).padStart(4, '0')}-02-29`) ? '28' : match[3]!;
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

/** Written like a date but not one the calendar has, such as 2023-02-31: refused, never quietly moved to the 28th. */
export function isImpossibleDate(value: string): boolean {
  return pattern.test(value) && !isCalendarDate(value);
}

/** How far from today a date may lie before the app asks whether it is right: a meeting is rarely years away. */
export const LIKELY_DATE_YEARS = 2;

/** A real date more than two years before or after today: allowed, but worth a question ("Är datumet rätt?"). */
export function isUnlikelyDate(date: CalendarDate, today: CalendarDate): boolean {
  if (!isCalendarDate(date) || !isCalendarDate(today)) return false;
  return date < addYears(today, -LIKELY_DATE_YEARS) || date > addYears(today, LIKELY_DATE_YEARS);
}
