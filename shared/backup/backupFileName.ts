import { finishFileName } from '../attachment/fileNames';
import { appFileExtensions } from '../files/appFiles';

/** "Målsamtal säkerhetskopia 2020-09-15 1803.msbackup", in the user's local time, valid on every file system. */
export function manualBackupFileName(createdAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${createdAt.getFullYear()}-${pad(createdAt.getMonth() + 1)}-${pad(createdAt.getDate())}`;
  return finishFileName(
    `Målsamtal säkerhetskopia ${date} ${pad(createdAt.getHours())}${pad(createdAt.getMinutes())}`,
    appFileExtensions.backup,
  );
}
