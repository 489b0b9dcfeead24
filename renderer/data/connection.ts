import type { MalsamtalDatabase } from './db';

/** The open under way or done for each database, with the attempt it belongs to. */
const opening = new WeakMap<MalsamtalDatabase, { attempt: number; opened: Promise<void> }>();

/**
 * Opens the database, once per `attempt`: asked again for the same attempt (an effect that runs again, as React's
 * strict mode makes it) it answers with the same open, so a failure is reported rather than silently retried; a new
 * attempt (the user's "Försök igen") opens anew. `onBlocked` hears when an upgrade waits for another window of an
 * older version to close its connection. Returns the open and a function that stops listening.
 */
export function openDatabase(
  database: MalsamtalDatabase,
  attempt: number,
  onBlocked: () => void,
): { opened: Promise<void>; stopListening: () => void } {
  database.on('blocked', onBlocked);
  let current = opening.get(database);
  if (current?.attempt !== attempt) {
    current = { attempt, opened: database.open().then(() => undefined) };
    opening.set(database, current);
  }
  return { opened: current.opened, stopListening: () => database.on('blocked').unsubscribe(onBlocked) };
}
