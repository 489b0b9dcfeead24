import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_RECORD_FILE, readDataRecord, readLatestAutomaticBackup, storeBackupInFolder, writeDataRecord } from './backups';
import { backupFolderOnDisk } from './files';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-backups-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function folderAt(clock: { now: Date }) {
  return backupFolderOnDisk(
    () => path.join(root, 'backups'),
    () => clock.now,
  );
}

describe('the automatic backup folder', () => {
  it('writes the backup whole under a name that carries its time', async () => {
    const clock = { now: new Date('2020-09-15T18:00:00.000Z') };
    const name = await storeBackupInFolder(folderAt(clock), new TextEncoder().encode('{"format":"malsamtal.sakerhetskopia"}'));
    expect(name).toBe('malsamtal-2020-09-15T18-00-00-000Z.msbackup');
    expect(await readFile(path.join(root, 'backups', name), 'utf8')).toBe('{"format":"malsamtal.sakerhetskopia"}');
  });

  it('keeps the latest twenty of a busy day and never touches other files', async () => {
    const clock = { now: new Date('2020-09-15T08:00:00.000Z') };
    const deps = folderAt(clock);
    await mkdir(path.join(root, 'backups'), { recursive: true });
    await writeFile(path.join(root, 'backups', 'min egen kopia.msbackup'), 'x');
    for (let minute = 0; minute < 25; minute += 1) {
      clock.now = new Date(Date.UTC(2020, 8, 15, 8, minute));
      await storeBackupInFolder(deps, new Uint8Array([minute]));
    }
    const names = (await readdir(path.join(root, 'backups'))).sort();
    expect(names).toHaveLength(21);
    expect(names).toContain('min egen kopia.msbackup');
    expect(names).not.toContain('malsamtal-2020-09-15T08-04-00-000Z.msbackup');
    expect(names).toContain('malsamtal-2020-09-15T08-05-00-000Z.msbackup');
  });
});

describe('the record of what the database held, beside the backups', () => {
  it('is written whole and read back, and says nothing before there is one', async () => {
    const deps = folderAt({ now: new Date('2020-09-15T18:00:00.000Z') });
    expect(await readDataRecord(deps)).toBeNull();
    await writeDataRecord(deps, 3);
    expect(await readDataRecord(deps)).toEqual({ meetings: 3, recordedAt: '2020-09-15T18:00:00.000Z' });
    expect(JSON.parse(await readFile(path.join(root, 'backups', DATA_RECORD_FILE), 'utf8'))).toEqual({
      meetings: 3,
      recordedAt: '2020-09-15T18:00:00.000Z',
    });
  });

  it('reads a damaged or foreign record as none, rather than failing the start', async () => {
    const deps = folderAt({ now: new Date('2020-09-15T18:00:00.000Z') });
    await mkdir(path.join(root, 'backups'), { recursive: true });
    for (const text of ['{"meetings": 3', '{"meetings": -1, "recordedAt": "x"}', '[]', 'null', '{"meetings": "3", "recordedAt": "x"}']) {
      await writeFile(path.join(root, 'backups', DATA_RECORD_FILE), text);
      expect(await readDataRecord(deps), text).toBeNull();
    }
  });

  it('finds the newest automatic backup by the time in its name, and reads it whole', async () => {
    const clock = { now: new Date('2020-09-15T08:00:00.000Z') };
    const deps = folderAt(clock);
    expect(await readLatestAutomaticBackup(deps)).toBeNull();
    await storeBackupInFolder(deps, new TextEncoder().encode('äldre'));
    clock.now = new Date('2020-09-15T09:30:00.000Z');
    await storeBackupInFolder(deps, new TextEncoder().encode('nyast'));
    await writeFile(path.join(root, 'backups', 'zzz egen kopia.msbackup'), 'inte vår');
    await writeDataRecord(deps, 2);

    const latest = await readLatestAutomaticBackup(deps);
    expect(latest?.backup).toEqual({ name: 'malsamtal-2020-09-15T09-30-00-000Z.msbackup', createdAt: clock.now });
    expect(new TextDecoder().decode(latest?.bytes)).toBe('nyast');
  });
});
