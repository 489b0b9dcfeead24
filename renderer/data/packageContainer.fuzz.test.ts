import { unzipSync } from 'fflate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/domain/meeting';
import { sha256HexOfBytes } from '../../shared/format/sha256';
import { messagesFor } from '../../shared/i18n/messages';
import { packageFileIssueMessage } from '../../shared/i18n/packageFileMessages';
import { PACKAGE_DATA_ENTRY, writePackageFile, type DocumentFile } from '../../shared/remiss/packageContainer';
import { packageLimits, serializePackageData, validatePackage, type PackageFileIssue } from '../../shared/remiss/packageFile';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { dumpDatabase } from '../../tests/support/databaseDump';
import { aDocx, aPackageDocument, aPdf } from '../../tests/support/documentFiles';
import { mutatedFile } from '../../tests/support/mutations';
import { aPackage } from '../../tests/support/packageFiles';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { craftZip, type CraftedEntry } from '../../tests/support/zipCrafting';
import type { MalsamtalDatabase } from './db';
import { importPackageFile } from './packages';

const encode = (text: string) => new TextEncoder().encode(text);
const swedish = (issue: PackageFileIssue) => packageFileIssueMessage(messagesFor('sv'), issue);
const english = (issue: PackageFileIssue) => packageFileIssueMessage(messagesFor('en'), issue);

let content: RemissPackage;
let files: DocumentFile[];
let valid: Uint8Array;

