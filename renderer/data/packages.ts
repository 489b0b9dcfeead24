import { useLiveQuery } from 'dexie-react-hooks';
import { STORED_DOCUMENTS_MAX_BYTES } from '../../shared/backup/backupFile';
import type { PackageFileIssue } from '../../shared/remiss/packageFile';
import { readPackageFile, type DocumentFile } from '../../shared/remiss/packageContainer';
import { emptyPackage } from '../../shared/remiss/emptyPackage';
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

/** A package read from a file, with its documents' bytes, not yet stored. */
export interface IncomingPackage {
  content: RemissPackage;
  documents: DocumentFile[];
}

/** Storing the package's documents would take this laptop's documents past what a backup can carry. */
export type StorageRefusal = { outcome: 'storageFull'; maxBytes: number };

export type ImportOutcome =
  | { outcome: 'invalid'; issues: PackageFileIssue[] }
  | { outcome: 'conflict'; incoming: IncomingPackage; existing: PackageRecord; replaceRefusal: PackageRefusal | null }
  | { outcome: 'imported'; record: PackageRecord }
  | StorageRefusal;

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

/** The bytes of the documents stored on this laptop, as the packages describe them, leaving one package out. */
async function storedDocumentBytes(database: MalsamtalDatabase, exceptPackageId: string | null): Promise<number> {
  let total = 0;
  await database.packages.each((record) => {
    if (record.id !== exceptPackageId) for (const document of record.content.documents) total += document.size;
  });
  return total;
}

