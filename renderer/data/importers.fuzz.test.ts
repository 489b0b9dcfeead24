import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentId } from '../../shared/domain/dialogue';
import { createMeeting } from '../../shared/domain/meeting';
import { mutatedFile } from '../../tests/support/mutations';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { answerFileToJson } from '../../shared/attachment/answerFile';
import { fixtureAnswer } from '../../tests/fixtures/exampleAnswers';
import { answerFileIssueMessage } from '../../shared/i18n/answerFileMessages';
import { messagesFor } from '../../shared/i18n/messages';
import { encodePackageFile, validatePackage } from '../../shared/remiss/packageFile';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { createBackup, readBackup, restoreBackup } from './backup';
import { importPackageFile } from './packages';
import { importAnswerFiles } from './answers';
import type { MalsamtalDatabase } from './db';

async function dump(database: MalsamtalDatabase) {
  return Object.fromEntries(await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

async function laptopWithAMeeting(): Promise<MalsamtalDatabase> {
  const database = createTestDatabase();
  const meeting = createMeeting({ bodyName: 'Barn- och utbildningsnämnden', date: '2020-09-15' }, 'm-1', new Date('2020-09-01T08:00:00Z'));
  await database.meetings.add(meeting);
  await database.comments.add({
    id: commentId(meeting.id, 'overall'),
    meetingId: meeting.id,
    subject: 'overall',
    rating: null,
    draft: 'Nämnden ställer sig bakom ambitionsnivåerna.',
    agreedText: null,
    agreedAt: null,
    history: [],
    updatedAt: '2020-09-15T17:00:00.000Z',
  });
  return database;
}

describe('importers under fire', () => {
  it('reads 1,000 mutated backups without throwing: each is refused with the data untouched, or restores cleanly', async () => {
    const source = await laptopWithAMeeting();
    const valid = await createBackup(source, 'manual', '0.1.0', new Date('2020-09-15T18:00:00Z'));
    const backedUp = await dump(source);
    const database = await laptopWithAMeeting();
    let refused = 0;

    await fc.assert(
      fc.asyncProperty(mutatedFile(valid), async (text) => {
        const before = await dump(database);
        const read = await readBackup(database, text);
        if (!read.ok) {
          refused += 1;
          expect(await dump(database)).toEqual(before);
          return;
        }
        await restoreBackup(database, read.databaseExport);
        expect(await dump(database)).toEqual(backedUp);
      }),
      { numRuns: 1_000 },
    );
    // Nearly every mutation breaks the file or its checksum; a few only touch the wrapper's own fields.
    expect(refused).toBeGreaterThan(900);
  }, 120_000);

  it('imports 1,000 mutated package files without throwing: each is refused, asked about, or stored valid', async () => {
    const valid = new TextDecoder().decode(encodePackageFile({ ...examplePackage, id: 'remiss-2024', isExample: false }));
    let refused = 0;

    await fc.assert(
      fc.asyncProperty(mutatedFile(valid), async (text) => {
        const database = await laptopWithAMeeting();
        const before = await dump(database);
        const result = await importPackageFile(database, new TextEncoder().encode(text));
        if (result.outcome === 'imported') {
          // Whatever got in is a package the app can work with, and nothing else changed.
          expect(validatePackage(result.record.content).ok).toBe(true);
          expect(await database.packages.count()).toBe(before.packages!.length + 1);
        } else {
          if (result.outcome === 'invalid') refused += 1;
          expect(await dump(database)).toEqual(before);
        }
        database.close();
      }),
      { numRuns: 1_000 },
    );
    expect(refused).toBeGreaterThan(500);
  }, 180_000);

  it('reads 1,000 mutated answer files: each is imported, held as a conflict, or refused with a Swedish reason and the data untouched', async () => {
    const valid = answerFileToJson(await fixtureAnswer(1));
    const database = await laptopWithAMeeting();
    await importAnswerFiles(database, examplePackage.id, [{ fileName: 'Område 1.msvar', bytes: new TextEncoder().encode(valid) }]);
    let refused = 0;

    await fc.assert(
      fc.asyncProperty(mutatedFile(valid), async (text) => {
        const before = await dump(database);
        const [outcome] = await importAnswerFiles(database, examplePackage.id, [
          { fileName: 'svar.msvar', bytes: new TextEncoder().encode(text) },
        ]);
        if (outcome?.kind === 'added' || outcome?.kind === 'replaced') {
          expect(await database.answers.get(outcome.answer.id)).toEqual(outcome.answer);
          await database.answers.delete(outcome.answer.id);
          if (outcome.kind === 'replaced') await database.answers.put(outcome.previous);
          expect(await dump(database)).toEqual(before);
          return;
        }
        refused += 1;
        // A different answer for the stored meeting waits, marked and uncounted, for the user's choice.
        if (outcome?.kind === 'conflict') {
          expect(await database.answers.get(outcome.incoming.id)).toEqual(outcome.incoming);
          expect(outcome.incoming.conflictOf).toBe(outcome.existing.id);
          await database.answers.delete(outcome.incoming.id);
        }
        if (outcome?.kind === 'invalid')
          expect(answerFileIssueMessage(messagesFor('sv'), outcome.issue, examplePackage)).toMatch(/^[A-ZÅÄÖ][^\n]+\.$/);
        expect(await dump(database)).toEqual(before);
      }),
      { numRuns: 1_000 },
    );
    expect(refused).toBeGreaterThan(800);
  }, 120_000);
});
