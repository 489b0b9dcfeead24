import type { CalendarDate } from '../../shared/domain/calendarDate';
import { sha256HexOfBytes } from '../../shared/format/sha256';
import { letterDocuments, packageFromLetter, packageIdFromLetter } from '../../shared/letter/packageFromLetter';
import type { LetterReading } from '../../shared/letter/readLetter';
import { documentFileName } from '../../shared/remiss/documentMetadata';
import { packageLimits } from '../../shared/remiss/packageFile';
import { documentMediaTypes, type DocumentKind } from '../../shared/remiss/remissPackage';
import type { MalsamtalDatabase, PackageRecord } from './db';
import { storageRefusal, type StorageRefusal } from './packages';
import { writeReconnecting } from './reconnect';

/** A file picked with the letter, read: the letter first, then each attachment with the bilaga number the user confirmed. */
export interface PickedLetterFile {
  fileName: string;
  kind: DocumentKind;
  bytes: Uint8Array<ArrayBuffer>;
  pageCount: number | null;
  bilagaNumber: number | null;
}

export type LetterPackageOutcome =
  | { outcome: 'created'; record: PackageRecord }
  | { outcome: 'tooLarge'; fileName: string; maxBytes: number }
  | { outcome: 'tooMany'; max: number }
  | { outcome: 'packageFull'; maxBytes: number }
  | StorageRefusal;

/** Whether the picked files fit in one package: each within its limit, and all of them together. */
export function letterFilesRefusal(files: readonly Pick<PickedLetterFile, 'fileName' | 'bytes'>[]): LetterPackageOutcome | null {
  if (files.length > packageLimits.documents) return { outcome: 'tooMany', max: packageLimits.documents };
  const large = files.find((file) => file.bytes.byteLength > packageLimits.documentBytes);
  if (large) return { outcome: 'tooLarge', fileName: large.fileName, maxBytes: packageLimits.documentBytes };
  const total = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  return total > packageLimits.documentsTotalBytes ? { outcome: 'packageFull', maxBytes: packageLimits.documentsTotalBytes } : null;
}

/**
 * Creates the package a reviewed letter makes, with the letter and its attachments as its documents, in one
 * transaction: the package and every one of its files are stored, or nothing is.
 */
export async function createPackageFromLetter(
  database: MalsamtalDatabase,
  reading: LetterReading,
  files: readonly PickedLetterFile[],
  today: CalendarDate,
  now = new Date(),
): Promise<LetterPackageOutcome> {
  const refused = letterFilesRefusal(files);
  if (refused) return refused;
  // Hashed before the transaction: IndexedDB closes a transaction that waits on anything but itself.
  const hashes = await Promise.all(files.map((file) => sha256HexOfBytes(file.bytes)));
  const described = files.map((file, index) => ({
    fileName: documentFileName(file.fileName),
    mediaType: documentMediaTypes[file.kind],
    size: file.bytes.byteLength,
    sha256: hashes[index]!,
    pageCount: file.kind === 'pdf' ? file.pageCount : null,
    bilagaNumber: file.bilagaNumber,
  }));
  return writeReconnecting(database, () =>
    database.transaction('rw', database.packages, database.documentFiles, async (): Promise<LetterPackageOutcome> => {
      const full = await storageRefusal(
        database,
        described.reduce((sum, file) => sum + file.size, 0),
      );
      if (full) return full;
      const taken = new Set(await database.packages.toCollection().primaryKeys());
      const id = packageIdFromLetter(
        reading.caseNumber?.included ? reading.caseNumber.value : '',
        reading.title?.included ? reading.title.value : '',
        taken,
      );
      const documents = letterDocuments(reading, described, (index) => `dokument-${index + 1}-${crypto.randomUUID().slice(0, 8)}`);
      const timestamp = now.toISOString();
      const record: PackageRecord = {
        id,
        content: packageFromLetter(reading, { id, today, documents }),
        origin: 'created',
        createdAt: timestamp,
        updatedAt: timestamp,
      };
      await database.packages.add(record);
      await database.documentFiles.bulkAdd(
        documents.map((document) => ({ packageId: id, documentId: document.id, bytes: files[document.source]!.bytes })),
      );
      return { outcome: 'created', record };
    }),
  );
}
