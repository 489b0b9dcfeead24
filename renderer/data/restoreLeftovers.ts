import Dexie from 'dexie';
import type { MalsamtalDatabase } from './db';

/** The scratch databases of restores into this database share this start: `malsamtal-restore-…`. */
export const restoreScratchPrefix = (database: MalsamtalDatabase) => `${database.name}-restore-`;

/**
 * Deletes the scratch databases of restores that never finished (the app was killed half way), leaving any whose
 * restore still runs in another window: a restore holds a Web Lock named after its scratch database, and the browser
 * ends a lock with its page, even a killed one. Returns the names deleted; run at start, apart from the backup code,
 * so the start screen loads none of it.
 */
export async function removeRestoreLeftovers(database: MalsamtalDatabase): Promise<string[]> {
  const prefix = restoreScratchPrefix(database);
  const running = new Set(((await globalThis.navigator?.locks?.query())?.held ?? []).map((lock) => lock.name));
  const leftovers = (await Dexie.getDatabaseNames()).filter((name) => name.startsWith(prefix) && !running.has(name));
  await Promise.all(leftovers.map((name) => Dexie.delete(name)));
  return leftovers;
}
