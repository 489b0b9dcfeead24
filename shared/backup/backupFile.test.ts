import { describe, expect, it } from 'vitest';
import { dexieExportOf, sealedBackup, typesonBytes } from '../../tests/support/backupFiles';
import { rowsAtVersion, type TableRows } from '../../tests/support/schemaFixtures';
import { sha256Hex } from '../format/sha256';
import { appFileMaxBytes, openableMaxBytes } from '../files/appFiles';
import { backupProblemMessage } from '../i18n/catalog/backup';
import { messagesFor } from '../i18n/messages';
import { packageLimits } from '../remiss/packageFile';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_CHARACTERS,
  STORED_DOCUMENTS_MAX_BYTES,
  createBackupFile,
  readBackupFile,
  type BackupProblem,
} from './backupFile';
import { MAX_SAVE_FILE_BYTES } from '../ipc/contract';

const meeting = (rowsAtVersion[2]!() as TableRows).meetings![0]!;
const note = (rowsAtVersion[2]!() as TableRows).notes![0]!;

function exportOf(meetings: unknown[], databaseVersion = 2, notes: unknown[] = [note]): string {
  return dexieExportOf({ meetings: meetings as TableRows[string], notes: notes as TableRows[string] }, databaseVersion);
}

/** The latest schema version the app has released. */
const currentVersion = Math.max(...Object.keys(rowsAtVersion).map(Number));

const backup = (databaseExport = exportOf([meeting])) => sealedBackup(databaseExport);

async function problemOf(databaseExport: string): Promise<BackupProblem | null> {
  const result = await readBackupFile(await sealedBackup(databaseExport), currentVersion);
  return result.ok ? null : result.problem;
}

describe('the limits that keep documents restorable', () => {
  it('lets a backup carry every document a laptop may keep, as base64, with room for years of meetings', () => {
    const documentsAsBase64 = Math.ceil(STORED_DOCUMENTS_MAX_BYTES / 3) * 4;
    expect(documentsAsBase64 + 30 * 1024 * 1024).toBeLessThanOrEqual(MAX_BACKUP_CHARACTERS);
    // The shell saves and opens what the app writes: the backup, and a package file with all its documents.
    expect(MAX_BACKUP_CHARACTERS).toBeLessThanOrEqual(MAX_SAVE_FILE_BYTES);
    expect(packageLimits.fileBytes).toBeLessThanOrEqual(appFileMaxBytes.package);
    expect(packageLimits.documentBytes).toBeLessThanOrEqual(openableMaxBytes.document);
    expect(MAX_BACKUP_CHARACTERS).toBeLessThanOrEqual(appFileMaxBytes.backup);
    expect(packageLimits.documentsTotalBytes).toBeLessThanOrEqual(STORED_DOCUMENTS_MAX_BYTES);
  });
});

