import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { MalsamtalDatabase } from './db';

/** Writes rows with the schema as it stood at version 1, the way a laptop from that release holds them. */
async function createVersion1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ meetings: 'id, date, status, updatedAt', settings: 'key' });
  await v1.table('meetings').bulkAdd([
    {
      id: 'm-1',
      bodyName: 'Barn- och utbildningsnämnden',
      date: '2020-09-15',
      status: 'planned',
      createdAt: '2020-08-01T08:00:00.000Z',
      updatedAt: '2020-08-01T08:00:00.000Z',
    },
    {
      id: 'm-2',
      bodyName: 'Kultur- och fritidsnämnden',
      date: '2020-08-20',
      status: 'held',
      createdAt: '2020-08-02T08:00:00.000Z',
      updatedAt: '2020-08-20T15:00:00.000Z',
    },
  ]);
  await v1.table('settings').put({ key: 'language', value: 'en' });
  v1.close();
}

describe('the database schema', () => {
  it('starts a new laptop with the built-in example package and nothing else', async () => {
    const database = new MalsamtalDatabase(`fresh-${crypto.randomUUID()}`);
    const packages = await database.packages.toArray();
    expect(packages).toEqual([expect.objectContaining({ id: examplePackage.id, origin: 'builtIn', content: examplePackage })]);
    expect(await database.meetings.count()).toBe(0);
    database.close();
  });

  it('opens a version 1 database and keeps every meeting and setting, filling in the new fields', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await createVersion1Database(name);

    const database = new MalsamtalDatabase(name);
    const meetings = await database.meetings.orderBy('id').toArray();
    expect(meetings).toEqual([
      expect.objectContaining({
        id: 'm-1',
        bodyName: 'Barn- och utbildningsnämnden',
        date: '2020-09-15',
        status: 'planned',
        createdAt: '2020-08-01T08:00:00.000Z',
        bodyId: null,
        packageId: null,
        participants: [],
        adjustment: null,
        attachmentNumber: '1',
      }),
      expect.objectContaining({ id: 'm-2', bodyName: 'Kultur- och fritidsnämnden', status: 'held', updatedAt: '2020-08-20T15:00:00.000Z' }),
    ]);
    expect(await database.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    expect((await database.packages.toArray()).map((record) => record.id)).toEqual([examplePackage.id]);
    expect(await database.meetings.where('status').equals('held').primaryKeys()).toEqual(['m-2']);
    database.close();
  });

  it('opens a version 2 database with notes and comments, keeps them, and adds empty tables for meeting sessions, compiled answers, decisions, the round, documents and rounds of views', async () => {
    const name = `v2-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({
      meetings: 'id, date, status, updatedAt, packageId, bodyId',
      settings: 'key',
      packages: 'id, updatedAt',
      bodies: 'id, name',
      comments: 'id, meetingId',
      dissents: 'id, meetingId',
      notes: 'id, meetingId, [meetingId+createdAt]',
      exports: 'id, meetingId, exportedAt',
    });
    await v2.table('notes').add({
      id: 'n-1',
      meetingId: 'm-1',
      stepId: 'introduction',
      marker: null,
      parked: false,
      text: 'Hej',
      createdAt: 'x',
      updatedAt: 'x',
    });
    await v2.table('comments').add({
      id: 'm-1:mal-1',
      meetingId: 'm-1',
      subject: 'mal-1',
      rating: null,
      draft: 'Utkast',
      agreedText: null,
      agreedAt: null,
      history: [],
      updatedAt: 'x',
    });
    v2.close();

    const database = new MalsamtalDatabase(name);
    expect(await database.notes.get('n-1')).toMatchObject({ text: 'Hej', stepId: 'introduction', textRevision: 0 });
    expect(await database.comments.get('m-1:mal-1')).toMatchObject({ draft: 'Utkast', draftRevision: 0 });
    expect(await database.sessions.count()).toBe(0);
    expect(await database.answers.count()).toBe(0);
    expect(await database.decisions.count()).toBe(0);
    expect(await database.rounds.count()).toBe(0);
    expect(await database.documentFiles.count()).toBe(0);
    expect(await database.viewRounds.count()).toBe(0);
    expect(database.verno).toBe(13);
    database.close();
  });
});
