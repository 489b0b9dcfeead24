import { isCalendarDate } from '../domain/calendarDate';
import { localeOf, type Language } from './messages';

/** Names joined as prose writes them: "A", "A och B", "A, B och C". */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * "15 september 2020" for a calendar date "2020-09-15", independent of the machine's time zone. Text that is no real
 * date ("2020-13-01", "2023-02-31", a half-typed date in the package editor) comes back as it is: rendering never throws.
 */
export function formatCalendarDate(isoDate: string, language: Language): string {
  if (!isCalendarDate(isoDate)) return isoDate;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
