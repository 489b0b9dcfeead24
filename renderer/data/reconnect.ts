import Dexie from 'dexie';
import type { MalsamtalDatabase } from './db';

/**
 * Failures after which Chromium's connection may refuse every later write, even once the disk has room again, while
 * a new connection writes at once: a full disk, an I/O error, a connection closed or aborted under the app.
 */
const connectionFailures = new Set([
  'QuotaExceededError',
  'UnknownError',
  'DatabaseClosedError',
  'InvalidStateError',
  'AbortError',
  'TransactionInactiveError',
]);

function isConnectionFailure(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = (cause as { inner?: unknown }).inner)
    if (connectionFailures.has(cause.name)) return true;
  return false;
}

/** A reopening under way, shared by every write that failed on the old connection. */
const reopening = new WeakMap<MalsamtalDatabase, Promise<unknown>>();

function connectionOf(database: MalsamtalDatabase): IDBDatabase | null {
  return database.isOpen() ? database.backendDB() : null;
}

async function reopen(database: MalsamtalDatabase, failed: IDBDatabase | null): Promise<void> {
  const pending = reopening.get(database);
  if (pending) {
    await pending;
    return;
  }
  // Another write has already replaced the connection that failed: this one simply tries again on the new one.
  if (failed !== null && connectionOf(database) !== failed) return;
  database.close({ disableAutoOpen: false });
  const opened = database.open().finally(() => reopening.delete(database));
  reopening.set(database, opened);
  await opened;
}

/**
 * Runs a write; when it fails in a way that can leave the connection broken, opens a new connection and tries once
 * more. A write inside another transaction is left to that transaction's own writer.
 */
export async function writeReconnecting<T>(database: MalsamtalDatabase, write: () => Promise<T>): Promise<T> {
  const connection = connectionOf(database);
  try {
    return await write();
  } catch (error) {
    if (Dexie.currentTransaction || !isConnectionFailure(error)) throw error;
    await reopen(database, connection);
    return write();
  }
}
