import { BACKUP_FILE_EXTENSION, type BackupReason } from '../../shared/backup/backupFile';
import { manualBackupFileName } from '../../shared/backup/backupFileName';
import type { SaveFileResult } from '../../shared/ipc/contract';
import type { FileBridge } from '../bridge/BridgeProvider';
import { createBackup } from '../data/backup';
import type { MalsamtalDatabase } from '../data/db';

const backupFilters = [{ name: 'Målsamtal', extensions: [BACKUP_FILE_EXTENSION] }];

/** A backup of everything, saved where the user chooses (a download in the browser shell). */
export async function saveBackupFile(
  database: MalsamtalDatabase,
  files: Pick<FileBridge, 'saveFile'>,
  reason: Extract<BackupReason, 'manual' | 'beforeRestore'>,
  now = new Date(),
): Promise<SaveFileResult> {
  const text = await createBackup(database, reason, __APP_VERSION__, now);
  return files.saveFile({ suggestedName: manualBackupFileName(now), bytes: new TextEncoder().encode(text), filters: backupFilters });
}
