import type { AnswerStatus, RespondentKind, RouteContent } from '../../remiss/remissPackage';
import { bilingual } from '../bilingual';

const svKinds = {
  namnd: 'Nämnd',
  styrelse: 'Styrelse',
  bolag: 'Bolag',
  utskott: 'Utskott',
  beredning: 'Beredning',
  presidium: 'Presidium',
  ledning: 'Ledning',
} satisfies Record<RespondentKind, string>;

const svContents = {
  attachmentPdf: 'Protokollsbilagan (PDF)',
  answerFile: 'Svarsfilen (.msvar)',
} satisfies Record<RouteContent, string>;

const svStatuses = { ojusterat: 'Ojusterat protokoll', justerat: 'Justerat protokoll' } satisfies Record<AnswerStatus, string>;

/** The package's remissinstanser and the answer's routes, in the package's editor and reader. */
export const respondentsText = bilingual(
  {
    kinds: svKinds,
    contents: svContents,
    statuses: svStatuses,
    respondentsTitle: 'Remissinstanser',
    respondentsIntro:
      'De nämnder, styrelser och bolag som remissen skickas till. Varje remissinstans har en identitet som följer med svarsfilen, ' +
      'så att svaren kan räknas även om namnet skrivs på olika sätt.',
    noRespondents: 'Inga remissinstanser.',
    respondent: (n: number) => `Remissinstans ${n}`,
    name: 'Namn',
    kind: 'Typ',
    email: 'Sekreterarens e-postadress',
    emailHint: 'Dit går utskicket och påminnelser. Får vara tom.',
    addRespondent: 'Lägg till remissinstans',
    removeRespondent: (n: number) => `Ta bort remissinstans ${n}`,
    respondentLine: (name: string, kind: string, email: string | null) => `${name} (${kind})${email ? ` – ${email}` : ''}`,
    routesTitle: 'Svarsvägar',
    routesIntro:
      'Hur nämndens svar skickas: vem som tar emot, till vilka adresser, vad som skickas och för vilket protokoll – ' +
      'till exempel det ojusterade protokollet till kommunledningskontoret direkt efter sammanträdet och det justerade ' +
      'protokollsbeslutet till kommunstyrelsen.',
    noRoutes: 'Inga svarsvägar.',
    route: (n: number) => `Svarsväg ${n}`,
    recipient: 'Mottagare',
    recipientHint: 'Till exempel Kommunledningskontoret.',
    addresses: 'E-postadresser',
    onePerLine: 'En per rad.',
    sends: 'Skickas',
    routeStatuses: 'För',
    addRoute: 'Lägg till svarsväg',
    removeRoute: (n: number) => `Ta bort svarsväg ${n}`,
    and: ' och ',
    setupLabel: 'Svarar för remissinstans',
    setupNone: 'Ingen i remisspaketets lista',
  },
  {
    kinds: {
      namnd: 'Board',
      styrelse: 'Company board',
      bolag: 'Municipal company',
      utskott: 'Committee',
      beredning: 'Drafting committee',
      presidium: 'Presidium',
      ledning: 'Management',
    },
    contents: { attachmentPdf: 'The minutes attachment (PDF)', answerFile: 'The answer file (.msvar)' },
    statuses: { ojusterat: 'Unadjusted minutes', justerat: 'Adjusted minutes' },
    respondentsTitle: 'Consulted bodies',
    respondentsIntro:
      'The boards and companies the consultation is sent to. Each consulted body has an identity that travels with its answer ' +
      'file, so answers are counted however the name is written.',
    noRespondents: 'No consulted bodies.',
    respondent: (n: number) => `Consulted body ${n}`,
    name: 'Name',
    kind: 'Type',
    email: 'The secretary’s e-mail address',
    emailHint: 'The send-out and reminders go there. May be empty.',
    addRespondent: 'Add consulted body',
    removeRespondent: (n: number) => `Remove consulted body ${n}`,
    respondentLine: (name: string, kind: string, email: string | null) => `${name} (${kind})${email ? ` – ${email}` : ''}`,
    routesTitle: 'Answer routes',
    routesIntro:
      'How the board’s answer is sent: who receives it, at which addresses, what is sent and for which minutes – for ' +
      'example the unadjusted minutes to the strategy office right after the meeting and the adjusted decision to the ' +
      'municipal executive board.',
    noRoutes: 'No answer routes.',
    route: (n: number) => `Answer route ${n}`,
    recipient: 'Recipient',
    recipientHint: 'For example the municipal executive office.',
    addresses: 'E-mail addresses',
    onePerLine: 'One per line.',
    sends: 'Sends',
    routeStatuses: 'For',
    addRoute: 'Add answer route',
    removeRoute: (n: number) => `Remove answer route ${n}`,
    and: ' and ',
    setupLabel: 'Answers for consulted body',
    setupNone: 'None in the remiss package’s list',
  },
);
