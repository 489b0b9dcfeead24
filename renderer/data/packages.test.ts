import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../shared/i18n/messages';
import { packageFileIssueMessage } from '../../shared/i18n/packageFileMessages';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { writePackageFile } from '../../shared/remiss/packageContainer';
import { dumpDatabase } from '../../tests/support/databaseDump';
import { aPackage, aPackageFile, badPackageFiles } from '../../tests/support/packageFiles';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { createMeeting } from '../../shared/domain/meeting';
import { deletePackage, duplicatePackage, importPackageFile, resolveImportConflict, savePackageContent } from './packages';

const copyTitle = (title: string) => `${title} (kopia)`;

async function databaseWithMeetingOn(packageId: string) {
  const database = createTestDatabase();
  await database.packages.count();
  await database.meetings.add({ ...createMeeting({ bodyName: 'Socialnämnden', date: '2020-09-15' }, 'm-1', new Date()), packageId });
  return database;
}

describe('importing a package file', () => {
  it('stores a valid package as imported', async () => {
    const database = createTestDatabase();
    const outcome = await importPackageFile(database, aPackageFile());
    expect(outcome).toMatchObject({ outcome: 'imported', record: { id: 'kommun-ks-2024-12', origin: 'imported' } });
    expect((await database.packages.get('kommun-ks-2024-12'))?.content).toEqual(aPackage());
  });

  it.each(badPackageFiles().map((file) => [file.name, file] as const))(
    'refuses %s with its Swedish message and leaves every table as it was',
    async (_, file) => {
      const database = await databaseWithMeetingOn(examplePackage.id);
      await importPackageFile(database, aPackageFile());
      const before = await dumpDatabase(database);

      const outcome = await importPackageFile(database, file.bytes);

      expect(outcome.outcome).toBe('invalid');
      const messages =
        outcome.outcome === 'invalid' ? outcome.issues.map((issue) => packageFileIssueMessage(messagesFor('sv'), issue)) : [];
      expect(messages).toContain(file.message);
      expect(await dumpDatabase(database)).toEqual(before);
      expect(Object.prototype).not.toHaveProperty('isAdmin');
    },
  );

  it('never overwrites a package with the same id silently, but asks', async () => {
    const database = createTestDatabase();
    await importPackageFile(database, aPackageFile());
    const before = await dumpDatabase(database);
    const changed = aPackage({ title: 'Ändrad titel' });

    const outcome = await importPackageFile(database, aPackageFile(changed));

    expect(outcome).toMatchObject({ outcome: 'conflict', incoming: { content: { title: 'Ändrad titel' } }, existing: { id: changed.id } });
    expect(await dumpDatabase(database)).toEqual(before);
  });

  it('keeps both as a copy with a new id, or replaces the stored one when the user says so', async () => {
    const database = createTestDatabase();
    await importPackageFile(database, aPackageFile());
    const changed = aPackage({ title: 'Ändrad titel' });
    const incoming = { content: changed, documents: [] };

    const copied = await resolveImportConflict(database, incoming, 'copy', copyTitle);
    expect(copied).toMatchObject({ outcome: 'imported', record: { content: { title: 'Ändrad titel (kopia)' } } });
    expect(copied.outcome === 'imported' && copied.record.id).not.toBe(changed.id);
    expect((await database.packages.get(changed.id))?.content.title).toBe('Remiss om ambitionsnivåer 2024');

    await resolveImportConflict(database, incoming, 'replace', copyTitle);
    expect((await database.packages.get(changed.id))?.content.title).toBe('Ändrad titel');
    expect(await database.packages.count()).toBe(3);
  });

  it('refuses to replace a package a meeting uses, or the built-in example', async () => {
    const database = await databaseWithMeetingOn('kommun-ks-2024-12');
    await importPackageFile(database, aPackageFile());
    const before = await dumpDatabase(database);

    expect(await importPackageFile(database, aPackageFile())).toMatchObject({
      outcome: 'conflict',
      replaceRefusal: { outcome: 'refused', reason: 'inUse', meetingCount: 1 },
    });
    expect(await resolveImportConflict(database, { content: aPackage({ title: 'Ny' }), documents: [] }, 'replace', copyTitle)).toEqual({
      outcome: 'refused',
      reason: 'inUse',
      meetingCount: 1,
    });
    expect(
      await resolveImportConflict(database, { content: { ...examplePackage, title: 'Kapad' }, documents: [] }, 'replace', copyTitle),
    ).toEqual({
      outcome: 'refused',
      reason: 'builtIn',
    });
    expect(await dumpDatabase(database)).toEqual(before);
  });

  it('reads back an exported package as the same package', async () => {
    const database = createTestDatabase();
    const outcome = await importPackageFile(database, writePackageFile(aPackage({ id: 'export-1' }), []));
    expect(outcome.outcome === 'imported' && outcome.record.content).toEqual(aPackage({ id: 'export-1' }));
  });
});

describe('keeping packages', () => {
  it('refuses to delete the built-in example or a package meetings are held on, and deletes others', async () => {
    const database = await databaseWithMeetingOn('kommun-ks-2024-12');
    await importPackageFile(database, aPackageFile());
    await importPackageFile(database, aPackageFile(aPackage({ id: 'oanvant' })));

    expect(await deletePackage(database, examplePackage.id)).toEqual({ outcome: 'refused', reason: 'builtIn' });
    expect(await deletePackage(database, 'kommun-ks-2024-12')).toEqual({ outcome: 'refused', reason: 'inUse', meetingCount: 1 });
    expect(await deletePackage(database, 'oanvant')).toEqual({ outcome: 'deleted' });
    expect((await database.packages.toCollection().primaryKeys()).sort()).toEqual(['kommun-ks-2024-12', examplePackage.id].sort());
  });

  it('duplicates the example into an editable copy, and never writes over the example', async () => {
    const database = createTestDatabase();
    const copy = await duplicatePackage(database, examplePackage.id, copyTitle);
    expect(copy).toMatchObject({ origin: 'created', content: { title: `${examplePackage.title} (kopia)`, goals: examplePackage.goals } });

    await savePackageContent(database, { ...copy.content, title: 'Vår remiss' });
    expect((await database.packages.get(copy.id))?.content.title).toBe('Vår remiss');
    await expect(savePackageContent(database, { ...examplePackage, title: 'Ändrat exempel' })).rejects.toThrow();
    expect((await database.packages.get(examplePackage.id))?.content).toEqual(examplePackage);
  });

  it('never writes over a package a meeting is held on, so the meeting’s goals and scale stay as they were', async () => {
    const database = await databaseWithMeetingOn('kommun-ks-2024-12');
    await importPackageFile(database, aPackageFile());
    const before = (await database.packages.get('kommun-ks-2024-12'))!.content;
    await expect(savePackageContent(database, { ...before, goals: before.goals.slice(1) })).rejects.toThrow(/read-only/);
    expect((await database.packages.get('kommun-ks-2024-12'))?.content).toEqual(before);
  });
});
