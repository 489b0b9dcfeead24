import Dexie from 'dexie';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from '../../shared/search/textSearch';
import type { MalsamtalDatabase } from './db';

const searchedTables = ['meetings', 'notes', 'comments', 'dissents'];

/** Everything a search looks through, read from the database in one transaction. */
async function readSearchDocuments(database: MalsamtalDatabase): Promise<SearchDocument[]> {
  return database.transaction('r', database.meetings, database.notes, database.comments, database.dissents, async () => {
    const [meetings, notes, comments, dissents] = await Promise.all([
      database.meetings.orderBy('date').reverse().toArray(),
      database.notes.toArray(),
      database.comments.toArray(),
      database.dissents.toArray(),
    ]);
    const rank = new Map(meetings.map((meeting, position) => [meeting.id, position]));
    const documents: SearchDocument[] = [
      ...meetings.map((meeting) => ({
        meetingId: meeting.id,
        kind: 'meeting' as const,
        text: [meeting.bodyName, meeting.place, meeting.itemTitle, ...meeting.participants.map((p) => p.name)].join(' · '),
      })),
      ...notes.map((note) => ({ meetingId: note.meetingId, kind: 'note' as const, text: note.text })),
      ...comments.map((comment) => ({
        meetingId: comment.meetingId,
        kind: 'comment' as const,
        text: comment.agreedText ?? comment.draft,
      })),
      ...dissents.map((dissent) => ({
        meetingId: dissent.meetingId,
        kind: 'dissent' as const,
        text: `${dissent.participantName}: ${dissent.text}`,
      })),
    ];
    // The latest meetings' hits come first.
    return documents.sort((a, b) => (rank.get(a.meetingId) ?? 0) - (rank.get(b.meetingId) ?? 0));
  });
}

/**
 * The search index of one database, read on the first search and read again only after a searched table changed:
 * typing a query then scans memory, not the disk. `watch` listens for those changes until the function it returns is
 * called; the index is read afresh after any time it was not listening (an effect that runs again, as React's strict
 * mode makes it, must not leave a cache that no longer hears of changes).
 */
export function createSearchIndexCache(database: MalsamtalDatabase) {
  let cached: Promise<SearchIndex> | null = null;
  const prefixes = searchedTables.map((table) => `idb://${database.name}/${table}/`);
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) cached = null;
  };
  return {
    index: (): Promise<SearchIndex> => {
      cached ??= readSearchDocuments(database).then(buildSearchIndex);
      return cached;
    },
    watch: (): (() => void) => {
      cached = null;
      Dexie.on('storagemutated', onMutated);
      return () => {
        Dexie.on('storagemutated').unsubscribe(onMutated);
        cached = null;
      };
    },
  };
}
