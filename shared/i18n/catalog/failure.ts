import { bilingual } from '../bilingual';

/** What the window says when a part of it fails to draw: calm, short, and how to carry on. */
export const failureText = bilingual(
  {
    title: 'Något gick fel',
    screen: 'Den här vyn kunde inte visas. Det som redan är sparat finns kvar – inget har tagits bort.',
    app: 'Målsamtal kunde inte visa fönstret. Det som redan är sparat finns kvar – inget har tagits bort.',
    backupHint: 'Vill du vara på den säkra sidan kan du spara en säkerhetskopia av allt innan du fortsätter.',
    retry: 'Försök igen',
    toMeetings: 'Till möteslistan',
    saveBackup: 'Spara säkerhetskopia …',
    toBackups: 'Till Säkerhetskopior',
    details: 'Teknisk beskrivning, för IT-avdelningen',
    projector: 'Bilden kunde inte visas. Mötet och allt som är sparat finns kvar i ordförandens fönster.',
  },
  {
    title: 'Something went wrong',
    screen: 'This view could not be shown. What was already saved is still there – nothing has been removed.',
    app: 'Målsamtal could not show its window. What was already saved is still there – nothing has been removed.',
    backupHint: 'To be on the safe side, you can save a backup of everything before you carry on.',
    retry: 'Try again',
    toMeetings: 'To the meeting list',
    saveBackup: 'Save backup …',
    toBackups: 'To Backups',
    details: 'Technical description, for the IT department',
    projector: 'The picture could not be shown. The meeting and everything saved are still in the chair’s window.',
  },
);
