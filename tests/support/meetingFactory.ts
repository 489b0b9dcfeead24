import { exampleMeeting, type ExampleMeeting, type ExampleMeetingOptions } from '../fixtures/exampleMeeting';
import type { MalsamtalDatabase } from '../../renderer/data/db';

/**
 * Stores a realistic held meeting on the example package — agreed comments, ratings, a reservation, a separate
 * statement and notes — as the meeting screens would have left it, and returns what was stored.
 */
export async function seedHeldMeeting(database: MalsamtalDatabase, options: ExampleMeetingOptions = {}): Promise<ExampleMeeting> {
  const example = exampleMeeting(options);
  const now = new Date().toISOString();
  await database.transaction(
    'rw',
    [database.packages, database.meetings, database.comments, database.dissents, database.notes],
    async () => {
      await database.packages.put({ id: example.pkg.id, content: example.pkg, origin: 'builtIn', createdAt: now, updatedAt: now });
      await database.meetings.put(example.meeting);
      await database.comments.bulkPut(example.comments);
      await database.dissents.bulkPut(example.dissents);
      await database.notes.bulkPut(example.notes);
    },
  );
  return example;
}
