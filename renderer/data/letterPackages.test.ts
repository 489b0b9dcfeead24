import { describe, expect, it } from 'vitest';
import { readLetter } from '../../shared/letter/readLetter';
import { packageLimits } from '../../shared/remiss/packageFile';
import { dumpDatabase } from '../../tests/support/databaseDump';
import { aDocx, aPdf } from '../../tests/support/documentFiles';
import { blocksOf, seedLetter } from '../../tests/support/letters';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { createPackageFromLetter, type PickedLetterFile } from './letterPackages';

const reading = () => readLetter([{ fileName: 'brev.docx', blocks: blocksOf(seedLetter()) }]);
const plain = (bytes: Uint8Array | undefined) => (bytes ? Array.from(bytes) : bytes);

async function files(): Promise<PickedLetterFile[]> {
  return [
    { fileName: 'brev.docx', kind: 'docx', bytes: await aDocx('Remiss', ['Text.']), pageCount: null, bilagaNumber: null },
    { fileName: 'Bilaga 1.pdf', kind: 'pdf', bytes: await aPdf(2), pageCount: 2, bilagaNumber: 1 },
  ];
}

describe('creating the package a letter makes', () => {
  it('stores the package and every file together, under an id of its own when the case number’s is taken', async () => {
    const database = createTestDatabase();
    const picked = await files();
    const first = await createPackageFromLetter(database, reading(), picked, '2026-11-30');
    const second = await createPackageFromLetter(database, reading(), picked, '2026-11-30');
    if (first.outcome !== 'created' || second.outcome !== 'created') throw new Error('not created');
    expect([first.record.id, second.record.id]).toEqual(['ks-2019-160', 'ks-2019-160-2']);
    expect(first.record.origin).toBe('created');
    const [letter, bilaga] = first.record.content.documents;
    expect([letter!.role, bilaga!.role, bilaga!.number, bilaga!.pageCount]).toEqual(['letter', 'bilaga', 1, 2]);
    expect(plain((await database.documentFiles.get(['ks-2019-160', bilaga!.id]))?.bytes)).toEqual(plain(picked[1]!.bytes));
  });

  it('refuses a file over the limit and stores nothing', async () => {
    const database = createTestDatabase();
    await database.open();
    const before = await dumpDatabase(database);
    const [letter] = await files();
    const huge = { ...letter!, fileName: 'stor.pdf', bytes: new Uint8Array(packageLimits.documentBytes + 1) };
    expect(await createPackageFromLetter(database, reading(), [letter!, huge], '2026-11-30')).toEqual({
      outcome: 'tooLarge',
      fileName: 'stor.pdf',
      maxBytes: packageLimits.documentBytes,
    });
    expect(await dumpDatabase(database)).toEqual(before);
  });
});