describe('backup files', () => {
  it('reads back what it writes, with a summary of what it holds and the checked rows to restore', async () => {
    const file = await createBackupFile({
      databaseExport: exportOf([meeting]),
      createdAt: new Date('2020-09-15T18:00:00Z'),
      appVersion: '0.1.0',
      reason: 'manual',
    });
    const result = await readBackupFile(file, 2);
    expect(result).toEqual({
      ok: true,
      content: {
        databaseVersion: 2,
        tables: [
          { name: 'meetings', schema: 'id,date,status,updatedAt,packageId,bodyId', rows: [meeting] },
          { name: 'notes', schema: 'id,meetingId,[meetingId+createdAt]', rows: [note] },
        ],
      },
      summary: {
        createdAt: '2020-09-15T18:00:00.000Z',
        appVersion: '0.1.0',
        reason: 'manual',
        databaseVersion: 2,
        tables: [
          { name: 'meetings', rowCount: 1 },
          { name: 'notes', rowCount: 1 },
        ],
        meetings: [{ bodyName: 'Kultur- och fritidsnämnden', date: '2020-08-20', status: 'adjusted' }],
      },
    });
  });

  it('takes the rows every released schema version held, as that version wrote them', async () => {
    for (const version of Object.keys(rowsAtVersion).map(Number)) {
      const rows = await rowsAtVersion[version]!();
      const result = await readBackupFile(await sealedBackup(dexieExportOf(rows, version)), currentVersion);
      expect(result.ok ? null : result.problem, `version ${version}`).toBeNull();
    }
  });

  it('refuses a backup whose content was changed after it was written', async () => {
    const file = JSON.parse(await backup()) as { database: string };
    file.database = file.database.replace('Ta upp lokalfrågan', 'Glöm lokalfrågan');
    expect(await readBackupFile(JSON.stringify(file), 2)).toEqual({ ok: false, problem: { code: 'checksumMismatch' } });
  });

  it('refuses a truncated file, another format, and a newer format or database', async () => {
    const text = await backup();
    expect(await readBackupFile(text.slice(0, text.length / 2), 2)).toEqual({ ok: false, problem: { code: 'notJson' } });
    expect(await readBackupFile('{"format":"annat","version":1}', 2)).toEqual({ ok: false, problem: { code: 'wrongFormat' } });
    expect(await readBackupFile(JSON.stringify({ ...JSON.parse(text), version: 7 }), 2)).toEqual({
      ok: false,
      problem: { code: 'newerFormat', version: 7 },
    });
    expect(await readBackupFile(await backup(exportOf([meeting], 9)), 2)).toEqual({
      ok: false,
      problem: { code: 'newerDatabase', version: 9 },
    });
  });

  it('refuses prototype-pollution keys wherever they hide', async () => {
    const polluted = await backup(exportOf([meeting]).replace('"id":"v2-m1"', '"__proto__":{"x":1},"id":"v2-m1"'));
    expect(await readBackupFile(polluted, 2)).toEqual({ ok: false, problem: { code: 'damaged', detail: 'forbiddenKey' } });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses a correctly sealed backup whose meeting has an impossible date, naming the table and the row', async () => {
    for (const date of ['2020-13-01', '2023-02-31', '15 september 2020']) {
      expect(await problemOf(exportOf([meeting, { ...meeting, id: 'm-2', date }])), date).toEqual({
        code: 'invalidRow',
        row: { table: 'meetings', position: 2, key: 'm-2' },
      });
    }
    const problem = (await problemOf(exportOf([{ ...meeting, date: '2020-13-01' }])))!;
    expect(backupProblemMessage(messagesFor('sv').backup, problem)).toBe(
      'Säkerhetskopian är skadad eller ändrad och kan inte återställas. Möten, post 1 (id ”v2-m1”), går inte att läsa. Inget har ändrats.',
    );
  });

  it('refuses rows that are not what the app writes: a wrong type, a missing field, an unknown choice, no id', async () => {
    const invalid = [
      { ...note, text: 42 },
      { ...note, marker: 'hemligt' },
      { ...note, createdAt: '2020-02-30T10:00:00.000Z' },
      { id: 'n-9', meetingId: 'v2-m1' },
      { ...note, id: 42 },
      'en anteckning',
    ];
    for (const row of invalid) {
      const problem = await problemOf(exportOf([meeting], 2, [row]));
      expect(problem, JSON.stringify(row)).toMatchObject({ code: 'invalidRow', row: { table: 'notes', position: 1 } });
    }
    expect(await problemOf(exportOf([meeting], 2, [{ ...note, id: 42 }]))).toEqual({
      code: 'invalidRow',
      row: { table: 'notes', position: 1 },
    });
  });

  it('refuses a table the app does not have, and two rows under one key', async () => {
    const withSecrets = JSON.parse(exportOf([meeting])) as { data: { tables: object[]; data: object[] } };
    withSecrets.data.tables.push({ name: 'hemligheter', schema: 'id', rowCount: 1 });
    withSecrets.data.data.push({ tableName: 'hemligheter', inbound: true, rows: [{ id: 'x' }] });
    const unknown = (await problemOf(JSON.stringify(withSecrets)))!;
    expect(unknown).toEqual({ code: 'unknownTable', table: 'hemligheter' });
    expect(backupProblemMessage(messagesFor('sv').backup, unknown)).toBe(
      'Säkerhetskopian innehåller uppgifter av ett slag som Målsamtal inte känner till (”hemligheter”) och kan inte återställas. Inget har ändrats.',
    );

    const twice = (await problemOf(exportOf([meeting, { ...meeting, bodyName: 'Socialnämnden' }])))!;
    expect(twice).toEqual({ code: 'duplicateRow', row: { table: 'meetings', position: 2, key: 'v2-m1' } });
    expect(backupProblemMessage(messagesFor('en').backup, twice)).toBe(
      'The backup is damaged or altered and cannot be restored. Meetings, entry 2 (id “v2-m1”), has the same id as an entry before it. Nothing has changed.',
    );
  });

  it('reads the marks dexie-export-import writes for arrays and undefined values, and refuses any other', async () => {
    const marked = { ...meeting, $types: { participants: 'arrayNonindexKeys', place: 'undef' } };
    // Version 1 wrote meetings without a place: the mark reads as the field absent, the array as an array.
    const result = await readBackupFile(await sealedBackup(exportOf([marked], 1, [])), 2);
    if (!result.ok) throw new Error(result.problem.code);
    const { place: _place, ...withoutPlace } = meeting;
    expect(result.content.tables[0]!.rows).toEqual([withoutPlace]);
    // …while version 2 always writes a place: the same row is refused there, not restored without one.
    expect(await problemOf(exportOf([marked]))).toMatchObject({ code: 'invalidRow' });

    // A number that is none may stand only where the app could have written one: not as a note's text.
    for (const $types of [{ text: 'blob' }, { 'a.b': 'undef' }, { participants: 'imagebitmap' }, { text: 'nan' }, true]) {
      expect(await problemOf(exportOf([meeting], 2, [{ ...note, $types }])), JSON.stringify($types)).toMatchObject({
        code: 'invalidRow',
        row: { table: 'notes', position: 1 },
      });
    }
  });

  it('reads an object stored twice in a row as two equal objects, and refuses references that lead nowhere or round', async () => {
    const rating = { kind: 'step', value: 4 };
    const unlocked = {
      id: 'v2-m1:mal-3',
      meetingId: 'v2-m1',
      subject: 'mal-3',
      rating,
      draft: 'Kulturlivet kan nå längre.',
      agreedText: null,
      agreedAt: null,
      history: [
        { text: 'Kulturlivet räcker.', agreedAt: '2020-08-20T16:00:00.000Z', unlockedAt: '2020-08-20T16:05:00.000Z', rating: '#rating' },
      ],
      updatedAt: '2020-08-20T16:10:00.000Z',
      $types: { history: 'arrayNonindexKeys', 'history.0.rating': '#' },
    };
    const withComments = (comment: object) => dexieExportOf({ meetings: [meeting], comments: [comment] } as unknown as TableRows, 2);
    const result = await readBackupFile(await sealedBackup(withComments(unlocked)), 2);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.content.tables[1]!.rows[0]).toMatchObject({ rating, history: [{ text: 'Kulturlivet räcker.', rating }] });

    for (const reference of ['#history', '#history.0.rating', '#nowhere', '#draft', '#']) {
      const history = [{ ...unlocked.history[0], rating: reference }];
      expect(await problemOf(withComments({ ...unlocked, history })), reference).toMatchObject({
        code: 'invalidRow',
        row: { table: 'comments', position: 1 },
      });
    }
  });

  it('reads a document’s bytes as dexie-export-import writes them, exactly, and refuses bytes marked or written otherwise', async () => {
    const stored = (await rowsAtVersion[11]!()).documentFiles![0]!;
    const bytes = stored.bytes as Uint8Array;
    const withFile = (file: object) => dexieExportOf({ documentFiles: [file] } as unknown as TableRows, 11);
    // A view into a larger buffer, as IndexedDB may hand one back: only the view's bytes are the document.
    const larger = new Uint8Array([9, 9, ...bytes, 9]);
    for (const view of [bytes, larger.subarray(2, 2 + bytes.length)]) {
      const result = await readBackupFile(await sealedBackup(withFile({ ...stored, bytes: view })), currentVersion);
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      const read = result.content.tables[0]!.rows[0]!.bytes as Uint8Array;
      expect(read).toBeInstanceOf(Uint8Array);
      expect(Array.from(read)).toEqual(Array.from(bytes));
      expect(read.buffer.byteLength).toBe(bytes.length);
    }

    const encoded = typesonBytes(bytes);
    const marks = { bytes: 'uint8array2', 'bytes.buffer': 'arraybuffer' };
    for (const [what, file] of [
      ['no mark on the buffer', { ...stored, bytes: encoded, $types: { bytes: 'uint8array2' } }],
      ['a bare ArrayBuffer', { ...stored, bytes: encoded.buffer, $types: { bytes: 'arraybuffer' } }],
      ['a buffer that is not base64', { ...stored, bytes: { ...encoded, buffer: 'JVBE%' }, $types: marks }],
      ['a view beyond its buffer', { ...stored, bytes: { ...encoded, length: bytes.length + 1 }, $types: marks }],
      ['a key typeson does not write', { ...stored, bytes: { ...encoded, type: 'application/pdf' }, $types: marks }],
      ['a Blob', { ...stored, bytes: { type: 'application/pdf', stringContents: '%PDF' }, $types: { bytes: 'blob' } }],
      ['numbers, not bytes', { ...stored, bytes: Array.from(bytes) }],
    ] as const)
      expect(await problemOf(withFile(file)), what).toMatchObject({ code: 'invalidRow', row: { table: 'documentFiles', position: 1 } });
  });

  it('knows a document by its package and its id together: a second row under the same pair is refused, naming both', async () => {
    const stored = (await rowsAtVersion[11]!()).documentFiles![0]!;
    const rows = [stored, { ...stored, documentId: 'bilaga-2' }, { ...stored, packageId: 'en-annan-remiss' }, { ...stored }];
    expect(await problemOf(dexieExportOf({ documentFiles: rows }, 11))).toEqual({
      code: 'duplicateRow',
      row: { table: 'documentFiles', position: 4, key: 'v11-remiss / bilaga-1' },
    });
  });

  it('refuses a table whose primary key is not the one the app reads it by', async () => {
    const export_ = JSON.parse(exportOf([meeting])) as { data: { tables: { schema: string }[] } };
    export_.data.tables[0]!.schema = 'bodyName,id';
    expect(await problemOf(JSON.stringify(export_))).toEqual({ code: 'damaged', detail: 'meetings' });
  });

  it('refuses text nested deeper than any backup, saying so rather than calling it broken', async () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    expect(await readBackupFile(deep, currentVersion)).toEqual({ ok: false, problem: { code: 'tooDeep', maxDepth: 64 } });
    expect(await problemOf(deep)).toEqual({ code: 'tooDeep', maxDepth: 64 });
  });

  it('reads any backup the shell could have saved, and names the limit of one too large', async () => {
    expect(MAX_BACKUP_CHARACTERS).toBeGreaterThanOrEqual(MAX_SAVE_FILE_BYTES);
    const problem: BackupProblem = { code: 'tooLarge', maxMegabytes: MAX_BACKUP_CHARACTERS / (1024 * 1024) };
    expect(backupProblemMessage(messagesFor('sv').backup, problem)).toBe(
      'Filen är för stor för att vara en säkerhetskopia från Målsamtal: en säkerhetskopia är högst 200 MB.',
    );
  });

  it('still refuses an export whose meetings are not meetings when sealed by hand', async () => {
    const databaseExport = exportOf([{ id: 42 }]);
    const file = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: '2020-09-15T18:00:00.000Z',
      appVersion: '0.1.0',
      reason: 'manual',
      checksum: { algorithm: 'SHA-256', value: await sha256Hex(databaseExport) },
      database: databaseExport,
    };
    expect(await readBackupFile(JSON.stringify(file), 2)).toEqual({
      ok: false,
      problem: { code: 'invalidRow', row: { table: 'meetings', position: 1 } },
    });
  });
});
