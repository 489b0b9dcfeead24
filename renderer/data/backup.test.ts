import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { describe, expect, it } from 'vitest';
import { createBackupFile } from '../../shared/backup/backupFile';
import { commentId } from '../../shared/domain/dialogue';
import { createMeeting } from '../../shared/domain/meeting';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { sha256HexOfBytes } from '../../shared/format/sha256';
import { writePackageFile } from '../../shared/remiss/packageContainer';
import { aDocx, aPackageDocument, aPdf } from '../../tests/support/documentFiles';
import { aPackage } from '../../tests/support/packageFiles';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { readDocumentFile } from './documents';
import { deletePackage, importPackageFile } from './packages';
import { createBackup, readBackup, readText, restoreBackup } from './backup';
import type { MalsamtalDatabase } from './db';

async function dump(database: MalsamtalDatabase): Promise<Record<string, unknown[]>> {
  const tables = await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(tables);
}

async function fillWithAMeeting(database: MalsamtalDatabase, bodyName: string): Promise<void> {
  const meeting = {
    ...createMeeting({ bodyName, date: '2020-09-15' }, `m-${bodyName}`, new Date('2020-09-01T08:00:00Z')),
    packageId: examplePackage.id,
  };
  await database.meetings.add(meeting);
  await database.notes.add({
    id: `n-${bodyName}`,
    meetingId: meeting.id,
    stepId: null,
    marker: 'forslag',
    parked: false,
    text: 'Höj ambitionsnivån för mål 2 – “näringslivet” är starkt.',
    createdAt: '2020-09-15T17:01:00.000Z',
    updatedAt: '2020-09-15T17:01:00.000Z',
  });
  await database.comments.add({
    id: commentId(meeting.id, 'mal-2'),
    meetingId: meeting.id,
    subject: 'mal-2',
    rating: { kind: 'step', value: 4 },
    draft: 'Nämnden anser att nivån kan höjas något.',
    agreedText: 'Nämnden anser att nivån kan höjas något.',
    agreedAt: '2020-09-15T17:20:00.000Z',
    history: [],
    updatedAt: '2020-09-15T17:20:00.000Z',
  });
  await database.settings.put({ key: 'language', value: 'sv' });
}

describe('backup and restore of the whole database', () => {
  it('restores exactly what was backed up, replacing what came after', async () => {
    const database = createTestDatabase();
    await fillWithAMeeting(database, 'Kultur- och fritidsnämnden');
    const before = await dump(database);
    const file = await createBackup(database, 'manual', '0.1.0', new Date('2020-09-15T18:00:00Z'));

    await fillWithAMeeting(database, 'Socialnämnden');
    await database.notes.delete('n-Kultur- och fritidsnämnden');

    const read = await readBackup(database, file);
    if (!read.ok) throw new Error(`backup refused: ${read.problem.code}`);
    expect(read.summary.meetings).toEqual([{ bodyName: 'Kultur- och fritidsnämnden', date: '2020-09-15', status: 'planned' }]);
    await restoreBackup(database, read.databaseExport);
    expect(await dump(database)).toEqual(before);
  });

  it('restores the packages’ documents byte for byte', async () => {
    const pdf = await aPdf(12);
    const docx = await aDocx('Missiv', ['Intern remiss ambitionsnivå kommunfullmäktiges övergripande mål (KS 2019/160)']);
    const bilaga = await aPackageDocument(pdf, { id: 'bilaga-1', pageCount: 12 });
    const letter = await aPackageDocument(docx, {
      id: 'missiv',
      title: 'Missiv',
      role: 'letter',
      number: null,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const content = { ...aPackage(), documents: [letter.document, bilaga.document] };
    const database = createTestDatabase();
    await importPackageFile(database, writePackageFile(content, [letter.file, bilaga.file]));
    const file = await createBackup(database, 'manual', '0.1.0');

    await deletePackage(database, content.id);
    expect(await database.documentFiles.count()).toBe(0);
    const read = await readBackup(database, file);
    if (!read.ok) throw new Error(`backup refused: ${read.problem.code}`);
    expect(read.summary.tables).toContainEqual({ name: 'documentFiles', rowCount: 2 });
    await restoreBackup(database, read.databaseExport);

    for (const [document, bytes] of [
      [letter.document, docx],
      [bilaga.document, pdf],
    ] as const) {
      const restored = await readDocumentFile(database, content.id, document.id);
      expect(restored?.byteLength).toBe(bytes.byteLength);
      expect(Array.from(restored!)).toEqual(Array.from(bytes));
      expect(await sha256HexOfBytes(restored!)).toBe(document.sha256);
    }
    expect((await database.packages.get(content.id))?.content).toEqual(content);
  });

  it('restores a backup made by the version 1 schema through the migrations', async () => {
    const v1 = new Dexie(`v1-${crypto.randomUUID()}`);
    v1.version(1).stores({ meetings: 'id, date, status, updatedAt', settings: 'key' });
    await v1.table('meetings').add({
      id: 'old',
      bodyName: 'Tekniska nämnden',
      date: '2020-08-20',
      status: 'held',
      createdAt: '2020-08-01T08:00:00.000Z',
      updatedAt: '2020-08-20T15:00:00.000Z',
    });
    const databaseExport = await readText(await exportDB(v1));
    v1.close();
    const file = await createBackupFile({ databaseExport, createdAt: new Date(), appVersion: '0.0.9', reason: 'automatic' });

    const database = createTestDatabase();
    await fillWithAMeeting(database, 'Kommunstyrelsen');
    const read = await readBackup(database, file);
    if (!read.ok) throw new Error(`backup refused: ${read.problem.code}`);
    await restoreBackup(database, read.databaseExport);

    expect(await database.meetings.toArray()).toEqual([
      expect.objectContaining({ id: 'old', bodyName: 'Tekniska nämnden', status: 'held', participants: [], adjustment: null }),
    ]);
    expect(await database.notes.count()).toBe(0);
    expect((await database.packages.toArray()).map((record) => record.id)).toEqual([examplePackage.id]);
  });

  it('leaves the database untouched when the restore fails half way', async () => {
    const database = createTestDatabase();
    await fillWithAMeeting(database, 'Kultur- och fritidsnämnden');
    const file = await createBackup(database, 'manual', '0.1.0');
    await fillWithAMeeting(database, 'Socialnämnden');
    const before = await dump(database);

    const read = await readBackup(database, file);
    if (!read.ok) throw new Error(`backup refused: ${read.problem.code}`);
    // The disk fills up while the notes are written back, after other tables were already cleared and refilled.
    const diskFull = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    database.notes.hook('creating', diskFull);
    await expect(restoreBackup(database, read.databaseExport)).rejects.toThrow();
    database.notes.hook('creating').unsubscribe(diskFull);
    expect(await dump(database)).toEqual(before);
  });
});
