import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import fc from 'fast-check';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createBackupFile } from '../../shared/backup/backupFile';
import { backupTableNames } from '../../shared/backup/backupProblems';
import type { BackupRow } from '../../shared/backup/rowSchemas';
import type { CompiledAnswer } from '../../shared/compile/mergeAnswers';
import type { DecisionRecord } from '../../shared/decision/procedure';
import type { Body } from '../../shared/domain/body';
import { commentId, type Dissent, type ExportRecord, type GoalComment, type Note } from '../../shared/domain/dialogue';
import { createMeeting, type Meeting } from '../../shared/domain/meeting';
import type { MeetingSession } from '../../shared/meeting/session';
import type { EarlierAnswer, ReportDraft, RoundRecord } from '../../shared/round/roundRecords';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { sha256HexOfBytes } from '../../shared/format/sha256';
import { writePackageFile } from '../../shared/remiss/packageContainer';
import { aDocx, aPackageDocument, aPdf } from '../../tests/support/documentFiles';
import { aPackage } from '../../tests/support/packageFiles';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { saveBody } from './bodies';
import { readDocumentFile } from './documents';
import { deletePackage, importPackageFile } from './packages';
import { databaseContents, storedAnswer, storedEarlierAnswer } from '../../tests/support/rowArbitraries';
import { comparable, currentShape, databaseAtVersion, rowsAtVersion } from '../../tests/support/schemaFixtures';
import { createBackup, readBackup, readText, restoreBackup } from './backup';
import { removeRestoreLeftovers } from './restoreLeftovers';
import type { DocumentFileRecord, MalsamtalDatabase, PackageRecord, SettingRow } from './db';

afterEach(() => {
  vi.unstubAllGlobals();
});

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
    goalId: null,
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
    await restoreBackup(database, read.content);
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
    await restoreBackup(database, read.content);

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

  it('restores a body profile’s letterhead logo byte for byte, with its alt text', async () => {
    const png = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures/logo.png')));
    const database = createTestDatabase();
    const logo = { mediaType: 'image/png' as const, bytes: png, width: 240, height: 80, altText: 'Vaggeryds kommuns logotyp' };
    const body = await saveBody(database, null, { name: 'Barn- och utbildningsnämnden', kind: 'namnd', ownGoals: [], logo });
    const file = await createBackup(database, 'manual', '0.1.0');

    await saveBody(database, body.id, { name: body.name, kind: 'namnd', ownGoals: [], logo: null });
    const read = await readBackup(database, file);
    if (!read.ok) throw new Error(`backup refused: ${read.problem.code}`);
    await restoreBackup(database, read.content);

    const restored = (await database.bodies.get(body.id))?.logo;
    expect(restored).toMatchObject({ mediaType: 'image/png', width: 240, height: 80, altText: 'Vaggeryds kommuns logotyp' });
    expect(Array.from(restored!.bytes)).toEqual(Array.from(png));
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
    await restoreBackup(database, read.content);

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
    await expect(restoreBackup(database, read.content)).rejects.toThrow();
    database.notes.hook('creating').unsubscribe(diskFull);
    expect(await dump(database)).toEqual(before);
  });
});

