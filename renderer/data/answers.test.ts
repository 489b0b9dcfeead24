import { describe, expect, it } from 'vitest';
import { fixtureAnswerFiles } from '../../shared/compile/exampleAnswers';
import { answerFileIssueMessage } from '../../shared/i18n/answerFileMessages';
import { messagesFor } from '../../shared/i18n/messages';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { importAnswerFiles, resolveAnswerConflict } from './answers';

const encode = (files: { fileName: string; text: string }[]) =>
  files.map(({ fileName, text }) => ({ fileName, bytes: new TextEncoder().encode(text) }));

describe('importing answer files', () => {
  it('stores 40 answers at once and reports each file', async () => {
    const database = createTestDatabase();
    const outcomes = await importAnswerFiles(database, examplePackage.id, encode(await fixtureAnswerFiles(40)));
    expect(outcomes.filter((outcome) => outcome.kind === 'added')).toHaveLength(40);
    expect(await database.answers.where('packageId').equals(examplePackage.id).count()).toBe(40);
  });

  it('refuses a file that is not UTF-8 or too large, storing nothing', async () => {
    const database = createTestDatabase();
    const outcomes = await importAnswerFiles(database, examplePackage.id, [
      { fileName: 'bild.msvar', bytes: new Uint8Array([0xff, 0xfe, 0x00]) },
      { fileName: 'stor.msvar', bytes: new Uint8Array(5 * 1024 * 1024 + 1) },
    ]);
    expect(outcomes.map((outcome) => outcome.kind === 'invalid' && answerFileIssueMessage(messagesFor('sv'), outcome.issue))).toEqual([
      'Filen är inte text i UTF-8 och kan inte vara en svarsfil.',
      'Filen är för stor för att vara en svarsfil (högst 5 MB).',
    ]);
    expect(await database.answers.count()).toBe(0);
  });

  it('keeps the stored answer or takes the new one, as the user resolves a conflict', async () => {
    const database = createTestDatabase();
    await importAnswerFiles(database, examplePackage.id, encode(await fixtureAnswerFiles(1)));
    const [different] = await fixtureAnswerFiles(1, { commentText: 'Ett helt annat svar.' });
    const [outcome] = await importAnswerFiles(database, examplePackage.id, encode([{ ...different!, fileName: 'nytt.msvar' }]));
    if (outcome?.kind !== 'conflict') throw new Error(`expected a conflict, got ${outcome?.kind}`);
    await resolveAnswerConflict(database, outcome.incoming, 'existing');
    expect((await database.answers.toArray()).map((answer) => answer.fileName)).toEqual(['Område 0s nämnd svar.msvar']);
    await resolveAnswerConflict(database, outcome.incoming, 'incoming');
    expect((await database.answers.toArray()).map((answer) => answer.fileName)).toEqual(['nytt.msvar']);
  });
});
