import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { aDocx, aPackageDocument, aPdf } from '../../tests/support/documentFiles';
import { aPackage, aPackageFile } from '../../tests/support/packageFiles';
import { craftZip } from '../../tests/support/zipCrafting';
import { sha256HexOfBytes } from '../format/sha256';
import { messagesFor } from '../i18n/messages';
import { packageFileIssueMessage } from '../i18n/packageFileMessages';
import { documentKindOf } from './documentKind';
import { packageLimits, serializePackageData } from './packageFile';
import { PACKAGE_DATA_ENTRY, readPackageFile, writePackageFile, type DocumentFile, type PackageFileRead } from './packageContainer';
import type { RemissPackage } from './remissPackage';

const encode = (text: string) => new TextEncoder().encode(text);

function swedish(result: PackageFileRead): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues.map((issue) => packageFileIssueMessage(messagesFor('sv'), issue));
}

let pdf: Uint8Array<ArrayBuffer>;
let docx: Uint8Array<ArrayBuffer>;
let content: RemissPackage;
let files: DocumentFile[];

beforeAll(async () => {
  pdf = await aPdf(6);
  docx = await aDocx('Missiv', ['Kommunledningskontoret skickar remissen.']);
  const bilaga = await aPackageDocument(pdf, { id: 'bilaga-1', title: 'Bilaga 1 – ambitionsnivåer', pageCount: 6 });
  const letter = await aPackageDocument(docx, {
    id: 'missiv',
    title: 'Missiv',
    role: 'letter',
    number: null,
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  const base = aPackage();
  content = {
    ...base,
    documents: [letter.document, bilaga.document],
    goals: base.goals.map((goal, index) => (index === 0 ? { ...goal, documentReferences: [{ documentId: 'bilaga-1', page: 4 }] } : goal)),
  };
  files = [letter.file, bilaga.file];
});

/** The package file's entries, unpacked, by name. */
const entriesOf = (bytes: Uint8Array) => unzipSync(bytes);
/** The valid file with its entries changed: the data entry rewritten, documents replaced or added. */
function alteredFile(change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = entriesOf(writePackageFile(content, files));
  change(entries);
  return craftZip(Object.entries(entries).map(([name, data]) => ({ name, data, deflate: name === PACKAGE_DATA_ENTRY })));
}

describe('the package file as a container', () => {
  it('carries the package and its documents there and back, byte for byte, with a checksum per document', async () => {
    const bytes = writePackageFile(content, files);
    expect(Object.keys(entriesOf(bytes)).sort()).toEqual(['dokument/bilaga-1.pdf', 'dokument/missiv.docx', PACKAGE_DATA_ENTRY]);
    const read = await readPackageFile(bytes);
    expect(read.ok && read.package).toEqual(content);
    const documents = read.ok ? read.documents : [];
    expect(documents.map((file) => file.documentId)).toEqual(['missiv', 'bilaga-1']);
    expect(documents[1]!.bytes).toEqual(pdf);
    expect(await sha256HexOfBytes(documents[1]!.bytes)).toBe(content.documents[1]!.sha256);
    // Each document is its own copy, not a view that would keep the whole file alive.
    expect(documents[1]!.bytes.buffer.byteLength).toBe(pdf.byteLength);
  });

  it('writes the same bytes for the same package, whenever it is exported', () => {
    expect(writePackageFile(content, files)).toEqual(writePackageFile(structuredClone(content), files));
  });

  it('still reads a package file of format 1, plain JSON without documents', async () => {
    const read = await readPackageFile(aPackageFile(aPackage()));
    expect(read).toEqual({ ok: true, package: aPackage(), documents: [] });
  });

  it('reads the data of this release as plain JSON too, as long as it names no document', async () => {
    const withoutDocuments = { ...content, documents: [], goals: aPackage().goals };
    expect((await readPackageFile(encode(serializePackageData(withoutDocuments)))).ok).toBe(true);
    expect(swedish(await readPackageFile(encode(serializePackageData(content))))).toEqual([
      'Filen nämner dokument men innehåller dem inte. Exportera paketet från Målsamtal igen och importera den nya filen.',
    ]);
  });

  it('reads a version 2 file written before packages had documents, as plain JSON: no documents, no goal pointing at any', async () => {
    const { documents: _documents, goals, ...rest } = aPackage();
    const beforeDocuments = { ...rest, goals: goals.map(({ documentReferences: _references, ...goal }) => goal) };
    const file = encode(JSON.stringify({ format: 'malsamtal.remisspaket', version: 2, package: beforeDocuments }));
    expect(await readPackageFile(file)).toEqual({ ok: true, package: aPackage(), documents: [] });
  });

  it('refuses to write a package whose document bytes are not at hand', () => {
    expect(() => writePackageFile(content, files.slice(0, 1))).toThrow(/bilaga-1/);
  });

  it.each<[string, () => Uint8Array, string]>([
    [
      'a truncated file',
      () => writePackageFile(content, files).slice(0, 4000),
      'Paketfilen är skadad eller avkortad och kan inte läsas. Be avsändaren om en ny fil.',
    ],
    [
      'a document whose bytes do not match its checksum',
      () => alteredFile((entries) => entries['dokument/bilaga-1.pdf']!.set([0x41], 500)),
      'Dokumentet ”Bilaga 1 – ambitionsnivåer” är skadat: innehållet stämmer inte med paketfilens kontrollsumma.',
    ],
    [
      'a document the data names but the file lacks',
      () => alteredFile((entries) => delete entries['dokument/bilaga-1.pdf']),
      'Dokumentet ”Bilaga 1 – ambitionsnivåer” saknas i paketfilen.',
    ],
    [
      'a name that climbs out of the folder',
      () => alteredFile((entries) => void (entries['../../.bashrc'] = encode('rm -rf ~'))),
      'Paketfilen innehåller ”../../.bashrc”, som inte hör till remisspaketet. Filen har inte lästs.',
    ],
    [
      'a traversal dressed as a document',
      () => alteredFile((entries) => void (entries['dokument/../../x.pdf'] = pdf)),
      'Paketfilen innehåller ”dokument/../../x.pdf”, som inte hör till remisspaketet. Filen har inte lästs.',
    ],
    [
      'a document-like entry the data does not name',
      () => alteredFile((entries) => void (entries['dokument/smuggel.pdf'] = pdf)),
      'Paketfilen innehåller ”dokument/smuggel.pdf”, som inte hör till remisspaketet. Filen har inte lästs.',
    ],
    [
      'the package data missing',
      () => alteredFile((entries) => delete entries[PACKAGE_DATA_ENTRY]),
      'Paketfilen saknar remisspaketets uppgifter (remisspaket.json) och kan inte läsas.',
    ],
    [
      'data that is not JSON',
      () => alteredFile((entries) => void (entries[PACKAGE_DATA_ENTRY] = encode('{"format": "malsamtal.remisspaket", '))),
      'Filen är inte giltig JSON – den kan vara avkortad eller skadad.',
    ],
  ])('refuses %s, saying so in Swedish', async (_, bytes, message) => {
    expect(swedish(await readPackageFile(bytes()))).toEqual([message]);
  });

  it('refuses a document that is not what the data says it is', async () => {
    const text = encode('Detta är ingen PDF, bara text med rätt kontrollsumma.');
    const fake = await aPackageDocument(text, { id: 'bilaga-1', title: 'Bilaga 1', pageCount: 6 });
    const faked = { ...content, documents: [content.documents[0]!, fake.document] };
    expect(swedish(await readPackageFile(writePackageFile(faked, [files[0]!, fake.file])))).toEqual([
      'Dokumentet ”Bilaga 1” är ingen PDF-fil.',
    ]);
  });

  it('refuses the same name twice, even when both copies are whole', async () => {
    const entries = entriesOf(writePackageFile(content, files));
    const bytes = craftZip([
      ...Object.entries(entries).map(([name, data]) => ({ name, data })),
      { name: 'dokument/bilaga-1.pdf', data: entries['dokument/missiv.docx']! },
    ]);
    expect(swedish(await readPackageFile(bytes))).toEqual([
      'Paketfilen innehåller ”dokument/bilaga-1.pdf” mer än en gång. Filen har inte lästs.',
    ]);
  });

  it('refuses a zip bomb from its directory, before unpacking a byte of it', async () => {
    const zeros = new Uint8Array(packageLimits.unpackedBytes + 1);
    const bomb = craftZip([
      { name: PACKAGE_DATA_ENTRY, data: encode(serializePackageData(aPackage())), deflate: true },
      { name: 'dokument/x.pdf', data: zeros, deflate: true },
    ]);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    const message =
      'Paketfilen packas upp till mer än ett remisspaket får innehålla (högst 52 MB, och ingen del mer än 100 gånger sin packade storlek). Filen har inte lästs.';
    expect(swedish(await readPackageFile(bomb))).toEqual([message]);
    // Small in total, but one entry shrunk a thousandfold: no PDF or Word file does that.
    const dense = craftZip([
      { name: PACKAGE_DATA_ENTRY, data: encode(serializePackageData(aPackage())), deflate: true },
      { name: 'dokument/x.pdf', data: new Uint8Array(5_000_000), deflate: true },
    ]);
    expect(swedish(await readPackageFile(dense))).toEqual([message]);
  });

  it('unpacks no more than the directory declares, so a size that lies only damages the document', async () => {
    const entries = entriesOf(writePackageFile(content, files));
    const bytes = craftZip(
      Object.entries(entries).map(([name, data]) => ({
        name,
        data,
        deflate: true,
        ...(name === 'dokument/bilaga-1.pdf' && { declaredSize: 100 }),
      })),
    );
    expect(swedish(await readPackageFile(bytes))).toEqual([
      'Dokumentet ”Bilaga 1 – ambitionsnivåer” är skadat: innehållet stämmer inte med paketfilens kontrollsumma.',
    ]);
  });

  it('refuses data larger than the limit inside a package file', async () => {
    const huge = encode(
      JSON.stringify({ format: 'malsamtal.remisspaket', version: 2, package: aPackage(), padding: ' '.repeat(packageLimits.dataBytes) }),
    );
    const bytes = craftZip([{ name: PACKAGE_DATA_ENTRY, data: huge }]);
    expect(swedish(await readPackageFile(bytes))).toEqual([
      'Remisspaketets uppgifter är för stora. De får vara högst 2 MB utan dokumenten.',
    ]);
  });

  it('refuses more entries than a package may have documents', async () => {
    const many = Array.from({ length: packageLimits.documents + 1 }, (_, index) => ({ name: `dokument/d${index}.pdf`, data: pdf }));
    const bytes = craftZip([{ name: PACKAGE_DATA_ENTRY, data: encode(serializePackageData(aPackage())) }, ...many]);
    expect(swedish(await readPackageFile(bytes))).toEqual(['Paketfilen innehåller för många filer (högst 21). Filen har inte lästs.']);
  });

  it('refuses a file beyond the size limit before reading it', async () => {
    const bytes = new Uint8Array(packageLimits.fileBytes + 1).fill(0x20);
    expect(swedish(await readPackageFile(bytes))).toEqual(['Filen är för stor. En paketfil får vara högst 52 MB.']);
  });

  it('checks the documents as the package data describes them: ids, bilaga numbers, sizes and pages', async () => {
    const [letter, bilaga] = content.documents as [RemissPackage['documents'][number], RemissPackage['documents'][number]];
    const wrong: RemissPackage = {
      ...content,
      documents: [
        { ...letter, id: '../missiv' },
        { ...bilaga, number: null },
        { ...bilaga, id: 'bilaga-2', number: 1, size: packageLimits.documentBytes + 1 },
        { ...bilaga, id: 'bilaga-3', number: 1, size: packageLimits.documentsTotalBytes - packageLimits.documentBytes },
      ],
      goals: content.goals.map((goal, index) =>
        index === 0
          ? {
              ...goal,
              documentReferences: [
                { documentId: 'bilaga-1', page: 7 },
                { documentId: 'saknas', page: 1 },
              ],
            }
          : goal,
      ),
    };
    expect(swedish(await readPackageFile(encode(serializePackageData(wrong))))).toEqual([
      'Dokument 1: id får bara innehålla a–z, A–Z, siffror, _ och -',
    ]);
    wrong.documents[0] = letter;
    expect(swedish(await readPackageFile(encode(serializePackageData(wrong))))).toEqual([
      'Dokument 2: nummer saknas',
      'Dokument 3: filen är för stor (högst 30 MB)',
      'Dokument 4: nummer 1 används redan',
      'Paketet: dokumenten är sammanlagt för stora (högst 50 MB)',
      'Mål 1, dokumenthänvisning 1: sidan måste ligga mellan 1 och 6',
      'Mål 1, dokumenthänvisning 2: dokumentet finns inte i paketet',
    ]);
  });
});

describe('what a document is, by its content', () => {
  it('knows a PDF and a Word document whatever they are called, and nothing else', () => {
    expect(documentKindOf(pdf)).toBe('pdf');
    expect(documentKindOf(docx)).toBe('docx');
    expect(documentKindOf(encode('%PDF'))).toBeNull();
    expect(documentKindOf(encode('Hej, det här är en textfil.'))).toBeNull();
    // A zip is not a Word document unless it holds one, and an old .doc is not a .docx.
    expect(documentKindOf(writePackageFile(content, files))).toBeNull();
    expect(documentKindOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBeNull();
  });
});