beforeAll(async () => {
  const pdf = await aPdf(3);
  const docx = await aDocx('Missiv', ['Intern remiss ambitionsnivå kommunfullmäktiges övergripande mål (KS 2019/160)']);
  const bilaga = await aPackageDocument(pdf, { id: 'bilaga-1', title: 'Bilaga 1', pageCount: 3 });
  const letter = await aPackageDocument(docx, {
    id: 'missiv',
    title: 'Missiv',
    role: 'letter',
    number: null,
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  content = {
    ...aPackage({ id: 'remiss-2024' }),
    documents: [letter.document, bilaga.document],
    goals: aPackage().goals.map((goal, index) =>
      index === 0 ? { ...goal, documentReferences: [{ documentId: 'bilaga-1', page: 2 }] } : goal,
    ),
  };
  files = [letter.file, bilaga.file];
  valid = writePackageFile(content, files);
});

/** A laptop with a meeting and a package that already has documents of its own: there is something to leave untouched. */
async function laptop(): Promise<MalsamtalDatabase> {
  const database = createTestDatabase();
  await database.meetings.add(
    createMeeting({ bodyName: 'Barn- och utbildningsnämnden', date: '2020-09-15' }, 'm-1', new Date('2020-09-01T08:00:00Z')),
  );
  const other = { ...content, id: 'annan-remiss', title: 'En annan remiss' };
  const imported = await importPackageFile(database, writePackageFile(other, files));
  if (imported.outcome !== 'imported') throw new Error(imported.outcome);
  return database;
}

/** The valid file's entries, with some replaced, dropped or added, written back as a zip by hand. */
function alteredEntries(change: (entries: CraftedEntry[]) => CraftedEntry[]): Uint8Array {
  const entries = Object.entries(unzipSync(valid)).map(([name, data]) => ({ name, data, deflate: name === PACKAGE_DATA_ENTRY }));
  return craftZip(change(entries));
}

const withData = (data: Uint8Array) => (entries: CraftedEntry[]) =>
  entries.map((entry) => (entry.name === PACKAGE_DATA_ENTRY ? { ...entry, data } : entry));

/** What importing did: refused with Swedish messages and the store as it was, asked about a conflict, or stored whole. */
async function expectRefusedOrWhole(database: MalsamtalDatabase, bytes: Uint8Array): Promise<'refused' | 'imported' | 'conflict'> {
  const before = await dumpDatabase(database);
  const outcome = await importPackageFile(database, bytes);
  if (outcome.outcome === 'imported') {
    // Whatever got in is a package the app can work with, every document there and whole.
    expect(validatePackage(outcome.record.content).ok).toBe(true);
    for (const document of outcome.record.content.documents) {
      const stored = await database.documentFiles.get([outcome.record.id, document.id]);
      expect(await sha256HexOfBytes(stored!.bytes)).toBe(document.sha256);
    }
    return 'imported';
  }
  if (outcome.outcome === 'invalid') {
    expect(outcome.issues.length).toBeGreaterThan(0);
    for (const issue of outcome.issues) {
      const message = swedish(issue);
      expect(message).not.toMatch(/undefined|\[object|NaN/);
      expect(message.length).toBeGreaterThan(10);
      expect(message, 'the message comes from the Swedish catalog').not.toBe(english(issue));
    }
  }
  expect(await dumpDatabase(database)).toEqual(before);
  return outcome.outcome === 'conflict' ? 'conflict' : 'refused';
}

describe('the importer against malformed package files', () => {
  const zeros = () => new Uint8Array(packageLimits.unpackedBytes + 1);
  const hostile: Array<[string, () => Uint8Array, string]> = [
    [
      'a file cut short',
      () => valid.slice(0, Math.floor(valid.byteLength / 2)),
      'Paketfilen är skadad eller avkortad och kan inte läsas. Be avsändaren om en ny fil.',
    ],
    [
      'a file cut inside its directory',
      () => valid.slice(0, valid.byteLength - 30),
      'Paketfilen är skadad eller avkortad och kan inte läsas. Be avsändaren om en ny fil.',
    ],
    [
      'a document with a wrong checksum',
      () =>
        alteredEntries(
          withData(
            encode(serializePackageData({ ...content, documents: content.documents.map((d) => ({ ...d, sha256: '0'.repeat(64) })) })),
          ),
        ),
      'Dokumentet ”Missiv” är skadat: innehållet stämmer inte med paketfilens kontrollsumma.',
    ],
    [
      'a name that climbs out with ../',
      () => alteredEntries((entries) => [...entries, { name: '../../../etc/cron.d/x', data: encode('* * * * * root rm -rf /') }]),
      'Paketfilen innehåller ”../../../etc/cron.d/x”, som inte hör till remisspaketet. Filen har inte lästs.',
    ],
    [
      'an absolute Windows path',
      () => alteredEntries((entries) => [...entries, { name: 'C:\\Windows\\System32\\x.dll', data: encode('MZ') }]),
      'Paketfilen innehåller ”C:\\Windows\\System32\\x.dll”, som inte hör till remisspaketet. Filen har inte lästs.',
    ],
    [
      'a zip bomb',
      () =>
        craftZip([
          { name: PACKAGE_DATA_ENTRY, data: encode(serializePackageData(aPackage())), deflate: true },
          { name: 'dokument/x.pdf', data: zeros(), deflate: true },
        ]),
      'Paketfilen packas upp till mer än ett remisspaket får innehålla (högst 52 MB, och ingen del mer än 100 gånger sin packade storlek). Filen har inte lästs.',
    ],
    [
      'a document that is not a PDF',
      () =>
        alteredEntries((entries) => {
          const fake = encode('#!/bin/sh\necho detta är ingen pdf\n'.padEnd(200, '#'));
          return entries.map((entry) => (entry.name === 'dokument/bilaga-1.pdf' ? { ...entry, data: fake } : entry));
        }),
      'Dokumentet ”Bilaga 1” är skadat: innehållet stämmer inte med paketfilens kontrollsumma.',
    ],
    [
      'the same name twice',
      () => alteredEntries((entries) => [...entries, { ...entries.find((entry) => entry.name === 'dokument/bilaga-1.pdf')! }]),
      'Paketfilen innehåller ”dokument/bilaga-1.pdf” mer än en gång. Filen har inte lästs.',
    ],
    [
      'a huge manifest',
      () =>
        craftZip([
          {
            name: PACKAGE_DATA_ENTRY,
            data: encode(serializePackageData({ ...aPackage(), introduction: 'x'.repeat(packageLimits.dataBytes) })),
          },
        ]),
      'Remisspaketets uppgifter är för stora. De får vara högst 2 MB utan dokumenten.',
    ],
    [
      'a file that is no zip and no JSON',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'Filen är inte en textfil i UTF-8. Välj en paketfil som Målsamtal har exporterat.',
    ],
  ];

  it.each(hostile)('refuses %s with a clear Swedish message, the store unchanged', async (_, bytes, message) => {
    const database = await laptop();
    const before = await dumpDatabase(database);
    const outcome = await importPackageFile(database, bytes());
    expect(outcome.outcome).toBe('invalid');
    expect(outcome.outcome === 'invalid' && outcome.issues.map(swedish)).toContain(message);
    expect(await dumpDatabase(database)).toEqual(before);
  });

  it('refuses a document that is not what the data says, even with its checksum right', async () => {
    const fake = encode('Detta är text, inte en PDF, men kontrollsumman stämmer.');
    const { document, file } = await aPackageDocument(fake, { id: 'bilaga-1', title: 'Bilaga 1', pageCount: 3 });
    const database = await laptop();
    const before = await dumpDatabase(database);
    const outcome = await importPackageFile(
      database,
      writePackageFile({ ...content, documents: [content.documents[0]!, document] }, [files[0]!, file]),
    );
    expect(outcome.outcome === 'invalid' && outcome.issues.map(swedish)).toEqual(['Dokumentet ”Bilaga 1” är ingen PDF-fil.']);
    expect(await dumpDatabase(database)).toEqual(before);
  });

  it('imports 300 package files with bytes flipped, cut or repeated: each refused with the store untouched, or stored whole', async () => {
    const database = await laptop();
    const tally = { refused: 0, imported: 0, conflict: 0 };
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (changes) => {
        let bytes = valid.slice();
        for (const change of changes) {
          const at = change.at % bytes.byteLength;
          if (change.kind === 'flip') bytes[at] = change.value;
          else if (change.kind === 'truncate') bytes = bytes.slice(0, at);
          else bytes = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at, at + change.length), ...bytes.subarray(at)]);
        }
        tally[await expectRefusedOrWhole(database, bytes)] += 1;
      }),
      { numRuns: 300 },
    );
    // Most damage is caught by the zip's own structure or by a checksum.
    expect(tally.refused).toBeGreaterThan(200);
  }, 180_000);

  it('imports 300 package files whose data was mutated inside a whole zip: refused, asked about, or stored whole', async () => {
    const database = await laptop();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutatedFile(serializePackageData(content)), async (text) => {
        if ((await expectRefusedOrWhole(database, alteredEntries(withData(encode(text))))) === 'refused') refused += 1;
      }),
      { numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(150);
  }, 180_000);
});
