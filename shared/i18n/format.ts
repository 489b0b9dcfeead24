import { localeOf, type Language } from './language';

/** Names joined as prose writes them: "A", "A och B", "A, B och C". */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/**
 * A calendar date as Swedish protocols write it, "2020-09-15", in either language and on every screen
 * (docs/glossary.md): one form that sorts, reads the same in both languages and is never misread as day-month.
 */
export function formatCalendarDate(isoDate: string, _language: Language): string {
  return isoDate;
}

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

/** A moment in this computer's time zone, "2020-09-15 18:00", the same way in both languages. */
export function formatDateTime(instant: string | Date): string {
  return dateTime.format(new Date(instant));
}

/** A file's size as a person reads it: "340 kB", "1,2 MB" (with the language's decimal sign). */
export function formatFileSize(bytes: number, language: Language): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)), 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
