import { isCalendarDate, type CalendarDate } from '../domain/calendarDate';

const DAY_MS = 86_400_000;

function toUtc(date: CalendarDate): Date {
  if (!isCalendarDate(date)) throw new Error(`Not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

const fromUtc = (date: Date): CalendarDate => date.toISOString().slice(0, 10);

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return toUtc(date).getUTCDay();
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, which Swedish law's date follows). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Saturday in a range of days of a month, as midsommardagen and alla helgons dag are set. */
function saturdayBetween(year: number, month: number, firstDay: number): CalendarDate {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(firstDay).padStart(2, '0')}`;
  return addDays(first, (6 - weekday(first) + 7) % 7);
}

/**
 * The public holidays (allmänna helgdagar) of a year that fall on fixed or movable days, as lagen (1989:253) om
 * allmänna helgdagar lists them; every Sunday is one too.
 */
export function publicHolidays(year: number): CalendarDate[] {
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  return [
    `${y}-01-01`, // nyårsdagen
    `${y}-01-06`, // trettondedag jul
    addDays(easter, -2), // långfredagen
    easter, // påskdagen
    addDays(easter, 1), // annandag påsk
    `${y}-05-01`, // första maj
    addDays(easter, 39), // Kristi himmelsfärdsdag
    addDays(easter, 49), // pingstdagen
    `${y}-06-06`, // nationaldagen
    saturdayBetween(year, 6, 20), // midsommardagen
    saturdayBetween(year, 10, 31), // alla helgons dag
    `${y}-12-25`, // juldagen
    `${y}-12-26`, // annandag jul
  ].sort();
}

export function isPublicHoliday(date: CalendarDate): boolean {
  return weekday(date) === 0 || publicHolidays(Number(date.slice(0, 4))).includes(date);
}

/**
 * A day on which a time limit cannot end, by lagen (1930:173) om beräkning av lagstadgad tid, 2 §: a Sunday or other
 * public holiday, a Saturday, midsommarafton, julafton or nyårsafton.
 */
export function isNonWorkingDay(date: CalendarDate): boolean {
  const year = Number(date.slice(0, 4));
  const midsommarafton = addDays(saturdayBetween(year, 6, 20), -1);
  return weekday(date) === 6 || isPublicHoliday(date) || date === midsommarafton || date.endsWith('-12-24') || date.endsWith('-12-31');
}

/** The last day of a time limit: the day itself, or, when it falls on a day the law excludes, the next weekday. */
export function lastDayOfTimeLimit(date: CalendarDate): CalendarDate {
  let day = date;
  while (isNonWorkingDay(day)) day = addDays(day, 1);
  return day;
}
