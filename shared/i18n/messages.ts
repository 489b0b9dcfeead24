import type { MeetingIssue } from '../domain/meeting';
import { appText, languageText } from './catalog/app';
import { backupText } from './catalog/backup';
import { meetingListText, meetingText } from './catalog/meeting';
import { meetingsText, validationText } from './catalog/meetings';
import { projectorText } from './catalog/projector';
import { aboutText, fileOpenText, filesText, menuText } from './catalog/shell';
import type { Language } from './language';

export { defaultLanguage, isLanguage, languages, localeOf, type Language } from './language';

/** The app's one message catalog, assembled from its areas; each area keeps Swedish and English side by side. */
const areas = {
  app: appText,
  language: languageText,
  meetings: meetingsText,
  meeting: meetingText,
  meetingList: meetingListText,
  projector: projectorText,
  validation: validationText,
  menu: menuText,
  files: filesText,
  backup: backupText,
  fileOpen: fileOpenText,
  about: aboutText,
};

export type Messages = { [Area in keyof typeof areas]: (typeof areas)[Area]['sv'] };

function catalogIn(language: Language): Messages {
  return Object.fromEntries(Object.entries(areas).map(([area, texts]) => [area, texts[language]])) as Messages;
}

const catalogs: Record<Language, Messages> = { sv: catalogIn('sv'), en: catalogIn('en') };

export function messagesFor(language: Language): Messages {
  return catalogs[language];
}

/** The words for a validation issue found by the domain. */
export function issueMessage(messages: Messages, issue: MeetingIssue): string {
  return issue.code === 'bodyNameTooLong' ? messages.validation.bodyNameTooLong(issue.max) : messages.validation[issue.code];
}
