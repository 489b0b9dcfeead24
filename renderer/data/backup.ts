import { exportDB, importDB } from 'dexie-export-import';
import { createBackupFile, readBackupFile, type BackupReadResult, type BackupReason } from '../../shared/backup/backupFile';
import { MalsamtalDatabase } from './db';

/** A Blob's text through FileReader, which every browser, Electron and the component tests' jsdom all have. */
export function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(blob);
  });
}

/** The whole database as a backup file's text: every table, through dexie-export-import. */
export async function createBackup(
  database: MalsamtalDatabase,
  reason: BackupReason,
  appVersion: string,
  now = new Date(),
): Promise<string> {
  const exported = await exportDB(database);
  return createBackupFile({ databaseExport: await readText(exported), createdAt: now, appVersion, reason });
}

/** Checks a backup file completely; the database is only read for its schema version. */
export async function readBackup(database: MalsamtalDatabase, text: string): Promise<BackupReadResult> {
  if (!database.isOpen()) await database.open();
  return readBackupFile(text, database.verno);
}

/**
 * Replaces everything in the database with a checked backup, in one transaction: either all of the backup is there
 * afterwards, or nothing changed. The backup is first loaded into a scratch database (dexie-export-import's importDB,
 * which revives its values) and opened under our current schema, so an older backup goes through the same migrations
 * as a laptop's own; only then is the live database touched. (importInto clears tables outside its transaction, so a
 * failure half way would leave them empty: not good enough for a restore.)
 */
export async function restoreBackup(database: MalsamtalDatabase, databaseExport: string): Promise<void> {
  const scratchName = `${database.name}-restore-${crypto.randomUUID()}`;
  const scratch = await importDB(new Blob([databaseExport]), { name: scratchName });
  scratch.close();
  const migrated = new MalsamtalDatabase(scratchName);
  try {
    const contents = await Promise.all(migrated.tables.map(async (table) => [table.name, await table.toArray()] as const));
    await database.transaction('rw', database.tables, async () => {
      for (const [name, rows] of contents) {
        const table = database.table(name);
        await table.clear();
        await table.bulkAdd(rows);
      }
    });
  } finally {
    migrated.close();
    await migrated.delete();
  }
}
