import type { BackupReason } from '../../shared/backup/backupFile';
import { watchDatabaseWrites, watchMeetingStatuses } from '../data/changes';
import type { MalsamtalDatabase } from '../data/db';

export interface AutomaticBackupOptions {
  /** Writes one backup; the caller decides where (Electron: the app's data folder). */
  store: (reason: BackupReason) => Promise<void>;
  /** How long after start the first backup is taken, so start-up stays fast. */
  firstDelayMs: number;
  /** How often a backup is taken while something has changed since the last one. */
  intervalMs: number;
}

/**
 * Keeps automatic backups going while the app is open: one shortly after start, one whenever the data has changed
 * during an interval, and one at once when a meeting changes protocol status. One backup runs at a time; a failed one
 * leaves the data marked as changed, so the next round tries again. Returns a function that stops it all.
 */
export function startAutomaticBackups(database: MalsamtalDatabase, options: AutomaticBackupOptions): () => void {
  let changed = true;
  let running: Promise<void> = Promise.resolve();

  const take = (reason: BackupReason) => {
    changed = false;
    running = running.then(() =>
      options.store(reason).catch(() => {
        changed = true;
      }),
    );
  };

  const stopWatchingWrites = watchDatabaseWrites(database, () => {
    changed = true;
  });

  let statuses: Map<string, string> | null = null;
  const stopWatchingStatuses = watchMeetingStatuses(database, (next) => {
    const statusChanged = statuses !== null && [...next].some(([id, status]) => statuses?.has(id) && statuses.get(id) !== status);
    statuses = next;
    if (statusChanged) take('statusChange');
  });

  const first = setTimeout(() => take('automatic'), options.firstDelayMs);
  const interval = setInterval(() => {
    if (changed) take('automatic');
  }, options.intervalMs);

  return () => {
    clearTimeout(first);
    clearInterval(interval);
    stopWatchingStatuses();
    stopWatchingWrites();
  };
}
