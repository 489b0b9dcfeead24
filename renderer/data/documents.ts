import { useLiveQuery } from 'dexie-react-hooks';
import { sha256HexOfBytes } from '../../shared/format/sha256';
import { documentKindOf } from '../../shared/remiss/documentKind';
import { documentFileName, proposeDocumentMetadata } from '../../shared/remiss/documentMetadata';
import { packageLimits } from '../../shared/remiss/packageFile';
import type { DocumentFile } from '../../shared/remiss/packageContainer';
import { documentMediaTypes, type PackageDocument, type RemissPackage } from '../../shared/remiss/remissPackage';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';
import { editableRecord, storageRefusal, type StorageRefusal } from './packages';
import { writeReconnecting } from './reconnect';

/** A file the strategy office chose to add, read, with its pages counted when it is a PDF. */
export interface ChosenDocument {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  pageCount: number | null;
}

export type AddDocumentOutcome =
  | { outcome: 'added'; document: PackageDocument }
  /** Neither a PDF nor a Word document by its content, whatever its name says. */
  | { outcome: 'notADocument' }
  | { outcome: 'tooLarge'; maxBytes: number }
  | { outcome: 'tooMany'; max: number }
  | { outcome: 'packageFull'; maxBytes: number }
  | StorageRefusal;

/**
 * Adds a document to a package that may be edited: its bytes and its description are stored in one transaction, so a
 * package never describes a document it lacks. Its kind is read from its content, never from its name.
 */
export async function addDocument(
  database: MalsamtalDatabase,
  packageId: string,
  file: ChosenDocument,
  now = new Date(),
): Promise<AddDocumentOutcome> {
  const kind = documentKindOf(file.bytes);
  if (!kind) return { outcome: 'notADocument' };
  if (file.bytes.byteLength > packageLimits.documentBytes) return { outcome: 'tooLarge', maxBytes: packageLimits.documentBytes };
  // Hashed before the transaction: IndexedDB closes a transaction that waits on anything but itself.
  const sha256 = await sha256HexOfBytes(file.bytes);
  return writeReconnecting(database, () =>
    database.transaction('rw', database.packages, database.meetings, database.documentFiles, async (): Promise<AddDocumentOutcome> => {
      const record = await editableRecord(database, packageId);
      const { documents } = record.content;
      if (documents.length >= packageLimits.documents) return { outcome: 'tooMany', max: packageLimits.documents };
      const total = documents.reduce((sum, document) => sum + document.size, 0) + file.bytes.byteLength;
      if (total > packageLimits.documentsTotalBytes) return { outcome: 'packageFull', maxBytes: packageLimits.documentsTotalBytes };
      const full = await storageRefusal(database, file.bytes.byteLength);
      if (full) return full;
      const fileName = documentFileName(file.fileName);
      const document: PackageDocument = {
        id: `dokument-${crypto.randomUUID().slice(0, 8)}`,
        ...proposeDocumentMetadata(fileName, documents),
        fileName,
        mediaType: documentMediaTypes[kind],
        size: file.bytes.byteLength,
        sha256,
        pageCount: kind === 'pdf' ? file.pageCount : null,
      };
      await database.packages.put({
        ...record,
        content: { ...record.content, documents: [...documents, document] },
        updatedAt: now.toISOString(),
      });
      await database.documentFiles.add({ packageId, documentId: document.id, bytes: file.bytes });
      return { outcome: 'added', document };
    }),
  );
}

/** The package without a document: its description, the goals' references to it, and its bytes go together. */
export function withoutDocument(content: RemissPackage, documentId: string): RemissPackage {
  return {
    ...content,
    documents: content.documents.filter((document) => document.id !== documentId),
    goals: content.goals.map((goal) =>
      goal.documentReferences.some((reference) => reference.documentId === documentId)
        ? { ...goal, documentReferences: goal.documentReferences.filter((reference) => reference.documentId !== documentId) }
        : goal,
    ),
  };
}

export async function removeDocument(database: MalsamtalDatabase, packageId: string, documentId: string, now = new Date()): Promise<void> {
  await writeReconnecting(database, () =>
    database.transaction('rw', database.packages, database.meetings, database.documentFiles, async () => {
      const record = await editableRecord(database, packageId);
      await database.packages.put({ ...record, content: withoutDocument(record.content, documentId), updatedAt: now.toISOString() });
      await database.documentFiles.delete([packageId, documentId]);
    }),
  );
}

/** One document's bytes; null when the package has no such document. */
export async function readDocumentFile(
  database: MalsamtalDatabase,
  packageId: string,
  documentId: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  return (await database.documentFiles.get([packageId, documentId]))?.bytes ?? null;
}

/** The bytes of every document a package describes, for its package file; a missing one is an error, never skipped. */
export async function documentFilesOf(database: MalsamtalDatabase, content: RemissPackage): Promise<DocumentFile[]> {
  const rows = await database.documentFiles.where('packageId').equals(content.id).toArray();
  const bytesOf = new Map(rows.map((row) => [row.documentId, row.bytes]));
  return content.documents.map((document) => {
    const bytes = bytesOf.get(document.id);
    if (!bytes) throw new Error(`The bytes of document ${document.id} of package ${content.id} are missing`);
    return { documentId: document.id, bytes };
  });
}

/** A document's bytes, read live: undefined while loading, null when it is not there. */
export function useDocumentFile(packageId: string | null, documentId: string | null): Uint8Array<ArrayBuffer> | null | undefined {
  const database = useDatabase();
  const result = useLiveQuery(
    async () => ({
      key: `${packageId}/${documentId}`,
      bytes: packageId && documentId ? await readDocumentFile(database, packageId, documentId) : null,
    }),
    [database, packageId, documentId],
  );
  return result?.key === `${packageId}/${documentId}` ? result.bytes : undefined;
}
