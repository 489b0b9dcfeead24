import { useLiveQuery } from 'dexie-react-hooks';
import { parsePackageFile, type PackageFileIssue } from '../../shared/remiss/packageFile';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import type { MalsamtalDatabase, PackageRecord } from './db';
import { useDatabase } from './DatabaseProvider';
import { writeReconnecting } from './reconnect';

export interface PackageSummary {
  record: PackageRecord;
  /** How many meetings are held on the package; such a package cannot be edited, deleted or replaced. */
  meetingCount: number;
}

/**
 * Whether the package may be edited: not the built-in example, and not one a meeting is held on, whose attachment
 * and answer must stay as the meeting agreed them. Either way a copy can be edited.
 */
export function isEditable({ record, meetingCount }: PackageSummary): boolean {
  return record.origin !== 'builtIn' && meetingCount === 0;
}

/** Why a package may not be edited, deleted or replaced. */
export type PackageRefusal = { outcome: 'refused'; reason: 'builtIn' } | { outcome: 'refused'; reason: 'inUse'; meetingCount: number };

export type ImportOutcome =
  | { outcome: 'invalid'; issues: PackageFileIssue[] }
  | { outcome: 'conflict'; incoming: RemissPackage; existing: PackageRecord; replaceRefusal: PackageRefusal | null }
  | { outcome: 'imported'; record: PackageRecord };

const compareSummaries = (a: PackageSummary, b: PackageSummary) =>
  Number(b.record.origin === 'builtIn') - Number(a.record.origin === 'builtIn') ||
  b.record.content.issuedOn.localeCompare(a.record.content.issuedOn) ||
  a.record.content.title.localeCompare(b.record.content.title, 'sv');

/** Every package with the number of meetings held on it; the built-in example first, then the newest remiss. */
export function usePackageSummaries(): PackageSummary[] | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const [records, packageIds] = await Promise.all([database.packages.toArray(), database.meetings.orderBy('packageId').keys()]);
    const counts = new Map<string, number>();
    for (const id of packageIds) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
    return records.map((record) => ({ record, meetingCount: counts.get(record.id) ?? 0 })).sort(compareSummaries);
  }, [database]);
}

/** One package: undefined while loading, null when there is none by that id. */
export function usePackage(id: string): PackageRecord | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (await database.packages.get(id)) ?? null, [database, id]);
}

/** One package with the number of meetings held on it: undefined while loading, null when there is none by that id. */
export function usePackageSummary(id: string): PackageSummary | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const [record, meetingCount] = await Promise.all([database.packages.get(id), database.meetings.where('packageId').equals(id).count()]);
    return record ? { record, meetingCount } : null;
  }, [database, id]);
}

async function refusalToRemove(database: MalsamtalDatabase, record: PackageRecord): Promise<PackageRefusal | null> {
  if (record.origin === 'builtIn') return { outcome: 'refused', reason: 'builtIn' };
  const meetingCount = await database.meetings.where('packageId').equals(record.id).count();
  return meetingCount > 0 ? { outcome: 'refused', reason: 'inUse', meetingCount } : null;
}

/** A fresh id for a copy: the original's, so its origin stays readable, plus a short unique tail. */
function copyId(id: string): string {
  return `${id.slice(0, 60)}-kopia-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Reads a package file into the database. A file that is not a valid package changes nothing; a package whose
 * id is already here is never overwritten silently — the caller asks the user and calls resolveImportConflict.
 */
export async function importPackageFile(database: MalsamtalDatabase, bytes: Uint8Array, now = new Date()): Promise<ImportOutcome> {
  const parsed = parsePackageFile(bytes);
  if (!parsed.ok) return { outcome: 'invalid', issues: parsed.issues };
  const incoming = parsed.package;
  return database.transaction('rw', database.packages, database.meetings, async (): Promise<ImportOutcome> => {
    const existing = await database.packages.get(incoming.id);
    if (existing) return { outcome: 'conflict', incoming, existing, replaceRefusal: await refusalToRemove(database, existing) };
    const timestamp = now.toISOString();
    const record: PackageRecord = { id: incoming.id, content: incoming, origin: 'imported', createdAt: timestamp, updatedAt: timestamp };
    await database.packages.add(record);
    return { outcome: 'imported', record };
  });
}

/** The user's answer to an import conflict: replace the stored package (only when nothing depends on it), or keep both. */
export async function resolveImportConflict(
  database: MalsamtalDatabase,
  incoming: RemissPackage,
  choice: 'replace' | 'copy',
  copyTitle: (title: string) => string,
  now = new Date(),
): Promise<{ outcome: 'imported'; record: PackageRecord } | PackageRefusal> {
  const timestamp = now.toISOString();
  return database.transaction('rw', database.packages, database.meetings, async () => {
    if (choice === 'copy') {
      const id = copyId(incoming.id);
      const record: PackageRecord = {
        id,
        content: { ...incoming, id, title: copyTitle(incoming.title) },
        origin: 'imported',
        createdAt: timestamp,
        updatedAt: timestamp,
      };
      await database.packages.add(record);
      return { outcome: 'imported' as const, record };
    }
    const existing = await database.packages.get(incoming.id);
    if (existing) {
      const refusal = await refusalToRemove(database, existing);
      if (refusal) return refusal;
    }
    const record: PackageRecord = {
      id: incoming.id,
      content: incoming,
      origin: 'imported',
      createdAt: existing?.createdAt ?? timestamp,
      updatedAt: timestamp,
    };
    await database.packages.put(record);
    return { outcome: 'imported' as const, record };
  });
}

/** A copy the strategy office may edit, e.g. of the built-in example. */
export async function duplicatePackage(
  database: MalsamtalDatabase,
  id: string,
  copyTitle: (title: string) => string,
  now = new Date(),
): Promise<PackageRecord> {
  return database.transaction('rw', database.packages, async () => {
    const original = await database.packages.get(id);
    if (!original) throw new Error(`No package ${id}`);
    const copy = copyId(original.content.id);
    const timestamp = now.toISOString();
    const record: PackageRecord = {
      id: copy,
      content: { ...structuredClone(original.content), id: copy, title: copyTitle(original.content.title) },
      origin: 'created',
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    await database.packages.add(record);
    return record;
  });
}

/** Deletes a package unless it is the built-in example or a meeting is held on it; checked in one transaction. */
export async function deletePackage(database: MalsamtalDatabase, id: string): Promise<{ outcome: 'deleted' } | PackageRefusal> {
  return database.transaction('rw', database.packages, database.meetings, async () => {
    const record = await database.packages.get(id);
    if (!record) return { outcome: 'deleted' as const };
    const refusal = await refusalToRemove(database, record);
    if (refusal) return refusal;
    await database.packages.delete(id);
    return { outcome: 'deleted' as const };
  });
}

/**
 * Stores the editor's draft. Neither the built-in example nor a package a meeting is held on is ever written over (a
 * meeting may have been created on it in another window since the editor opened); the editor offers a copy instead.
 */
export async function savePackageContent(database: MalsamtalDatabase, content: RemissPackage, now = new Date()): Promise<void> {
  await writeReconnecting(database, () =>
    database.transaction('rw', database.packages, database.meetings, async () => {
      const record = await database.packages.get(content.id);
      if (!record) throw new Error(`No package ${content.id}`);
      const refusal = await refusalToRemove(database, record);
      if (refusal) throw new Error(`The package ${content.id} is read-only: ${refusal.reason}`);
      await database.packages.put({ ...record, content, updatedAt: now.toISOString() });
    }),
  );
}
