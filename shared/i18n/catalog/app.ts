import type { Language } from '../language';
import { bilingual } from '../bilingual';

export const appText = bilingual(
  {
    name: 'Målsamtal',
    tagline: 'Dialog om kommunfullmäktiges mål – offline i sammanträdesrummet',
    skipToContent: 'Hoppa till innehållet',
    navigation: 'Huvudmeny',
    sections: { meetings: 'Möten', packages: 'Remisspaket', bodies: 'Nämnder och styrelser', backups: 'Säkerhetskopior' },
    showFullText: (characters: string) => `Visa hela texten (${characters} tecken)`,
    showBeginning: 'Visa bara början',
    loading: 'Laddar …',
  },
  {
    name: 'Målsamtal',
    tagline: 'Dialogue on the municipal council’s goals – offline in the meeting room',
    skipToContent: 'Skip to content',
    navigation: 'Main menu',
    sections: { meetings: 'Meetings', packages: 'Consultation packages', bodies: 'Boards and committees', backups: 'Backups' },
    showFullText: (characters: string) => `Show the whole text (${characters} characters)`,
    showBeginning: 'Show only the beginning',
    loading: 'Loading …',
  },
);

export const languageText = bilingual(
  { label: 'Språk', names: { sv: 'Svenska', en: 'English' } satisfies Record<Language, string> },
  { label: 'Language', names: { sv: 'Svenska', en: 'English' } },
);

/** What the user may ask for that the database can refuse; each is named when it is. */
export type RefusedAction = 'moveStep' | 'meeting' | 'note' | 'comment';

export const storageText = bilingual(
  {
    unsavedTitle: 'Det du skrivit är inte sparat ännu',
    unsavedBody: (count: number) =>
      `${count === 1 ? 'En text' : `${count} texter`} kunde inte sparas i appens databas. Texten finns kvar på skärmen och ` +
      'appen försöker igen. Spara en kopia som fil om felet består – till exempel om datorns disk är full.',
    saveCopy: 'Spara en kopia som fil …',
    copyHeading: 'Målsamtal – text som inte kunde sparas i appen',
    copyFileName: (stamp: string) => `Målsamtal osparad text ${stamp}`,
    copySaved: (fileName: string) => `En kopia är sparad som ${fileName}.`,
    copyFailed: 'Kopian kunde inte heller sparas. Markera texten och kopiera den till ett annat program.',
    closeRefused: 'Målsamtal stängdes inte, eftersom texten inte kunde sparas. Spara en kopia som fil först, eller stäng ändå.',
    closeAnyway: 'Stäng ändå',
    databaseTitle: 'Målsamtal kan inte öppna sin databas',
    databaseBlocked:
      'Målsamtal uppdaterar sin databas, men ett annat fönster med en äldre version av appen håller den öppen. ' +
      'Stäng det andra fönstret, så fortsätter appen av sig själv.',
    databaseFailed: (reason: string) =>
      `Databasen gick inte att öppna (${reason}). Ingenting har ändrats. Försök igen; kvarstår felet, starta om datorn ` +
      'eller kontakta IT-avdelningen och ange felet ovan.',
    retry: 'Försök igen',
    refusedTitle: 'Ändringen kunde inte sparas',
    refusedActions: {
      moveStep: 'Punkten byttes inte',
      meeting: 'Ändringen i mötet sparades inte',
      note: 'Ändringen av anteckningen sparades inte',
      comment: 'Ändringen av bedömningen eller kommentaren sparades inte',
    } satisfies Record<RefusedAction, string>,
    refused: (what: string) =>
      `${what}: appens databas tar inte emot ändringar just nu, kanske för att datorns disk är full. ` + 'Frigör utrymme och försök igen.',
  },
  {
    unsavedTitle: 'What you typed is not saved yet',
    unsavedBody: (count: number) =>
      `${count === 1 ? 'One text' : `${count} texts`} could not be saved in the app’s database. The text is still on screen ` +
      'and the app keeps trying. Save a copy as a file if the problem persists – for example when the disk is full.',
    saveCopy: 'Save a copy as a file …',
    copyHeading: 'Målsamtal – text that could not be saved in the app',
    copyFileName: (stamp: string) => `Målsamtal unsaved text ${stamp}`,
    copySaved: (fileName: string) => `A copy has been saved as ${fileName}.`,
    copyFailed: 'The copy could not be saved either. Select the text and copy it into another program.',
    closeRefused: 'Målsamtal did not close, because the text could not be saved. Save a copy as a file first, or close anyway.',
    closeAnyway: 'Close anyway',
    databaseTitle: 'Målsamtal cannot open its database',
    databaseBlocked:
      'Målsamtal is updating its database, but another window with an older version of the app holds it open. ' +
      'Close the other window and the app carries on by itself.',
    databaseFailed: (reason: string) =>
      `The database could not be opened (${reason}). Nothing has been changed. Try again; if the problem persists, restart ` +
      'the computer or contact your IT department quoting the error above.',
    retry: 'Try again',
    refusedTitle: 'The change could not be saved',
    refusedActions: {
      moveStep: 'The step was not changed',
      meeting: 'The change to the meeting was not saved',
      note: 'The change to the note was not saved',
      comment: 'The change to the rating or comment was not saved',
    },
    refused: (what: string) =>
      `${what}: the app’s database does not take changes right now, perhaps because the computer’s disk is full. ` +
      'Free some space and try again.',
  },
);
