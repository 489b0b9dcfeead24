import type { BackupProblem, BackupRowReference, BackupTableName } from '../../backup/backupProblems';
import type { BackupReason } from '../../backup/backupReasons';
import { bilingual } from '../bilingual';
import { fileProblemText } from './fileProblems';

export const backupText = bilingual(
  {
    title: 'Säkerhetskopior',
    intro:
      'En säkerhetskopia innehåller allt som finns i Målsamtal på den här datorn: remisspaket, nämnder, möten, anteckningar, ' +
      'kommentarer, exportlogg och inställningar.',
    automaticElectron:
      'Appen sparar automatiskt en säkerhetskopia i sin datamapp när du öppnar den, medan du arbetar och när ett möte byter ' +
      'protokollstatus. De 20 senaste sparas, och en per dag i 30 dagar.',
    automaticBrowser: 'I webbläsarskalet görs inga automatiska säkerhetskopior. Spara en själv före och efter varje möte.',
    saveTitle: 'Spara en säkerhetskopia',
    save: 'Spara säkerhetskopia …',
    saved: (fileName: string) => `Säkerhetskopian är sparad som ${fileName}.`,
    saveFailed: 'Säkerhetskopian kunde inte sparas. Inget har ändrats.',
    restoreTitle: 'Återställ från en säkerhetskopia',
    restoreIntro: 'Du får se vad säkerhetskopian innehåller innan något ändras. Allt som finns i appen nu ersätts; inget slås ihop.',
    chooseFile: 'Välj säkerhetskopia …',
    reading: 'Läser säkerhetskopian …',
    previewTitle: (fileName: string) => `Innehåll i ${fileName}`,
    createdAt: 'Skapad',
    appVersion: 'Appversion',
    reasonLabel: 'Anledning',
    reason: {
      manual: 'Sparad för hand',
      automatic: 'Automatisk',
      statusChange: 'Ett möte bytte protokollstatus',
      beforeRestore: 'Före en återställning',
    } satisfies Record<BackupReason, string>,
    tablesCaption: 'Innehåll per typ',
    kindColumn: 'Typ',
    countColumn: 'Antal',
    tableNames: {
      meetings: 'Möten',
      packages: 'Remisspaket',
      bodies: 'Nämnder och styrelser',
      comments: 'Kommentarer och bedömningar',
      dissents: 'Reservationer, särskilda yttranden och protokollsanteckningar',
      decisions: 'Beslutsgångar (yrkanden och omröstningar)',
      notes: 'Anteckningar',
      exports: 'Exporter',
      settings: 'Inställningar',
      sessions: 'Mötens läge (steg och tid)',
      answers: 'Sammanställda remissvar',
      rounds: 'Remissomgångar',
      roundReports: 'Utkast till tjänsteskrivelser',
      earlierAnswers: 'Remissvar från tidigare omgångar',
      documentFiles: 'Remisspaketens dokument',
      viewRounds: 'Synpunktsrundor',
    } satisfies Record<BackupTableName, string> as Record<string, string>,
    meetingsInBackup: 'Möten i säkerhetskopian',
    noMeetings: 'Säkerhetskopian innehåller inga möten.',
    replaceWarning:
      'Om du återställer ersätts allt som finns i appen nu med säkerhetskopians innehåll. Först sparas en säkerhetskopia av det som finns nu.',
    confirmRestore: 'Ersätt allt med säkerhetskopian',
    cancel: 'Avbryt',
    restored: 'Säkerhetskopian är återställd.',
    restoreFailed: 'Återställningen misslyckades. Inget har ändrats.',
    lostData: {
      title: 'Appens databas är tom',
      body: (meetings: number) =>
        `Målsamtal hade ${meetings === 1 ? 'ett möte sparat' : `${meetings} möten sparade`}, men databasen är tom nu. Den kan ha ` +
        'skadats, till exempel när datorns disk var full.',
      bodyUnknown:
        'Databasen är tom, men det finns automatiska säkerhetskopior. Den kan ha skadats, till exempel när datorns disk var full.',
      latestBackup: (time: string) => `Den senaste automatiska säkerhetskopian är från ${time}.`,
      restore: (time: string) => `Återställ säkerhetskopian från ${time}`,
      noBackup: 'Här finns ingen automatisk säkerhetskopia. Har du sparat en säkerhetskopia som fil kan du återställa den.',
      toBackups: 'Återställ från en fil under Säkerhetskopior',
      startEmpty: 'Fortsätt med en tom databas',
      restored: (time: string) => `Säkerhetskopian från ${time} är återställd.`,
    },
    restoreNeedsCopy:
      'Inget har återställts: en kopia av det som finns nu sparas först, så att återställningen kan ångras. Spara kopian och försök igen.',
    problem: {
      tooLarge: (megabytes: number) =>
        `Filen är för stor för att vara en säkerhetskopia från Målsamtal: en säkerhetskopia är högst ${megabytes} MB.`,
      notJson: 'Filen går inte att läsa som en säkerhetskopia. Den kan vara avkortad eller av ett annat slag.',
      tooDeep: fileProblemText.sv.tooDeep,
      wrongFormat: 'Filen är inte en säkerhetskopia från Målsamtal.',
      newerFormat: (version: number) =>
        `Säkerhetskopian är gjord i en nyare version av Målsamtal (format ${version}). Uppdatera appen för att återställa den.`,
      checksumMismatch: 'Säkerhetskopian är skadad: kontrollsumman stämmer inte med innehållet. Inget har ändrats.',
      damaged: 'Säkerhetskopian är skadad eller ändrad och kan inte återställas. Inget har ändrats.',
      newerDatabase: (version: number) =>
        `Säkerhetskopian kommer från en nyare version av Målsamtal (databasversion ${version}). Uppdatera appen för att återställa den.`,
      unknownTable: (name: string) =>
        `Säkerhetskopian innehåller uppgifter av ett slag som Målsamtal inte känner till (”${name}”) och kan inte återställas. Inget har ändrats.`,
      invalidRow: (row: string) =>
        `Säkerhetskopian är skadad eller ändrad och kan inte återställas. ${row} går inte att läsa. Inget har ändrats.`,
      duplicateRow: (row: string) =>
        `Säkerhetskopian är skadad eller ändrad och kan inte återställas. ${row} har samma id som en post före den. Inget har ändrats.`,
    },
    row: (table: string, position: number) => `${table}, post ${position}`,
    rowWithKey: (table: string, position: number, key: string) => `${table}, post ${position} (id ”${key}”),`,
  },
  {
    title: 'Backups',
    intro:
      'A backup holds everything Målsamtal keeps on this computer: remiss packages, boards, meetings, notes, comments, the ' +
      'export log and settings.',
    automaticElectron:
      'The app saves a backup in its data folder automatically when it opens, while you work, and when a meeting changes ' +
      'protocol status. The latest 20 are kept, and one a day for 30 days.',
    automaticBrowser: 'The browser shell makes no automatic backups. Save one yourself before and after every meeting.',
    saveTitle: 'Save a backup',
    save: 'Save backup …',
    saved: (fileName: string) => `The backup has been saved as ${fileName}.`,
    saveFailed: 'The backup could not be saved. Nothing has changed.',
    restoreTitle: 'Restore from a backup',
    restoreIntro: 'You will see what the backup holds before anything changes. Everything in the app now is replaced; nothing is merged.',
    chooseFile: 'Choose backup …',
    reading: 'Reading the backup …',
    previewTitle: (fileName: string) => `Contents of ${fileName}`,
    createdAt: 'Created',
    appVersion: 'App version',
    reasonLabel: 'Reason',
    reason: {
      manual: 'Saved by hand',
      automatic: 'Automatic',
      statusChange: 'A meeting changed protocol status',
      beforeRestore: 'Before a restore',
    },
    tablesCaption: 'Contents by type',
    kindColumn: 'Type',
    countColumn: 'Count',
    tableNames: {
      meetings: 'Meetings',
      packages: 'Remiss packages',
      bodies: 'Boards and companies',
      comments: 'Comments and ratings',
      dissents: 'Reservations, separate statements and entries in the minutes',
      decisions: 'Decision procedures (proposals and votes)',
      notes: 'Notes',
      exports: 'Exports',
      settings: 'Settings',
      sessions: 'Meetings’ progress (step and time)',
      answers: 'Compiled answers',
      rounds: 'Consultation rounds',
      roundReports: 'Draft officer’s reports',
      earlierAnswers: 'Answers from earlier rounds',
      documentFiles: 'Remiss packages’ documents',
      viewRounds: 'Rounds of views',
    },
    meetingsInBackup: 'Meetings in the backup',
    noMeetings: 'The backup holds no meetings.',
    replaceWarning:
      'Restoring replaces everything in the app now with the backup’s contents. A backup of what is there now is saved first.',
    confirmRestore: 'Replace everything with the backup',
    cancel: 'Cancel',
    restored: 'The backup has been restored.',
    restoreFailed: 'The restore failed. Nothing has changed.',
    lostData: {
      title: 'The app’s database is empty',
      body: (meetings: number) =>
        `Målsamtal had ${meetings === 1 ? 'one meeting' : `${meetings} meetings`} saved, but the database is empty now. It ` +
        'may have been damaged, for example while the computer’s disk was full.',
      bodyUnknown:
        'The database is empty, but there are automatic backups. It may have been damaged, for example while the computer’s disk was full.',
      latestBackup: (time: string) => `The latest automatic backup is from ${time}.`,
      restore: (time: string) => `Restore the backup from ${time}`,
      noBackup: 'There is no automatic backup here. If you have saved a backup as a file, you can restore it.',
      toBackups: 'Restore from a file under Backups',
      startEmpty: 'Continue with an empty database',
      restored: (time: string) => `The backup from ${time} has been restored.`,
    },
    restoreNeedsCopy:
      'Nothing has been restored: a copy of what is there now is saved first, so the restore can be undone. Save the copy and try again.',
    problem: {
      tooLarge: (megabytes: number) => `The file is too large to be a Målsamtal backup: a backup is at most ${megabytes} MB.`,
      notJson: 'The file cannot be read as a backup. It may be truncated or of another kind.',
      tooDeep: fileProblemText.en.tooDeep,
      wrongFormat: 'The file is not a Målsamtal backup.',
      newerFormat: (version: number) =>
        `The backup was made by a newer version of Målsamtal (format ${version}). Update the app to restore it.`,
      checksumMismatch: 'The backup is damaged: its checksum does not match its contents. Nothing has changed.',
      damaged: 'The backup is damaged or altered and cannot be restored. Nothing has changed.',
      newerDatabase: (version: number) =>
        `The backup comes from a newer version of Målsamtal (database version ${version}). Update the app to restore it.`,
      unknownTable: (name: string) =>
        `The backup holds data of a kind Målsamtal does not know (“${name}”) and cannot be restored. Nothing has changed.`,
      invalidRow: (row: string) => `The backup is damaged or altered and cannot be restored. ${row} cannot be read. Nothing has changed.`,
      duplicateRow: (row: string) =>
        `The backup is damaged or altered and cannot be restored. ${row} has the same id as an entry before it. Nothing has changed.`,
    },
    row: (table: string, position: number) => `${table}, entry ${position}`,
    rowWithKey: (table: string, position: number, key: string) => `${table}, entry ${position} (id “${key}”),`,
  },
);

