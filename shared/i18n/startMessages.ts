import type { MeetingIssue } from '../domain/meeting';
import { appText, languageText, storageText } from './catalog/app';
import { backupText } from './catalog/backup';
import { datesText } from './catalog/dates';
import { failureText } from './catalog/failure';
import { meetingListText } from './catalog/meetingList';
import { meetingsText, validationText } from './catalog/meetings';
import { roomText } from './catalog/room';
import { searchText } from './catalog/search';
import type { Language } from './language';

/**
 * The areas of the catalog the start screen speaks in: the header and its settings menu, the meetings list, its search
 * and the new-meeting form with its date field, the stored-data check and the notices of failure. They load with the
 * app; the rest of the catalog (messages.ts) loads with the first screen that needs it, so the app starts on less
 * JavaScript.
 */
export const startAreas = {
  app: appText,
  language: languageText,
  storage: storageText,
  meetings: meetingsText,
  meetingList: meetingListText,
  dates: datesText,
  validation: validationText,
  room: roomText,
  backup: backupText,
  search: searchText,
  failure: failureText,
};

/** One language's texts of the given areas, each area as its catalog file writes it. */
export type CatalogOf<Areas extends Record<string, Record<Language, unknown>>> = { [Area in keyof Areas]: Areas[Area]['sv'] };

export type StartMessages = CatalogOf<typeof startAreas>;

/** One language's half of each area. */
export function catalogIn<Areas extends Record<string, Record<Language, unknown>>>(areas: Areas, language: Language): CatalogOf<Areas> {
  return Object.fromEntries(Object.entries(areas).map(([area, texts]) => [area, texts[language]])) as CatalogOf<Areas>;
}

const startCatalogs: Record<Language, StartMessages> = { sv: catalogIn(startAreas, 'sv'), en: catalogIn(startAreas, 'en') };

export function startMessagesFor(language: Language): StartMessages {
  return startCatalogs[language];
}

/** The words for a validation issue found by the domain. */
export function issueMessage(messages: Pick<StartMessages, 'validation'>, issue: MeetingIssue): string {
  return issue.code === 'bodyNameTooLong' ? messages.validation.bodyNameTooLong(issue.max) : messages.validation[issue.code];
}
