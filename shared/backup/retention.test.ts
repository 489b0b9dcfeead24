import { describe, expect, it } from 'vitest';
import { automaticBackupFileName, backupsToDelete, parseAutomaticBackupFileName, type StoredBackup } from './retention';

const now = new Date('2026-11-25T12:00:00Z');
const hoursAgo = (hours: number): StoredBackup => {
  const createdAt = new Date(now.getTime() - hours * 3_600_000);
  return { name: automaticBackupFileName(createdAt, 'msbackup'), createdAt };
};

describe('automatic backup retention', () => {
  it('keeps everything while there are no more than twenty', () => {
    expect(
      backupsToDelete(
        Array.from({ length: 20 }, (_, i) => hoursAgo(i)),
        now,
      ),
    ).toEqual([]);
  });

  it('keeps the latest twenty and the newest of each of the last thirty days', () => {
    // Four backups a day for 60 days: the 20 newest cover the last five days.
    const backups = Array.from({ length: 240 }, (_, i) => hoursAgo(i * 6));
    const deleted = new Set(backupsToDelete(backups, now));
    const kept = backups.filter((backup) => !deleted.has(backup.name));
    const days = new Set(kept.map((backup) => backup.createdAt.toISOString().slice(0, 10)));
    expect(kept.slice(0, 20)).toEqual(backups.slice(0, 20));
    // 30 days back from noon touch 31 calendar days; each has its newest backup kept, and only that one past the 20.
    expect(days.size).toBe(31);
    const olderKept = kept.slice(20).map((backup) => backup.createdAt.toISOString().slice(0, 10));
    expect(new Set(olderKept).size).toBe(olderKept.length);
    expect(kept.every((backup) => now.getTime() - backup.createdAt.getTime() < 30 * 24 * 3_600_000)).toBe(true);
  });

  it('counts days as the user’s calendar days, not UTC ones', () => {
    const at = (iso: string): StoredBackup => ({ name: automaticBackupFileName(new Date(iso), 'msbackup'), createdAt: new Date(iso) });
    // Past the twenty newest: 23:15 and 23:45 UTC on the 20th are 00:15 and 00:45 on the 21st in Stockholm.
    const recent = Array.from({ length: 20 }, (_, i) => hoursAgo(i));
    const [late, later, noon] = [at('2026-11-20T23:15:00Z'), at('2026-11-20T23:45:00Z'), at('2026-11-20T12:00:00Z')];
    const all = [...recent, late, later, noon];
    // In Stockholm the two late ones share the 21st (the newer is kept) and noon keeps the 20th.
    expect(backupsToDelete(all, now, undefined, 'Europe/Stockholm')).toEqual([late.name]);
    // Counted in UTC all three fall on the 20th, and noon's backup would be lost.
    expect(backupsToDelete(all, now, undefined, 'UTC')).toEqual([late.name, noon.name]);
  });

  it('reads the time back from the file name and ignores other files', () => {
    const { name, createdAt } = hoursAgo(3);
    expect(parseAutomaticBackupFileName(name, 'msbackup')).toEqual(createdAt);
    expect(parseAutomaticBackupFileName('semester.jpg', 'msbackup')).toBeNull();
    expect(parseAutomaticBackupFileName(name.replace('.msbackup', '.txt'), 'msbackup')).toBeNull();
  });
});