describe('what a backup holds, row by row', () => {
  it('has a row schema for every table of the database, and no other', () => {
    expect(
      createTestDatabase()
        .tables.map((table) => table.name)
        .sort(),
    ).toEqual([...backupTableNames].sort());
  });

  it('holds each table’s rows to the table’s own type', () => {
    expectTypeOf<BackupRow<'meetings'>>().toExtend<Meeting>();
    expectTypeOf<BackupRow<'settings'>>().toExtend<SettingRow>();
    expectTypeOf<BackupRow<'packages'>>().toExtend<PackageRecord>();
    expectTypeOf<BackupRow<'bodies'>>().toExtend<Body>();
    expectTypeOf<BackupRow<'comments'>>().toExtend<GoalComment>();
    expectTypeOf<BackupRow<'dissents'>>().toExtend<Dissent>();
    expectTypeOf<BackupRow<'decisions'>>().toExtend<DecisionRecord>();
    expectTypeOf<BackupRow<'notes'>>().toExtend<Note>();
    expectTypeOf<BackupRow<'exports'>>().toExtend<ExportRecord>();
    expectTypeOf<BackupRow<'sessions'>>().toExtend<Omit<MeetingSession, 'questionIndex' | 'blanked' | 'timerHidden'>>();
    expectTypeOf<BackupRow<'answers'>>().toExtend<CompiledAnswer>();
    expectTypeOf<BackupRow<'rounds'>>().toExtend<RoundRecord>();
    expectTypeOf<BackupRow<'roundReports'>>().toExtend<ReportDraft>();
    expectTypeOf<BackupRow<'earlierAnswers'>>().toExtend<EarlierAnswer>();
    expectTypeOf<BackupRow<'documentFiles'>>().toExtend<DocumentFileRecord>();
  });

  it('restores whatever this version writes, exactly: drafts, old rows, any typed character', async () => {
    await fc.assert(
      fc.asyncProperty(databaseContents, async ({ answers, earlierAnswers, ...tables }) => {
        const source = createTestDatabase();
        const compiled = await Promise.all(answers.map(storedAnswer));
        const earlier = await Promise.all(earlierAnswers.map(storedEarlierAnswer));
        await source.transaction('rw', source.tables, async () => {
          for (const [name, rows] of Object.entries(tables)) await source.table(name).bulkAdd(rows);
          await source.answers.bulkAdd(compiled);
          await source.earlierAnswers.bulkAdd(earlier);
        });
        const backedUp = await dump(source);
        const file = await createBackup(source, 'manual', '0.1.0');

        const database = createTestDatabase();
        await fillWithAMeeting(database, 'Socialnämnden');
        const read = await readBackup(database, file);
        expect(read.ok ? null : read.problem).toBeNull();
        if (read.ok) await restoreBackup(database, read.content);
        expect(await dump(database)).toEqual(backedUp);
        await Promise.all([source.delete(), database.delete()]);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it.each(Object.keys(rowsAtVersion).map(Number))('restores a backup a version %i laptop made, through the migrations', async (version) => {
    const old = await databaseAtVersion(`backup-from-${version}-${crypto.randomUUID()}`, version);
    const file = await createBackupFile({
      databaseExport: await readText(await exportDB(old)),
      createdAt: new Date('2020-10-01T08:00:00Z'),
      appVersion: '0.0.9',
      reason: 'automatic',
    });
    old.close();

    const database = createTestDatabase();
    await fillWithAMeeting(database, 'Kommunstyrelsen');
    const read = await readBackup(database, file);
    if (!read.ok) throw new Error(`backup refused: ${JSON.stringify(read.problem)}`);
    await restoreBackup(database, read.content);
    for (const [table, rows] of Object.entries(await rowsAtVersion[version]!())) {
      const keyPath = database.table(table).schema.primKey.keyPath!;
      expect(await database.table(table).count(), table).toBe(rows.length);
      for (const row of rows) {
        const key = Array.isArray(keyPath) ? keyPath.map((part) => row[part] as string) : (row[keyPath] as string);
        expect(comparable(await database.table(table).get(key)), `${table} ${String(key)}`).toMatchObject(
          comparable(currentShape(table, row)) as object,
        );
      }
    }
    expect(await database.meetings.get('m-Kommunstyrelsen')).toBeUndefined();
  });

  it('restores a backup the app wrote with a 50 MB note', async () => {
    const database = createTestDatabase();
    await fillWithAMeeting(database, 'Kultur- och fritidsnämnden');
    const text = 'Ordföranden läser upp hela förslaget till mål. '.repeat(Math.ceil((50 * 1024 * 1024) / 47)).slice(0, 50 * 1024 * 1024);
    await database.notes.update('n-Kultur- och fritidsnämnden', { text });
    const file = await createBackup(database, 'manual', '0.1.0');
    await database.notes.clear();

    const read = await readBackup(database, file);
    if (!read.ok) throw new Error(`backup refused: ${JSON.stringify(read.problem)}`);
    await restoreBackup(database, read.content);
    const restored = await database.notes.get('n-Kultur- och fritidsnämnden');
    expect(restored?.text.length).toBe(50 * 1024 * 1024);
    expect(restored?.text === text).toBe(true);
  }, 120_000);
});

describe('a restore cut short', () => {
  async function createScratch(name: string): Promise<void> {
    const scratch = new Dexie(name);
    scratch.version(5).stores({ meetings: 'id' });
    await scratch.open();
    scratch.close();
  }

  it('leaves no scratch database behind when it fails', async () => {
    const database = createTestDatabase();
    await fillWithAMeeting(database, 'Kultur- och fritidsnämnden');
    const read = await readBackup(database, await createBackup(database, 'manual', '0.1.0'));
    if (!read.ok) throw new Error(read.problem.code);
    const failing = { ...read.content, tables: [...read.content.tables, { ...read.content.tables[0]!, schema: '&bodyName' }] };
    await expect(restoreBackup(database, failing)).rejects.toThrow();
    expect((await Dexie.getDatabaseNames()).filter((name) => name.startsWith(`${database.name}-restore-`))).toEqual([]);
  });

  it('has its scratch database removed at the next start, unless a restore in another window still holds it', async () => {
    const database = createTestDatabase();
    const killed = `${database.name}-restore-${crypto.randomUUID()}`;
    const running = `${database.name}-restore-${crypto.randomUUID()}`;
    const unrelated = `${database.name}-anteckningar`;
    await Promise.all([createScratch(killed), createScratch(running), createScratch(unrelated)]);
    // The restore under way holds a Web Lock named after its scratch database; the killed one's lock died with its page.
    vi.stubGlobal('navigator', { locks: { query: async () => ({ held: [{ name: running, mode: 'exclusive' }], pending: [] }) } });

    expect(await removeRestoreLeftovers(database)).toEqual([killed]);
    const names = await Dexie.getDatabaseNames();
    expect(names).not.toContain(killed);
    expect(names).toEqual(expect.arrayContaining([running, unrelated]));
  });
});
