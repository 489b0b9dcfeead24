import type { BodyIssue } from '../domain/body';
import { appFileMaxBytes, megabytes, type AppFileKind } from '../files/appFiles';
import type { MeetingIssue } from '../domain/meeting';
import { appText, languageText, storageText } from './catalog/app';
import { backupText } from './catalog/backup';
import { failureText } from './catalog/failure';
import { searchText } from './catalog/search';
import { answerFileText } from './catalog/answerFile';
import { compileText } from './catalog/compile';
import { documentsText, packageContainerText } from './catalog/documents';
import { meetingListText, meetingText } from './catalog/meeting';
import { attachmentText, exportText } from './catalog/attachment';
import { meetingsText, validationText } from './catalog/meetings';
import { projectorText } from './catalog/projector';
import { protocolText } from './catalog/protocol';
import { decisionText } from './catalog/decision';
import { roomText } from './catalog/room';
import { datesText } from './catalog/dates';
import { respondentsText } from './catalog/respondents';
import { roundText } from './catalog/round';
import { viewRoundText } from './catalog/viewRound';
import { logoText } from './catalog/logo';
import { mailText } from './catalog/mail';
import { letterDetailsText } from './catalog/letterDetails';
import { aboutText, fileOpenText, filesText, menuText } from './catalog/shell';
import { bodiesText, bodyValidationText } from './catalog/bodies';
import { handoutText, ownGoalsText } from './catalog/ownGoals';
import { letterImportText } from './catalog/letterImport';
import { packageEditorText, packageFileText, packageReaderText, packagesText } from './catalog/packages';
import type { Language } from './language';

export { defaultLanguage, isLanguage, languages, localeOf, type Language } from './language';

/** The app's one message catalog, assembled from its areas; each area keeps Swedish and English side by side. */
const areas = {
  app: appText,
  language: languageText,
  storage: storageText,
  meetings: meetingsText,
  meeting: meetingText,
  meetingList: meetingListText,
  projector: projectorText,
  room: roomText,
  dates: datesText,
  validation: validationText,
  menu: menuText,
  files: filesText,
  backup: backupText,
  search: searchText,
  fileOpen: fileOpenText,
  about: aboutText,
  packages: packagesText,
  packageReader: packageReaderText,
  packageEditor: packageEditorText,
  packageFile: packageFileText,
  respondents: respondentsText,
  round: roundText,
  logo: logoText,
  mail: mailText,
  letterDetails: letterDetailsText,
  packageContainer: packageContainerText,
  documents: documentsText,
  bodies: bodiesText,
  bodyValidation: bodyValidationText,
  attachment: attachmentText,
  export: exportText,
  compile: compileText,
  answerFile: answerFileText,
  protocol: protocolText,
  decision: decisionText,
  viewRound: viewRoundText,
  failure: failureText,
  ownGoals: ownGoalsText,
  handout: handoutText,
  letterImport: letterImportText,
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

/** The words for a problem found in a body profile. */
export function bodyIssueMessage(messages: Messages, issue: BodyIssue): string {
  const words = messages.bodyValidation;
  switch (issue.code) {
    case 'nameTooLong':
    case 'ownGoalTitleTooLong':
    case 'ownGoalDescriptionTooLong':
    case 'tooManyOwnGoals':
    case 'tooManyMembers':
    case 'memberNameTooLong':
    case 'partyTooLong':
    case 'memberCountInvalid':
    case 'forecastTextTooLong':
    case 'logoAltTextTooLong':
      return words[issue.code](issue.max);
    default:
      return words[issue.code];
  }
}

/** Why a file of one of our kinds was refused unread: in that kind's own words, with its limit where they name one. */
export function fileTooLargeMessage(messages: Messages, kind: AppFileKind): string {
  const limit = megabytes(appFileMaxBytes[kind]);
  switch (kind) {
    case 'package':
      return messages.packageFile.tooLarge(limit);
    case 'answer':
      return messages.answerFile.tooLarge(limit);
    case 'backup':
      return messages.backup.problem.tooLarge(limit);
  }
}
