import type { MeetingIssue, MeetingStatus } from '../domain/meeting';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'sv';

/** BCP 47 tags used for dates, numbers and the document's lang attribute. */
export const localeOf: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Swedish is the source of truth; every other language must supply the same shape. */
const sv = {
  app: {
    name: 'Målsamtal',
    tagline: 'Dialog om kommunfullmäktiges mål – offline i sammanträdesrummet',
    skipToContent: 'Hoppa till innehållet',
  },
  language: {
    label: 'Språk',
    names: { sv: 'Svenska', en: 'English' } satisfies Record<Language, string>,
  },
  meetings: {
    title: 'Möten',
    newTitle: 'Nytt möte',
    listTitle: 'Alla möten',
    bodyName: 'Nämnd eller styrelse',
    bodyNameHint: 'Till exempel Barn- och utbildningsnämnden',
    date: 'Datum för sammanträdet',
    openCalendar: 'Visa kalender',
    previousMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
    create: 'Skapa möte',
    created: (bodyName: string) => `Mötet för ${bodyName} är skapat.`,
    empty: 'Inga möten ännu. Skapa det första ovan.',
    count: (n: number) => (n === 1 ? '1 möte' : `${n} möten`),
    status: {
      planned: 'Planerat',
      inProgress: 'Pågår',
      held: 'Genomfört',
      adjusted: 'Justerat',
    } satisfies Record<MeetingStatus, string>,
    statusLabel: 'Status',
    saveFailed: 'Mötet kunde inte sparas. Försök igen.',
  },
  validation: {
    bodyNameMissing: 'Ange nämndens eller styrelsens namn.',
    bodyNameTooLong: (max: number) => `Namnet får vara högst ${max} tecken.`,
    dateMissing: 'Ange datum för sammanträdet.',
    dateInvalid: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
  },
  menu: {
    file: 'Arkiv',
    quit: 'Avsluta Målsamtal',
    close: 'Stäng fönstret',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    reload: 'Läs in igen',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    resetZoom: 'Verklig storlek',
    fullscreen: 'Helskärm',
    devTools: 'Utvecklarverktyg',
    window: 'Fönster',
    minimize: 'Minimera',
    help: 'Hjälp',
    about: 'Om Målsamtal',
    services: 'Tjänster',
    hide: 'Göm Målsamtal',
    hideOthers: 'Göm övriga',
    unhide: 'Visa alla',
  },
  files: {
    saveDialogTitle: 'Spara fil',
  },
};

export type Messages = typeof sv;

const en: Messages = {
  app: {
    name: 'Målsamtal',
    tagline: 'Dialogue on the municipal council’s goals – offline in the meeting room',
    skipToContent: 'Skip to content',
  },
  language: {
    label: 'Language',
    names: { sv: 'Svenska', en: 'English' },
  },
  meetings: {
    title: 'Meetings',
    newTitle: 'New meeting',
    listTitle: 'All meetings',
    bodyName: 'Board or committee',
    bodyNameHint: 'For example Barn- och utbildningsnämnden',
    date: 'Date of the meeting',
    openCalendar: 'Show calendar',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    create: 'Create meeting',
    created: (bodyName: string) => `The meeting for ${bodyName} has been created.`,
    empty: 'No meetings yet. Create the first one above.',
    count: (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`),
    status: {
      planned: 'Planned',
      inProgress: 'In progress',
      held: 'Held',
      adjusted: 'Adjusted',
    },
    statusLabel: 'Status',
    saveFailed: 'The meeting could not be saved. Please try again.',
  },
  validation: {
    bodyNameMissing: 'Enter the name of the board or committee.',
    bodyNameTooLong: (max: number) => `The name may be at most ${max} characters.`,
    dateMissing: 'Enter the date of the meeting.',
    dateInvalid: 'Enter a valid date (YYYY-MM-DD).',
  },
  menu: {
    file: 'File',
    quit: 'Quit Målsamtal',
    close: 'Close window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    devTools: 'Developer tools',
    window: 'Window',
    minimize: 'Minimise',
    help: 'Help',
    about: 'About Målsamtal',
    services: 'Services',
    hide: 'Hide Målsamtal',
    hideOthers: 'Hide others',
    unhide: 'Show all',
  },
  files: {
    saveDialogTitle: 'Save file',
  },
};

const catalogs: Record<Language, Messages> = { sv, en };

export function messagesFor(language: Language): Messages {
  return catalogs[language];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The words for a validation issue found by the domain. */
export function issueMessage(messages: Messages, issue: MeetingIssue): string {
  return issue.code === 'bodyNameTooLong' ? messages.validation.bodyNameTooLong(issue.max) : messages.validation[issue.code];
}
