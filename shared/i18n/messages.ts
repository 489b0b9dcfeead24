import type { BodyIssue } from '../domain/body';
import { appFileMaxBytes, megabytes, type AppFileKind } from '../files/appFiles';
import { answerFileText } from './catalog/answerFile';
import { compileText } from './catalog/compile';
import { documentsText, packageContainerText } from './catalog/documents';
import { meetingText } from './catalog/meeting';
import { attachmentText, exportText } from './catalog/attachment';
import { projectorText } from './catalog/projector';
import { protocolText } from './catalog/protocol';
import { decisionText } from './catalog/decision';
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
import { catalogIn, startAreas, type CatalogOf } from './startMessages';

export { defaultLanguage, isLanguage, languages, localeOf, type Language } from './language';
export { issueMessage } from './startMessages';

/**
 * The app's one message catalog, assembled from its areas; each area keeps Swedish and English side by side. The start
 * screen's areas (startMessages.ts) come first and load with the app; this module loads with the first other screen.
 */
const areas = {
  ...startAreas,
  meeting: meetingText,
  projector: projectorText,
  menu: menuText,
  files: filesText,
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
  ownGoals: ownGoalsText,
  handout: handoutText,
  letterImport: letterImportText,
};

export type Messages = CatalogOf<typeof areas>;

const catalogs: Record<Language, Messages> = { sv: catalogIn(areas, 'sv'), en: catalogIn(areas, 'en') };

export function messagesFor(language: Language): Messages {
  return catalogs[language];
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
