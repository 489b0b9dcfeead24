import { useLiveQuery } from 'dexie-react-hooks';
import { compareMeetings, createMeeting, type Meeting, type NewMeetingInput } from '../../shared/domain/meeting';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';

/** Stores a new meeting from validated input and returns it once the write has committed. */
export async function addMeeting(database: MalsamtalDatabase, input: NewMeetingInput, now = new Date()): Promise<Meeting> {
  const meeting = createMeeting(input, crypto.randomUUID(), now);
  await database.meetings.add(meeting);
  return meeting;
}

/** All meetings in list order; undefined while the first read is on its way. */
export function useMeetings(): Meeting[] | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (await database.meetings.toArray()).sort(compareMeetings), [database]);
}

/** How many meetings the database holds: what the app's own record outside the database keeps track of. */
export function countMeetings(database: MalsamtalDatabase): Promise<number> {
  return database.meetings.count();
}

export function useMeetingCount(): number | undefined {
  const database = useDatabase();
  return useLiveQuery(() => countMeetings(database), [database]);
}
