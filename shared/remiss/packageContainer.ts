import { zipSync, type Zippable } from 'fflate';
import { sha256HexOfBytes } from '../format/sha256';
import { listZipEntries, looksLikeZip, unpackZipEntries, type ZipEntry } from '../format/zipEntries';
import { documentKindOf } from './documentKind';
import { packageLimits, parsePackageData, serializePackageData, type PackageFileIssue } from './packageFile';
import { documentMediaTypes, type DocumentKind, type PackageDocument, type RemissPackage } from './remissPackage';

/**
 * The package file (format 2): a zip holding the package's data as JSON and each document as it was added. The data
 * lists every document with its size and SHA-256, so the reader knows every entry's name before it unpacks anything
 * and refuses what the data does not name.
 */
export const PACKAGE_DATA_ENTRY = 'remisspaket.json';

/** One document's bytes, as the package file carries them and the database keeps them. */
export interface DocumentFile {
  documentId: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export type PackageFileRead = { ok: true; package: RemissPackage; documents: DocumentFile[] } | { ok: false; issues: PackageFileIssue[] };

export function documentKindOfMediaType(mediaType: PackageDocument['mediaType']): DocumentKind {
  return mediaType === documentMediaTypes.pdf ? 'pdf' : 'docx';
}

/** The entry a document has in the package file: named by the app's own id, never by a name from outside. */
export function documentEntryName(document: Pick<PackageDocument, 'id' | 'mediaType'>): string {
  return `dokument/${document.id}.${documentKindOfMediaType(document.mediaType)}`;
}

/** A fixed time on every entry, so the same package always makes the same file (zip cannot go before 1980). */
const ENTRY_TIME = new Date(1980, 0, 1, 12);

/**
 * The package file's bytes. Documents are stored as they are, not packed again: PDFs and Word files are compressed
 * already, and an entry that unpacks to its own size is the plainest sign to a reader that it is no zip bomb.
 */
export function writePackageFile(content: RemissPackage, documents: readonly DocumentFile[]): Uint8Array<ArrayBuffer> {
  const bytesOf = new Map(documents.map((file) => [file.documentId, file.bytes]));
  const entries: Zippable = { [PACKAGE_DATA_ENTRY]: [new TextEncoder().encode(serializePackageData(content)), { level: 6 }] };
  for (const document of content.documents) {
    const bytes = bytesOf.get(document.id);
    if (!bytes) throw new Error(`The bytes of document ${document.id} are missing`);
    entries[documentEntryName(document)] = [bytes, { level: 0 }];
  }
  return zipSync(entries, { mtime: ENTRY_TIME });
}

const fail = (issue: PackageFileIssue): PackageFileRead => ({ ok: false, issues: [issue] });

/** A name from the file, quoted in a message: short, and without characters that could disguise it. */
function quotedName(name: string): string {
  const visible = [...name].map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? '\uFFFD' : char));
  return visible.length > 80 ? `${visible.slice(0, 79).join('')}…` : visible.join('');
}

/** Checks the zip's directory before a byte is unpacked: names, count, and sizes that no zip bomb gets past. */
function directoryIssue(entries: readonly ZipEntry[]): PackageFileIssue | null {
  if (entries.length > packageLimits.documents + 1) return { code: 'tooManyEntries', max: packageLimits.documents + 1 };
  const seen = new Set<string>();
  let unpacked = 0;
  for (const entry of entries) {
    if (seen.has(entry.name)) return { code: 'duplicateEntry', name: quotedName(entry.name) };
    seen.add(entry.name);
    if (entry.name !== PACKAGE_DATA_ENTRY && !/^dokument\/[A-Za-z0-9_-]{1,64}\.(pdf|docx)$/.test(entry.name))
      return { code: 'unexpectedEntry', name: quotedName(entry.name) };
    if (entry.compression !== 0 && entry.compression !== 8) return { code: 'damagedContainer' };
    unpacked += entry.originalSize;
    if (unpacked > packageLimits.unpackedBytes || entry.originalSize > Math.max(entry.size, 1) * packageLimits.compressionRatio)
      return { code: 'zipBomb', maxBytes: packageLimits.unpackedBytes, ratio: packageLimits.compressionRatio };
  }
  return null;
}

/** Each document's bytes against what the data says of them: there, of its size and checksum, and of its kind. */
async function documentIssue(document: PackageDocument, bytes: Uint8Array | undefined): Promise<PackageFileIssue | null> {
  if (!bytes) return { code: 'documentMissing', title: document.title };
  if (bytes.byteLength !== document.size || (await sha256HexOfBytes(bytes)) !== document.sha256)
    return { code: 'documentDamaged', title: document.title };
  const expected = documentKindOfMediaType(document.mediaType);
  if (documentKindOf(bytes) !== expected) return { code: 'documentWrongKind', title: document.title, expected };
  return null;
}

async function readContainer(bytes: Uint8Array): Promise<PackageFileRead> {
  const entries = listZipEntries(bytes);
  if (!entries) return fail({ code: 'damagedContainer' });
  const refused = directoryIssue(entries);
  if (refused) return fail(refused);
  const dataEntry = entries.find((entry) => entry.name === PACKAGE_DATA_ENTRY);
  if (!dataEntry) return fail({ code: 'noData' });
  if (dataEntry.originalSize > packageLimits.dataBytes) return fail({ code: 'dataTooLarge', maxBytes: packageLimits.dataBytes });

  const data = unpackZipEntries(bytes, new Set([PACKAGE_DATA_ENTRY]))?.get(PACKAGE_DATA_ENTRY);
  if (!data) return fail({ code: 'damagedContainer' });
  const parsed = parsePackageData(data);
  if (!parsed.ok) return parsed;

  const expected = new Map(parsed.package.documents.map((document) => [documentEntryName(document), document]));
  const stray = entries.find((entry) => entry.name !== PACKAGE_DATA_ENTRY && !expected.has(entry.name));
  if (stray) return fail({ code: 'unexpectedEntry', name: quotedName(stray.name) });
  const unpacked = unpackZipEntries(bytes, new Set(expected.keys()));
  if (!unpacked) return fail({ code: 'damagedContainer' });

  const documents: DocumentFile[] = [];
  const issues: PackageFileIssue[] = [];
  for (const [name, document] of expected) {
    const documentBytes = unpacked.get(name);
    const issue = await documentIssue(document, documentBytes);
    if (issue) issues.push(issue);
    // A copy of exactly the document's bytes: a view into the whole file would keep all of it alive in the database.
    else documents.push({ documentId: document.id, bytes: new Uint8Array(documentBytes!) });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, package: parsed.package, documents };
}

/**
 * Reads a package file of any release: the zip container (format 2), or a package's data alone as JSON (format 1, or
 * a later one without documents). Never throws; whatever is wrong is refused with issues that say what, before the
 * caller stores anything.
 */
export async function readPackageFile(bytes: Uint8Array): Promise<PackageFileRead> {
  if (bytes.byteLength > packageLimits.fileBytes) return fail({ code: 'tooLarge', maxBytes: packageLimits.fileBytes });
  if (looksLikeZip(bytes)) return readContainer(bytes);
  const parsed = parsePackageData(bytes);
  if (!parsed.ok) return parsed;
  if (parsed.package.documents.length > 0) return fail({ code: 'documentsWithoutContainer' });
  return { ok: true, package: parsed.package, documents: [] };
}
