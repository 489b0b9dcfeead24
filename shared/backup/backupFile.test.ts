import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../format/sha256';
import { appFileMaxBytes, openableMaxBytes } from '../files/appFiles';
import { MAX_SAVE_FILE_BYTES } from '../ipc/contract';
import { packageLimits } from '../remiss/packageFile';
import { BACKUP_FORMAT, createBackupFile, MAX_BACKUP_CHARACTERS, readBackupFile, STORED_DOCUMENTS_MAX_BYTES } from './backupFile';

function dexieExport(meetings: object[], databaseVersion = 2): string {
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'malsamtal',
      databaseVersion,
      tables: [
        { name: 'meetings', schema: 'id,date', rowCount: meetings.length },
        { name: 'notes', schema: 'id', rowCount: 1 },
      ],
      data: [
        { tableName: 'meetings', inbound: true, rows: meetings },
        { tableName: 'notes', inbound: true, rows: [{ id: 'n-1', text: 'Förslag: höj nivån för mål 2' }] },
      ],
    },
  });
}

const meeting = { id: 'm-1', bodyName: 'Barn- och utbildningsnämnden', date: '2020-09-15', status: 'held' };

async function backup(databaseExport = dexieExport([meeting])): Promise<string> {
  return createBackupFile({ databaseExport, createdAt: new Date('2020-09-15T18:00:00Z'), appVersion: '0.1.0', reason: 'manual' });
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
  it('reads back what it writes, with a summary of what it holds', async () => {
    const databaseExport = dexieExport([meeting]);
    const result = await readBackupFile(await backup(databaseExport), 2);
    expect(result).toEqual({
      ok: true,
      databaseExport,
      summary: {
        createdAt: '2020-09-15T18:00:00.000Z',
        appVersion: '0.1.0',
        reason: 'manual',
        databaseVersion: 2,
        tables: [
          { name: 'meetings', rowCount: 1 },
          { name: 'notes', rowCount: 1 },
        ],
        meetings: [{ bodyName: 'Barn- och utbildningsnämnden', date: '2020-09-15', status: 'held' }],
      },
    });
  });

  it('refuses a backup whose content was changed after it was written', async () => {
    const file = JSON.parse(await backup()) as { database: string };
    file.database = file.database.replace('höj nivån', 'sänk nivån');
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
    expect(await readBackupFile(await backup(dexieExport([meeting], 9)), 2)).toEqual({
      ok: false,
      problem: { code: 'newerDatabase', version: 9 },
    });
  });

  it('refuses prototype-pollution keys wherever they hide', async () => {
    const polluted = await backup(
      dexieExport([{ ...meeting, ['__proto__']: { admin: true } }]).replace('"id":"m-1"', '"__proto__":{"x":1},"id":"m-1"'),
    );
    expect(await readBackupFile(polluted, 2)).toEqual({ ok: false, problem: { code: 'damaged', detail: 'forbiddenKey' } });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses a correctly signed export whose meetings are not meetings', async () => {
    const databaseExport = dexieExport([{ id: 42 }]);
    const file = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: '2020-09-15T18:00:00.000Z',
      appVersion: '0.1.0',
      reason: 'manual',
      checksum: { algorithm: 'SHA-256', value: await sha256Hex(databaseExport) },
      database: databaseExport,
    };
    expect(await readBackupFile(JSON.stringify(file), 2)).toEqual({ ok: false, problem: { code: 'damaged', detail: 'meetings' } });
  });
});