/** Thrown where a refusal has no outcome of its own to travel in: the copy would take the laptop past the limit. */
export class StorageFullError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The documents on this laptop would exceed ${maxBytes} bytes`);
    this.name = 'StorageFullError';
  }
}

/** Refuses documents that would take the laptop's total past the limit; call inside the write's transaction. */
export async function storageRefusal(
  database: MalsamtalDatabase,
  addedBytes: number,
  exceptPackageId: string | null = null,
): Promise<StorageRefusal | null> {
  if (addedBytes === 0) return null;
  const total = (await storedDocumentBytes(database, exceptPackageId)) + addedBytes;
  return total > STORED_DOCUMENTS_MAX_BYTES ? { outcome: 'storageFull', maxBytes: STORED_DOCUMENTS_MAX_BYTES } : null;
}

const sizeOf = (content: RemissPackage) => content.documents.reduce((total, document) => total + document.size, 0);

/** Stores a package's documents under its id: rows of bytes, which its content describes. */
async function putDocumentFiles(database: MalsamtalDatabase, packageId: string, documents: readonly DocumentFile[]): Promise<void> {
  await database.documentFiles.bulkPut(documents.map(({ documentId, bytes }) => ({ packageId, documentId, bytes })));
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
  const parsed = await readPackageFile(bytes);
  if (!parsed.ok) return { outcome: 'invalid', issues: parsed.issues };
  const incoming: IncomingPackage = { content: parsed.package, documents: parsed.documents };
  const { content } = incoming;
  // One transaction: the package and every one of its documents are stored, or nothing is.
  return database.transaction('rw', database.packages, database.meetings, database.documentFiles, async (): Promise<ImportOutcome> => {
    const existing = await database.packages.get(content.id);
    if (existing) return { outcome: 'conflict', incoming, existing, replaceRefusal: await refusalToRemove(database, existing) };
    const full = await storageRefusal(database, sizeOf(content));
    if (full) return full;
    const timestamp = now.toISOString();
    const record: PackageRecord = { id: content.id, content, origin: 'imported', createdAt: timestamp, updatedAt: timestamp };
    await database.packages.add(record);
    await putDocumentFiles(database, record.id, incoming.documents);
    return { outcome: 'imported', record };
  });
}

/** The user's answer to an import conflict: replace the stored package (only when nothing depends on it), or keep both. */
export async function resolveImportConflict(
  database: MalsamtalDatabase,
  incoming: IncomingPackage,
  choice: 'replace' | 'copy',
  copyTitle: (title: string) => string,
  now = new Date(),
): Promise<{ outcome: 'imported'; record: PackageRecord } | PackageRefusal | StorageRefusal> {
  const timestamp = now.toISOString();
  const { content } = incoming;
  return database.transaction('rw', database.packages, database.meetings, database.documentFiles, async () => {
    if (choice === 'copy') {
      const full = await storageRefusal(database, sizeOf(content));
      if (full) return full;
      const id = copyId(content.id);
      const record: PackageRecord = {
        id,
        content: { ...content, id, title: copyTitle(content.title) },
        origin: 'imported',
        createdAt: timestamp,
        updatedAt: timestamp,
      };
      await database.packages.add(record);
      await putDocumentFiles(database, id, incoming.documents);
      return { outcome: 'imported' as const, record };
    }
    const existing = await database.packages.get(content.id);
    if (existing) {
      const refusal = await refusalToRemove(database, existing);
      if (refusal) return refusal;
    }
    const full = await storageRefusal(database, sizeOf(content), content.id);
    if (full) return full;
    const record: PackageRecord = {
      id: content.id,
      content,
      origin: 'imported',
      createdAt: existing?.createdAt ?? timestamp,
      updatedAt: timestamp,
    };
    await database.packages.put(record);
    await database.documentFiles.where('packageId').equals(content.id).delete();
    await putDocumentFiles(database, content.id, incoming.documents);
    return { outcome: 'imported' as const, record };
  });
}

/** A copy the strategy office may edit, e.g. of the built-in example, with copies of its documents. */
export async function duplicatePackage(
  database: MalsamtalDatabase,
  id: string,
  copyTitle: (title: string) => string,
  now = new Date(),
): Promise<PackageRecord> {
  return database.transaction('rw', database.packages, database.documentFiles, async () => {
    const original = await database.packages.get(id);
    if (!original) throw new Error(`No package ${id}`);
    const full = await storageRefusal(database, sizeOf(original.content));
    if (full) throw new StorageFullError(full.maxBytes);
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
    const files = await database.documentFiles.where('packageId').equals(id).toArray();
    await putDocumentFiles(database, copy, files);
    return record;
  });
}

/** Stores a new, empty package for the strategy office to write from nothing (see emptyPackage). */
export async function createEmptyPackage(database: MalsamtalDatabase, issuedOn: string, now = new Date()): Promise<PackageRecord> {
  const timestamp = now.toISOString();
  const id = `paket-${crypto.randomUUID().slice(0, 8)}`;
  const record: PackageRecord = {
    id,
    content: emptyPackage(id, issuedOn),
    origin: 'created',
    createdAt: timestamp,
    updatedAt: timestamp,
  };
  await writeReconnecting(database, () => database.packages.add(record));
  return record;
}

/** Deletes a package unless it is the built-in example or a meeting is held on it; checked in one transaction. */
export async function deletePackage(database: MalsamtalDatabase, id: string): Promise<{ outcome: 'deleted' } | PackageRefusal> {
  return database.transaction('rw', database.packages, database.meetings, database.documentFiles, async () => {
    const record = await database.packages.get(id);
    if (!record) return { outcome: 'deleted' as const };
    const refusal = await refusalToRemove(database, record);
    if (refusal) return refusal;
    await database.packages.delete(id);
    await database.documentFiles.where('packageId').equals(id).delete();
    return { outcome: 'deleted' as const };
  });
}

/**
 * The draft with the documents as stored: which documents a package has is decided by adding and removing them, which
 * write at once with their bytes; a draft typed before an add or a remove only decides their titles, kinds, numbers and
 * order. A reference to a document no longer there is dropped with it.
 */
export function withStoredDocuments(draft: RemissPackage, stored: RemissPackage): RemissPackage {
  const storedById = new Map(stored.documents.map((document) => [document.id, document]));
  const inDraft = new Set(draft.documents.map((document) => document.id));
  const documents = [
    ...draft.documents.flatMap((document) => {
      const kept = storedById.get(document.id);
      return kept ? [{ ...kept, title: document.title, role: document.role, number: document.number }] : [];
    }),
    ...stored.documents.filter((document) => !inDraft.has(document.id)),
  ];
  const known = new Set(documents.map((document) => document.id));
  const goals = draft.goals.map((goal) =>
    goal.documentReferences.every((reference) => known.has(reference.documentId))
      ? goal
      : { ...goal, documentReferences: goal.documentReferences.filter((reference) => known.has(reference.documentId)) },
  );
  return { ...draft, documents, goals };
}

/** The package, if it may be written: the built-in example and a package a meeting is held on may not. */
export async function editableRecord(database: MalsamtalDatabase, id: string): Promise<PackageRecord> {
  const record = await database.packages.get(id);
  if (!record) throw new Error(`No package ${id}`);
  const refusal = await refusalToRemove(database, record);
  if (refusal) throw new Error(`The package ${id} is read-only: ${refusal.reason}`);
  return record;
}

/**
 * Stores the editor's draft. Neither the built-in example nor a package a meeting is held on is ever written over (a
 * meeting may have been created on it in another window since the editor opened); the editor offers a copy instead.
 */
export async function savePackageContent(database: MalsamtalDatabase, content: RemissPackage, now = new Date()): Promise<void> {
  await writeReconnecting(database, () =>
    database.transaction('rw', database.packages, database.meetings, async () => {
      const record = await editableRecord(database, content.id);
      await database.packages.put({ ...record, content: withStoredDocuments(content, record.content), updatedAt: now.toISOString() });
    }),
  );
}
