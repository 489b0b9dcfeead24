import { bilingual } from '../bilingual';

/** The meetings list on the start screen: its actions on each meeting and the question before one is deleted. */
export const meetingListText = bilingual(
  {
    openShort: 'Öppna',
    open: (body: string, date: string) => `Öppna mötet för ${body} den ${date}`,
    duplicate: 'Duplicera',
    duplicateLabel: (body: string, date: string) => `Duplicera mötet för ${body} den ${date} till nästa år`,
    duplicated: (body: string, date: string) => `Mötet för ${body} är kopierat till nästa år: den ${date}, planerat, utan paragraf.`,
    delete: 'Ta bort',
    deleteLabel: (body: string, date: string) => `Ta bort mötet för ${body} den ${date}`,
    confirmTitle: 'Ta bort mötet?',
    confirmText: (body: string, date: string) =>
      `Mötet för ${body} den ${date} raderas från appen tillsammans med alla anteckningar, kommentarer, reservationer och ` +
      'exportloggen. Det går inte att ångra, utom från en säkerhetskopia. Webbläsarmotorn tar bort uppgifterna från disken ' +
      'först när den senare städar sina filer.',
    confirm: 'Ta bort mötet',
    cancel: 'Avbryt',
    deleted: (body: string) => `Mötet för ${body} är borttaget.`,
    failed: 'Det gick inte. Försök igen.',
  },
  {
    openShort: 'Open',
    open: (body: string, date: string) => `Open the meeting for ${body} on ${date}`,
    duplicate: 'Duplicate',
    duplicateLabel: (body: string, date: string) => `Duplicate the meeting for ${body} on ${date} for next year`,
    duplicated: (body: string, date: string) => `The meeting for ${body} is copied to next year: ${date}, planned, no paragraph yet.`,
    delete: 'Delete',
    deleteLabel: (body: string, date: string) => `Delete the meeting for ${body} on ${date}`,
    confirmTitle: 'Delete the meeting?',
    confirmText: (body: string, date: string) =>
      `The meeting for ${body} on ${date} is deleted from the app with all its notes, comments, reservations and its ` +
      'export log. This cannot be undone, except from a backup. The browser engine removes the data from disk only when ' +
      'it later compacts its files.',
    confirm: 'Delete the meeting',
    cancel: 'Cancel',
    deleted: (body: string) => `The meeting for ${body} has been deleted.`,
    failed: 'That did not work. Please try again.',
  },
);
