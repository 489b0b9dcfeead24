import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import {
  createBackupFile,
  readBackupFile,
  type BackupContent,
  type BackupReadResult,
  type BackupReason,
} from '../../shared/backup/backupFile';
import { MalsamtalDatabase } from './db';
import { restoreScratchPrefix } from './restoreLeftovers';

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

/** Checks a backup file completely, every row included; the database is only read for its schema version. */
export async function readBackup(database: MalsamtalDatabase, text: string): Promise<BackupReadResult> {
  if (!database.isOpen()) await database.open();
  return readBackupFile(text, database.verno);
}

/**
 * Runs the work holding a Web Lock of that name where the page has Web Locks (Chromium and Electron do), so that
 * removeRestoreLeftovers leaves a restore under way in another window alone.
 */
async function holdingLock(name: string, work: () => Promise<void>): Promise<void> {
  const locks = globalThis.navigator?.locks;
  await (locks ? locks.request(name, work) : work());
}

/**
 * Replaces everything in the database with a checked backup, in one transaction: either all of the backup is there
 * afterwards, or nothing changed. The checked rows are first written into a scratch database at the backup's schema
 * version and opened under the current schema, so an older backup goes through the same migrations as a laptop's own;
 * only then is the live database touched. Written by Dexie itself, not dexie-export-import's streaming import,
 * whose parser refuses any text over 10 MB: a long note the app wrote must come back.
 */
export async function restoreBackup(database: MalsamtalDatabase, content: BackupContent): Promise<void> {
  const scratchName = `${restoreScratchPrefix(database)}${crypto.randomUUID()}`;
  await holdingLock(scratchName, async () => {
    const scratch = new Dexie(scratchName);
    scratch.version(content.databaseVersion).stores(Object.fromEntries(content.tables.map((table) => [table.name, table.schema])));
    try {
      await scratch.transaction('rw', scratch.tables, async () => {
        for (const table of content.tables) await scratch.table(table.name).bulkAdd(table.rows);
      });
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
      }
    } finally {
      scratch.close();
      await Dexie.delete(scratchName);
    }
  });
}
