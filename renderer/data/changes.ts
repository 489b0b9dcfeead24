import Dexie, { liveQuery } from 'dexie';
import type { Meeting } from '../../shared/domain/meeting';
import type { MalsamtalDatabase } from './db';

/** Calls `onWrite` after each write to this database, from this window or another. Returns a function that stops it. */
export function watchDatabaseWrites(database: MalsamtalDatabase, onWrite: () => void): () => void {
  const prefix = `idb://${database.name}/`;
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) onWrite();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}

/** Calls `onStatuses` with each meeting's protocol status by id, at once and after every change. Returns a stop function. */
export function watchMeetingStatuses(
  database: MalsamtalDatabase,
  onStatuses: (statuses: Map<string, Meeting['status']>) => void,
): () => void {
  const subscription = liveQuery(() => database.meetings.toArray()).subscribe((meetings) =>
    onStatuses(new Map(meetings.map((meeting) => [meeting.id, meeting.status]))),
  );
  return () => subscription.unsubscribe();
}
