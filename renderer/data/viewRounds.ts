import { useLiveQuery } from 'dexie-react-hooks';
import {
  emptyViewRound,
  viewRoundId,
  withAnonymity,
  withAnonymousRowView,
  withCountedView,
  withNamedView,
  type View,
  type ViewRound,
} from '../../shared/meeting/viewRound';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';
import { writeUnlessAdjusted } from './meetingRoom';

/** One goal's round of views; null when none was started, undefined while loading. */
export function useViewRound(meetingId: string, goalId: string | null): ViewRound | null | undefined {
  const database = useDatabase();
  const result = useLiveQuery(
    async () => ({ goalId, round: goalId ? ((await database.viewRounds.get(viewRoundId(meetingId, goalId))) ?? null) : null }),
    [database, meetingId, goalId],
  );
  return result?.goalId === goalId ? result.round : undefined;
}

/**
 * Reads, changes and writes one round in one transaction, refused once the protocol is adjusted. The change sees the
 * stored round, so two quick key presses never undo each other.
 */
async function changeViewRound(
  database: MalsamtalDatabase,
  meetingId: string,
  goalId: string,
  change: (round: ViewRound) => ViewRound,
  now = new Date(),
): Promise<ViewRound> {
  return writeUnlessAdjusted(database, meetingId, [database.viewRounds], async () => {
    const round = (await database.viewRounds.get(viewRoundId(meetingId, goalId))) ?? emptyViewRound(meetingId, goalId);
    const changed = { ...change(round), updatedAt: now.toISOString() };
    await database.viewRounds.put(changed);
    return changed;
  });
}

/** A named round: the participant's view, or null to take it back. */
export function saveNamedView(
  database: MalsamtalDatabase,
  meetingId: string,
  goalId: string,
  participantId: string,
  view: View | null,
): Promise<ViewRound> {
  return changeViewRound(database, meetingId, goalId, (round) => withNamedView(round, participantId, view));
}

/** An anonymous round: a view counted, changed from `removed` or taken back; nothing says whose it was. */
export function saveCountedView(
  database: MalsamtalDatabase,
  meetingId: string,
  goalId: string,
  removed: View | null,
  added: View | null,
): Promise<ViewRound> {
  return changeViewRound(database, meetingId, goalId, (round) => withCountedView(round, removed, added));
}

/** An anonymous round: the view in one of its rows (see anonymousViewsInOrder), changed or taken back as stored. */
export function saveAnonymousRowView(
  database: MalsamtalDatabase,
  meetingId: string,
  goalId: string,
  row: number,
  view: View | null,
): Promise<ViewRound> {
  return changeViewRound(database, meetingId, goalId, (round) => withAnonymousRowView(round, row, view));
}

/** The chair's choice: named or anonymous (see withAnonymity). */
export function setViewRoundAnonymous(
  database: MalsamtalDatabase,
  meetingId: string,
  goalId: string,
  anonymous: boolean,
): Promise<ViewRound> {
  return changeViewRound(database, meetingId, goalId, (round) => withAnonymity(round, anonymous));
}

/** Starts the round over: every view forgotten, named or anonymous as it was. */
export function clearViewRound(database: MalsamtalDatabase, meetingId: string, goalId: string): Promise<ViewRound> {
  return changeViewRound(database, meetingId, goalId, (round) => emptyViewRound(meetingId, goalId, round.anonymous));
}

/** The board's choice whether the rounds' counts go into the attachment (and the answer file); by default they do not. */
export async function setViewRoundsInAttachment(database: MalsamtalDatabase, meetingId: string, included: boolean): Promise<void> {
  await writeUnlessAdjusted(database, meetingId, [], () =>
    database.meetings.update(meetingId, { viewRoundsInAttachment: included, updatedAt: new Date().toISOString() }),
  );
}
