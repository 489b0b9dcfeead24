import { beforeAll, describe, expect, it } from 'vitest';
import { STORED_DOCUMENTS_MAX_BYTES } from '../../shared/backup/backupFile';
import { createMeeting } from '../../shared/domain/meeting';
import { sha256HexOfBytes } from '../../shared/format/sha256';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { writePackageFile, type DocumentFile } from '../../shared/remiss/packageContainer';
import { packageLimits } from '../../shared/remiss/packageFile';
import type { PackageDocument, RemissPackage } from '../../shared/remiss/remissPackage';
import { dumpDatabase } from '../../tests/support/databaseDump';
import { aDocx, aPackageDocument, aPdf } from '../../tests/support/documentFiles';
import { aPackage } from '../../tests/support/packageFiles';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import type { MalsamtalDatabase } from './db';
import { addDocument, documentFilesOf, readDocumentFile, removeDocument } from './documents';
import {
  deletePackage,
  duplicatePackage,
  importPackageFile,
  resolveImportConflict,
  savePackageContent,
  StorageFullError,
} from './packages';

const copyTitle = (title: string) => `${title} (kopia)`;
/** Bytes as plain numbers: the database gives back typed arrays of another realm than the test's own. */
const plain = (bytes: Uint8Array | null | undefined) => (bytes ? Array.from(bytes) : bytes);

let pdf: Uint8Array<ArrayBuffer>;
let docx: Uint8Array<ArrayBuffer>;
let content: RemissPackage;
let files: DocumentFile[];

beforeAll(async () => {
  pdf = await aPdf(6);
  docx = await aDocx('Missiv', ['Kommunledningskontoret skickar remissen.']);
  const bilaga = await aPackageDocument(pdf, { id: 'bilaga-1', title: 'Bilaga 1', pageCount: 6 });
  content = {
    ...aPackage(),
    documents: [bilaga.document],
    goals: aPackage().goals.map((goal, index) =>
      index === 0 ? { ...goal, documentReferences: [{ documentId: 'bilaga-1', page: 4 }] } : goal,
    ),
  };
  files = [bilaga.file];
});

async function withImported(database = createTestDatabase()): Promise<MalsamtalDatabase> {
  const outcome = await importPackageFile(database, writePackageFile(content, files));
  if (outcome.outcome !== 'imported') throw new Error(`not imported: ${outcome.outcome}`);
  return database;
}

/** A package of the strategy office's own, which may be edited: a copy of the example. */
async function editablePackage(database: MalsamtalDatabase): Promise<string> {
  return (await duplicatePackage(database, examplePackage.id, copyTitle)).id;
}

/** Packages whose documents, as described, take the laptop to `bytes`: their bytes are not needed to count. */
async function fillLaptopTo(database: MalsamtalDatabase, bytes: number): Promise<void> {
  const described: PackageDocument = { ...content.documents[0]!, id: 'stor', size: bytes };
  await database.packages.add({
    id: 'fullt-paket',
    content: { ...aPackage({ id: 'fullt-paket' }), documents: [described] },
    origin: 'imported',
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
  });
}

