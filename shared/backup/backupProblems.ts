/**
 * What can be wrong with a backup, and the tables it holds: in a module of their own, with nothing to import, so the
 * message catalog names them without reaching the backup reader and the schemas it checks rows with.
 */

/** Every table of the local database that a backup holds and restores. */
export const backupTableNames = [
  'meetings',
  'settings',
  'packages',
  'bodies',
  'comments',
  'dissents',
  'decisions',
  'notes',
  'exports',
  'sessions',
  'answers',
  'rounds',
  'roundReports',
  'earlierAnswers',
  'documentFiles',
  'viewRounds',
] as const;
export type BackupTableName = (typeof backupTableNames)[number];

export function isBackupTableName(name: string): name is BackupTableName {
  return (backupTableNames as readonly string[]).includes(name);
}

/** A row of a backup, named as the user can find it: its table, its place in the table (from 1) and its key. */
export interface BackupRowReference {
  table: BackupTableName;
  position: number;
  key?: string;
}

export type BackupProblem =
  | { code: 'tooLarge'; maxMegabytes: number }
  | { code: 'notJson' }
  | { code: 'tooDeep'; maxDepth: number }
  | { code: 'wrongFormat' }
  | { code: 'newerFormat'; version: number }
  | { code: 'checksumMismatch' }
  | { code: 'damaged'; detail: string }
  | { code: 'newerDatabase'; version: number }
  | { code: 'unknownTable'; table: string }
  | { code: 'invalidRow'; row: BackupRowReference }
  | { code: 'duplicateRow'; row: BackupRowReference };
