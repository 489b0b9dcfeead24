export interface StoredBackup {
  name: string;
  createdAt: Date;
}

export interface RetentionPolicy {
  /** The newest backups kept whatever their age. */
  keepLatest: number;
  /** For this many days back, the newest backup of each day is kept too. */
  dailyForDays: number;
}

export const automaticBackupRetention: RetentionPolicy = { keepLatest: 20, dailyForDays: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The backups that the policy lets go: all but the latest few and one a day for the last month. A day is the user's
 * calendar day (their time zone, the system's unless given), so a backup made just after midnight in Sweden counts
 * for the new day.
 */
export function backupsToDelete(
  backups: readonly StoredBackup[],
  now: Date,
  policy = automaticBackupRetention,
  timeZone?: string,
): string[] {
  const dayOf = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, policy.keepLatest).map((backup) => backup.name));
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const age = now.getTime() - backup.createdAt.getTime();
    const day = dayOf.format(backup.createdAt);
    if (age < policy.dailyForDays * DAY_MS && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup.name);
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}

/** An automatic backup's file name, which also carries its time so the folder can be pruned without opening files. */
export function automaticBackupFileName(createdAt: Date, extension: string): string {
  return `malsamtal-${createdAt.toISOString().replace(/[:.]/g, '-')}.${extension}`;
}

export function parseAutomaticBackupFileName(name: string, extension: string): Date | null {
  const match = new RegExp(`^malsamtal-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z\\.${extension}$`).exec(name);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