type BackupTexts = (typeof backupText)['sv'];

/** A name taken from the file, cut short: beyond a few words it tells the user nothing more, and could bury the message. */
function quoted(text: string): string {
  const characters = [...text];
  return characters.length > 60 ? `${characters.slice(0, 59).join('')}…` : text;
}

/** "Anteckningar, post 3 (id ”n-1”),": the table in the words of the backup's preview, the row by place and id. */
function rowName(texts: BackupTexts, { table, position, key }: BackupRowReference): string {
  const name = texts.tableNames[table] ?? table;
  return key === undefined ? texts.row(name, position) : texts.rowWithKey(name, position, quoted(key));
}

export function backupProblemMessage(texts: BackupTexts, problem: BackupProblem): string {
  switch (problem.code) {
    case 'newerFormat':
    case 'newerDatabase':
      return texts.problem[problem.code](problem.version);
    case 'tooLarge':
      return texts.problem.tooLarge(problem.maxMegabytes);
    case 'tooDeep':
      return texts.problem.tooDeep(problem.maxDepth);
    case 'unknownTable':
      return texts.problem.unknownTable(quoted(problem.table));
    case 'invalidRow':
    case 'duplicateRow':
      return texts.problem[problem.code](rowName(texts, problem.row));
    default:
      return texts.problem[problem.code];
  }
}
