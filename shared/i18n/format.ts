import type { Language } from './messages';

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
