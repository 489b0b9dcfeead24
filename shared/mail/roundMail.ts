import type { Meeting } from '../domain/meeting';
import { contactLineOf } from '../i18n/letterDetailsLines';
import { messagesFor, type Language } from '../i18n/messages';
import type { AnswerRoute, AnswerStatus, RemissPackage, Respondent, RouteContent } from '../remiss/remissPackage';
import type { EmlAttachment, EmlMessage } from './eml';

/** A file the message carries, by what it is. */
export type RouteFiles = Record<RouteContent, EmlAttachment>;

/** The routes an answer with this status travels, as the package names them. */
export function routesFor(pkg: Pick<RemissPackage, 'routes'>, status: AnswerStatus): AnswerRoute[] {
  return pkg.routes.filter((route) => route.statuses.includes(status));
}

/** "– Ojusterat protokoll: protokollsbilagan och svarsfilen till Kommunledningskontoret, a@b.se", one line per route. */
function routeLines(pkg: Pick<RemissPackage, 'routes'>, language: Language): string {
  const words = messagesFor(language);
  return pkg.routes
    .map((route) =>
      words.mail.routeLine(
        route.recipient,
        route.addresses.join(', '),
        route.sends.map((content) => words.respondents.contents[content]).join(words.respondents.and),
        route.statuses.map((status) => words.respondents.statuses[status]).join(words.respondents.and),
      ),
    )
    .join('\n');
}

/**
 * The board's answer along one route: to the route's addresses, carrying what the route names, with a subject and
 * text that say who answers what, at which meeting, and whether the protocol is adjusted yet.
 */
export function answerMail(
  pkg: Pick<RemissPackage, 'title' | 'caseNumber'>,
  meeting: Pick<Meeting, 'bodyName' | 'date' | 'paragraph' | 'meetingForm' | 'adjustment'>,
  route: AnswerRoute,
  status: AnswerStatus,
  files: RouteFiles,
  date: Date,
  language: Language = 'sv',
): EmlMessage {
  const m = messagesFor(language).mail;
  const form = meeting.meetingForm === 'presidium' || meeting.meetingForm === 'ledning' ? 'möte' : 'sammanträde';
  const attachments = route.sends.map((content) => files[content]);
  return {
    to: route.addresses,
    subject: m.answerSubject(m.statuses[status], meeting.bodyName, pkg.caseNumber),
    body: m.answerBody(
      meeting.bodyName,
      pkg.title,
      pkg.caseNumber,
      m.meetingAt(form, meeting.date, meeting.paragraph),
      status === 'justerat' && meeting.adjustment ? m.adjustedNote(meeting.adjustment.adjustedOn) : m.unadjustedNote,
      route.sends.map((content) => m.fileLine(m.contents[content], files[content].fileName)).join('\n'),
    ),
    attachments,
    date,
  };
}

/** The send-out to one remissinstans: the package file, and the letter when there is one. */
export function sendOutMail(
  pkg: Pick<RemissPackage, 'title' | 'caseNumber' | 'issuer' | 'deadline' | 'deadlineText' | 'routes' | 'contacts'>,
  respondent: Respondent,
  packageFile: EmlAttachment,
  letter: EmlAttachment | null,
  date: Date,
  language: Language = 'sv',
): EmlMessage {
  const words = messagesFor(language);
  const m = words.mail;
  const attachments = letter ? [packageFile, letter] : [packageFile];
  // The letter's own words first ("senast efter september månads nämnd"), then the date the office counts from.
  const deadline = [pkg.deadlineText.trim(), pkg.deadline ? m.deadline(pkg.deadline) : ''].filter((part) => part !== '').join(' ');
  const contacts = pkg.contacts.map((contact) => words.letterDetails.mailLine(contactLineOf(contact, words)));
  return {
    to: respondent.email ? [respondent.email] : [],
    subject: m.sendOutSubject(pkg.caseNumber, pkg.title),
    body: m.sendOutBody(
      pkg.issuer,
      respondent.name,
      pkg.title,
      pkg.caseNumber,
      deadline || m.noDeadline,
      routeLines(pkg, language),
      [m.fileLine(m.packageFile, packageFile.fileName), ...(letter ? [m.fileLine(m.letter, letter.fileName)] : [])].join('\n'),
      contacts.length > 0 ? [words.letterDetails.mailContacts, ...contacts].join('\n') : '',
    ),
    attachments,
    date,
  };
}

/** A reminder to a remissinstans that has not answered, naming the day the answer is or was due. */
export function reminderMail(
  pkg: Pick<RemissPackage, 'title' | 'caseNumber' | 'issuer' | 'routes'>,
  respondent: Respondent,
  dueOn: string | null,
  today: string,
  date: Date,
  language: Language = 'sv',
): EmlMessage {
  const m = messagesFor(language).mail;
  const due = dueOn === null ? m.dueUnknown : dueOn < today ? m.duePast(dueOn) : m.dueComing(dueOn);
  return {
    to: respondent.email ? [respondent.email] : [],
    subject: m.reminderSubject(pkg.caseNumber, pkg.title),
    body: m.reminderBody(pkg.issuer, respondent.name, pkg.title, pkg.caseNumber, due, routeLines(pkg, language)),
    attachments: [],
    date,
  };
}

/** The same message as plain text, for a mail program that opens no .eml: headers the user copies, then the text. */
export function mailAsText(message: EmlMessage, language: Language = 'sv'): string {
  const m = messagesFor(language).mail;
  const files = message.attachments.map((attachment) => `– ${attachment.fileName}`).join('\n');
  return [
    `${language === 'sv' ? 'Till' : 'To'}: ${message.to.join(', ')}`,
    `${language === 'sv' ? 'Ämne' : 'Subject'}: ${message.subject}`,
    ...(files ? [`${language === 'sv' ? 'Bifoga' : 'Attach'}:\n${files}`] : []),
    `(${m.textFileNote})`,
    '',
    message.body,
  ].join('\n');
}
