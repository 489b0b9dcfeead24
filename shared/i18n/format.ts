import { isCalendarDate } from '../domain/calendarDate';
import { localeOf, type Language } from './messages';

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

/** A file's size as a person reads it: "340 kB", "1,2 MB" (with the language's decimal sign). */
export function formatFileSize(bytes: number, language: Language): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)), 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
