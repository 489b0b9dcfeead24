import type { Language } from './messages';

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