describe('documents travelling with a package file', () => {
  it('stores the package and its documents in one go, byte for byte', async () => {
    const database = await withImported();
    expect((await database.packages.get(content.id))?.content).toEqual(content);
    const stored = await readDocumentFile(database, content.id, 'bilaga-1');
    expect(plain(stored)).toEqual(plain(pdf));
    expect(await sha256HexOfBytes(stored!)).toBe(content.documents[0]!.sha256);
    expect(plain((await documentFilesOf(database, content))[0]!.bytes)).toEqual(plain(pdf));
  });

  it('replaces the documents with the package, or keeps both with the documents copied', async () => {
    const database = await withImported();
    const letter = await aPackageDocument(docx, {
      id: 'missiv',
      title: 'Missiv',
      role: 'letter',
      number: null,
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const incoming = { content: { ...content, documents: [letter.document], goals: aPackage().goals }, documents: [letter.file] };

    const copied = await resolveImportConflict(database, incoming, 'copy', copyTitle);
    if (copied.outcome !== 'imported') throw new Error(copied.outcome);
    expect(plain(await readDocumentFile(database, copied.record.id, 'missiv'))).toEqual(plain(docx));
    expect(plain(await readDocumentFile(database, content.id, 'bilaga-1'))).toEqual(plain(pdf));

    await resolveImportConflict(database, incoming, 'replace', copyTitle);
    expect(await readDocumentFile(database, content.id, 'bilaga-1')).toBeNull();
    expect(plain(await readDocumentFile(database, content.id, 'missiv'))).toEqual(plain(docx));
  });

  it('copies the documents with the package, and deletes them with it', async () => {
    const database = await withImported();
    const copy = await duplicatePackage(database, content.id, copyTitle);
    expect(plain(await readDocumentFile(database, copy.id, 'bilaga-1'))).toEqual(plain(pdf));

    expect(await deletePackage(database, content.id)).toEqual({ outcome: 'deleted' });
    expect(await readDocumentFile(database, content.id, 'bilaga-1')).toBeNull();
    expect(plain(await readDocumentFile(database, copy.id, 'bilaga-1'))).toEqual(plain(pdf));
  });

  it('refuses a package whose documents would take the laptop past what a backup carries, storing nothing', async () => {
    const database = createTestDatabase();
    await fillLaptopTo(database, STORED_DOCUMENTS_MAX_BYTES - pdf.byteLength + 1);
    const before = await dumpDatabase(database);
    expect(await importPackageFile(database, writePackageFile(content, files))).toEqual({
      outcome: 'storageFull',
      maxBytes: STORED_DOCUMENTS_MAX_BYTES,
    });
    expect(await dumpDatabase(database)).toEqual(before);
    await expect(duplicatePackage(database, 'fullt-paket', copyTitle)).rejects.toBeInstanceOf(StorageFullError);
    expect(await dumpDatabase(database)).toEqual(before);
  });
});

describe('adding and removing documents in the editor', () => {
  it('adds a PDF by its content, proposing what it is from its name, and keeps its bytes', async () => {
    const database = createTestDatabase();
    const id = await editablePackage(database);
    const outcome = await addDocument(database, id, { fileName: 'Bilaga 1 ambitionsnivåer.pdf', bytes: pdf, pageCount: 6 });
    if (outcome.outcome !== 'added') throw new Error(outcome.outcome);
    expect(outcome.document).toMatchObject({
      title: 'Bilaga 1 ambitionsnivåer',
      role: 'bilaga',
      number: 1,
      fileName: 'Bilaga 1 ambitionsnivåer.pdf',
      mediaType: 'application/pdf',
      size: pdf.byteLength,
      sha256: await sha256HexOfBytes(pdf),
      pageCount: 6,
    });
    expect((await database.packages.get(id))?.content.documents).toEqual([outcome.document]);
    expect(plain(await readDocumentFile(database, id, outcome.document.id))).toEqual(plain(pdf));

    const word = await addDocument(database, id, { fileName: 'remissbrev.docx', bytes: docx, pageCount: null });
    expect(word).toMatchObject({ outcome: 'added', document: { role: 'letter', pageCount: null } });
  });

  it('refuses a file that is neither PDF nor Word whatever its name, and files beyond the limits, changing nothing', async () => {
    const database = createTestDatabase();
    const id = await editablePackage(database);
    const before = await dumpDatabase(database);
    const text = new TextEncoder().encode('Det här är en textfil som bara heter något .pdf.');
    expect(await addDocument(database, id, { fileName: 'Bilaga 1.pdf', bytes: text, pageCount: null })).toEqual({
      outcome: 'notADocument',
    });
    const huge = new Uint8Array(packageLimits.documentBytes + 1);
    huge.set(pdf.subarray(0, 16));
    expect(await addDocument(database, id, { fileName: 'Stor.pdf', bytes: huge, pageCount: 1 })).toEqual({
      outcome: 'tooLarge',
      maxBytes: packageLimits.documentBytes,
    });
    expect(await dumpDatabase(database)).toEqual(before);

    // A package whose documents come near the package's total takes no document that would pass it.
    const nearlyFull = {
      ...content.documents[0]!,
      id: 'stor',
      role: 'background' as const,
      number: null,
      size: packageLimits.documentsTotalBytes - 1000,
    };
    await database.packages.update(id, { 'content.documents': [nearlyFull] });
    const withLargeDocument = await dumpDatabase(database);
    expect(await addDocument(database, id, { fileName: 'B.pdf', bytes: pdf, pageCount: 6 })).toEqual({
      outcome: 'packageFull',
      maxBytes: packageLimits.documentsTotalBytes,
    });
    expect(await dumpDatabase(database)).toEqual(withLargeDocument);
  });

  it('refuses a document past the number a package may have, and past the laptop’s total', async () => {
    const database = createTestDatabase();
    const id = await editablePackage(database);
    for (let index = 0; index < packageLimits.documents; index += 1)
      expect((await addDocument(database, id, { fileName: `${index}.pdf`, bytes: pdf, pageCount: 6 })).outcome).toBe('added');
    expect(await addDocument(database, id, { fileName: 'en till.pdf', bytes: pdf, pageCount: 6 })).toEqual({
      outcome: 'tooMany',
      max: packageLimits.documents,
    });

    const other = createTestDatabase();
    const otherId = await editablePackage(other);
    await fillLaptopTo(other, STORED_DOCUMENTS_MAX_BYTES - 10);
    expect(await addDocument(other, otherId, { fileName: 'Bilaga.pdf', bytes: pdf, pageCount: 6 })).toEqual({
      outcome: 'storageFull',
      maxBytes: STORED_DOCUMENTS_MAX_BYTES,
    });
  });

  it('never adds to the built-in example or to a package a meeting is held on', async () => {
    const database = await withImported();
    await database.meetings.add({
      ...createMeeting({ bodyName: 'Socialnämnden', date: '2020-09-15' }, 'm-1', new Date()),
      packageId: content.id,
    });
    const before = await dumpDatabase(database);
    await expect(addDocument(database, examplePackage.id, { fileName: 'x.pdf', bytes: pdf, pageCount: 6 })).rejects.toThrow(/read-only/);
    await expect(addDocument(database, content.id, { fileName: 'x.pdf', bytes: pdf, pageCount: 6 })).rejects.toThrow(/read-only/);
    await expect(removeDocument(database, content.id, 'bilaga-1')).rejects.toThrow(/read-only/);
    expect(await dumpDatabase(database)).toEqual(before);
  });

  it('removes a document with its bytes and the goals’ references to it', async () => {
    const database = await withImported();
    await removeDocument(database, content.id, 'bilaga-1');
    const stored = (await database.packages.get(content.id))!.content;
    expect(stored.documents).toEqual([]);
    expect(stored.goals[0]!.documentReferences).toEqual([]);
    expect(await database.documentFiles.count()).toBe(0);
  });

  it('keeps a document added after the editor’s draft was taken, and does not bring back one removed since', async () => {
    const database = createTestDatabase();
    const id = await editablePackage(database);
    const first = await addDocument(database, id, { fileName: 'Bilaga 1.pdf', bytes: pdf, pageCount: 6 });
    if (first.outcome !== 'added') throw new Error(first.outcome);
    const draft = (await database.packages.get(id))!.content;

    const second = await addDocument(database, id, { fileName: 'Bilaga 2.docx', bytes: docx, pageCount: null });
    if (second.outcome !== 'added') throw new Error(second.outcome);
    await removeDocument(database, id, first.document.id);
    // The editor saves what it had on screen: a new title for the first document, and a reference to it.
    await savePackageContent(database, {
      ...draft,
      documents: [{ ...first.document, title: 'Omdöpt' }],
      goals: draft.goals.map((goal, index) =>
        index === 0 ? { ...goal, documentReferences: [{ documentId: first.document.id, page: 2 }] } : goal,
      ),
    });
    const stored = (await database.packages.get(id))!.content;
    expect(stored.documents).toEqual([second.document]);
    expect(stored.goals[0]!.documentReferences).toEqual([]);

    // What the draft decides of a document that is there: its title, type, number and place in the list.
    await savePackageContent(database, {
      ...stored,
      documents: [{ ...second.document, title: 'Agenda 2030', role: 'bilaga', number: 2, size: 1, sha256: 'f'.repeat(64) }],
    });
    expect((await database.packages.get(id))!.content.documents).toEqual([
      { ...second.document, title: 'Agenda 2030', role: 'bilaga', number: 2 },
    ]);
  });
});
