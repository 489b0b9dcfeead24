/** Why a backup was made; a module of its own, so the IPC contract names the reasons without the backup reader. */
export const backupReasons = ['manual', 'automatic', 'statusChange', 'beforeRestore'] as const;
export type BackupReason = (typeof backupReasons)[number];
