import type { BackupReason } from '../../shared/backup/backupReasons';
import { manualBackupFileName } from '../../shared/backup/backupFileName';
import { appFileExtensions } from '../../shared/files/appFiles';
import type { SaveFileResult } from '../../shared/ipc/contract';
import type { FileBridge } from '../bridge/BridgeProvider';
import type { MalsamtalDatabase } from '../data/db';

const backupFilters = [{ name: 'Målsamtal', extensions: [appFileExtensions.backup] }];

/** A backup of everything, saved where the user chooses (a download in the browser shell). */
export async function saveBackupFile(
  database: MalsamtalDatabase,
  files: Pick<FileBridge, 'saveFile'>,
  reason: Extract<BackupReason, 'manual' | 'beforeRestore'>,
  now = new Date(),
): Promise<SaveFileResult> {
  // The export library and the backup's schemas load only when a backup is made: the failure notice that offers one
  // is on the first screen's path, the backup itself is not.
  const { createBackup } = await import('../data/backup');
  const text = await createBackup(database, reason, __APP_VERSION__, now);
  return files.saveFile({ suggestedName: manualBackupFileName(now), bytes: new TextEncoder().encode(text), filters: backupFilters });
}
