import path from 'node:path';
import { BACKUP_FILE_EXTENSION } from '../shared/backup/backupFile';
import { MAX_SAVE_FILE_BYTES, type DataRecord } from '../shared/ipc/contract';
import { automaticBackupFileName, backupsToDelete, parseAutomaticBackupFileName, type StoredBackup } from '../shared/backup/retention';

export interface BackupFolderDependencies {
  folder: () => string;
  makeFolder: (folder: string) => Promise<void>;
  list: (folder: string) => Promise<string[]>;
  remove: (file: string) => Promise<void>;
  writeFileAtomic: (file: string, bytes: Uint8Array) => Promise<void>;
  now: () => Date;
}

/** The folder read back: its files' text, and a file's bytes up to a limit. */
export interface BackupFolderReading {
  folder: () => string;
  list: (folder: string) => Promise<string[]>;
  /** A small file's text, or null when there is none. */
  readText: (file: string) => Promise<string | null>;
  readFileUpTo: (file: string, maxBytes: number) => Promise<{ bytes: Uint8Array<ArrayBuffer> } | { tooLarge: true }>;
}

/**
 * The app's own backup folder: each backup is written whole (or not at all), then the folder is pruned to the
 * retention policy. Files that are not our automatic backups are never touched.
 */
export async function storeBackupInFolder(deps: BackupFolderDependencies, bytes: Uint8Array): Promise<string> {
  const folder = deps.folder();
  await deps.makeFolder(folder);
  const now = deps.now();
  const fileName = automaticBackupFileName(now, BACKUP_FILE_EXTENSION);
  await deps.writeFileAtomic(path.join(folder, fileName), bytes);

  const stored: StoredBackup[] = [];
  for (const name of await deps.list(folder)) {
    const createdAt = parseAutomaticBackupFileName(name, BACKUP_FILE_EXTENSION);
    if (createdAt) stored.push({ name, createdAt });
  }
  for (const name of backupsToDelete(stored, now)) await deps.remove(path.join(folder, name));
  return fileName;
}

/**
 * The app's own record of what its database held, beside the automatic backups: should Chromium find the database
 * corrupt and start it afresh, this is how the next start knows that meetings were there.
 */
export const DATA_RECORD_FILE = 'innehall.json';

/** The record, or null when there is none or it cannot be read (a hand-edited or half-written file says nothing). */
export async function readDataRecord(deps: BackupFolderReading): Promise<DataRecord | null> {
  let parsed: unknown;
  try {
    const text = await deps.readText(path.join(deps.folder(), DATA_RECORD_FILE));
    if (text === null) return null;
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const { meetings, recordedAt } = (parsed ?? {}) as Partial<DataRecord>;
  if (!Number.isSafeInteger(meetings) || meetings! < 0 || typeof recordedAt !== 'string') return null;
  return { meetings: meetings!, recordedAt };
}

export async function writeDataRecord(deps: BackupFolderDependencies, meetings: number): Promise<void> {
  const folder = deps.folder();
  await deps.makeFolder(folder);
  const record: DataRecord = { meetings, recordedAt: deps.now().toISOString() };
  await deps.writeFileAtomic(path.join(folder, DATA_RECORD_FILE), new TextEncoder().encode(`${JSON.stringify(record)}\n`));
}

/** The newest of the app's own automatic backups, or null when there is none (or no folder yet). */
export async function latestAutomaticBackup(deps: Pick<BackupFolderReading, 'folder' | 'list'>): Promise<StoredBackup | null> {
  let names: string[];
  try {
    names = await deps.list(deps.folder());
  } catch {
    return null;
  }
  let latest: StoredBackup | null = null;
  for (const name of names) {
    const createdAt = parseAutomaticBackupFileName(name, BACKUP_FILE_EXTENSION);
    if (createdAt && (!latest || createdAt > latest.createdAt)) latest = { name, createdAt };
  }
  return latest;
}

/** The newest automatic backup's bytes, for a restore the user asked for; null when there is none to read. */
export async function readLatestAutomaticBackup(
  deps: BackupFolderReading,
): Promise<{ backup: StoredBackup; bytes: Uint8Array<ArrayBuffer> } | null> {
  const backup = await latestAutomaticBackup(deps);
  if (!backup) return null;
  const read = await deps.readFileUpTo(path.join(deps.folder(), backup.name), MAX_SAVE_FILE_BYTES);
  return 'tooLarge' in read ? null : { backup, bytes: read.bytes };
}
