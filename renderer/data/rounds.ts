import { useLiveQuery } from 'dexie-react-hooks';
import type { CalendarDate } from '../../shared/domain/calendarDate';
import type { RoundRecord } from '../../shared/round/roundRecords';
import { withMailWritten, withPlannedMeeting } from '../../shared/round/roundStatus';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';

const emptyRound = (packageId: string): RoundRecord => ({ packageId, bodies: [], updatedAt: new Date(0).toISOString() });

/** The office's record of a package's round: undefined while loading, an empty one before anything is written. */
export function useRound(packageId: string): RoundRecord | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (await database.rounds.get(packageId)) ?? emptyRound(packageId), [database, packageId]);
}

/** Reads the round inside the write, so a change from another window is kept. */
async function changeRound(database: MalsamtalDatabase, packageId: string, change: (round: RoundRecord) => RoundRecord): Promise<void> {
  await database.transaction('rw', database.rounds, async () => {
    await database.rounds.put(change((await database.rounds.get(packageId)) ?? emptyRound(packageId)));
  });
}

export function setPlannedMeeting(database: MalsamtalDatabase, packageId: string, respondentId: string, date: CalendarDate | null) {
  return changeRound(database, packageId, (round) => withPlannedMeeting(round, respondentId, date, new Date()));
}

export function recordMailWritten(
  database: MalsamtalDatabase,
  packageId: string,
  respondentIds: readonly string[],
  kind: 'sentOutOn' | 'remindedOn',
  on: CalendarDate,
) {
  return changeRound(database, packageId, (round) => withMailWritten(round, respondentIds, kind, on, new Date()));
}
