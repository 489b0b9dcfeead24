import path from 'node:path';
import { BACKUP_FILE_EXTENSION } from '../shared/backup/backupFile';
import { automaticBackupFileName, backupsToDelete, parseAutomaticBackupFileName, type StoredBackup } from '../shared/backup/retention';

export interface BackupFolderDependencies {
  folder: () => string;
  makeFolder: (folder: string) => Promise<void>;
  list: (folder: string) => Promise<string[]>;
  remove: (file: string) => Promise<void>;
  writeFileAtomic: (file: string, bytes: Uint8Array) => Promise<void>;
  now: () => Date;
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
