import type { MalsamtalDatabase } from './db';

/**
 * Opens the database. `onBlocked` hears when an upgrade waits for another window of an older version to close its
 * connection. Returns the open itself and a function that stops listening.
 */
export function openDatabase(database: MalsamtalDatabase, onBlocked: () => void): { opened: Promise<void>; stopListening: () => void } {
  database.on('blocked', onBlocked);
  return {
    opened: database.open().then(() => undefined),
    stopListening: () => database.on('blocked').unsubscribe(onBlocked),
  };
}
