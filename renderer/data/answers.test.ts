import { describe, expect, it } from 'vitest';
import { answerFileToJson } from '../../shared/attachment/answerFile';
import { fixtureAnswer, fixtureAnswerFiles } from '../../tests/fixtures/exampleAnswers';
import { answerFileIssueMessage } from '../../shared/i18n/answerFileMessages';
import { messagesFor } from '../../shared/i18n/messages';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { chooseCountedAnswer, importAnswerFiles, resolveAnswerConflict } from './answers';

const encode = (files: { fileName: string; text: string }[]) =>
  files.map(({ fileName, text }) => ({ fileName, bytes: new TextEncoder().encode(text) }));

describe('importing answer files', () => {
  it('stores every remissinstans’s answer at once and reports each file', async () => {
    const database = createTestDatabase();
    const outcomes = await importAnswerFiles(database, examplePackage.id, encode(await fixtureAnswerFiles(7, { forRespondents: true })));
    expect(outcomes.filter((outcome) => outcome.kind === 'added')).toHaveLength(7);
    expect(await database.answers.where('packageId').equals(examplePackage.id).count()).toBe(7);
  });

  it('holds an answer from a body outside the package’s list, storing nothing, and reports the progress as it reads', async () => {
    const database = createTestDatabase();
    const progress: number[] = [];
    const outcomes = await importAnswerFiles(database, examplePackage.id, encode(await fixtureAnswerFiles(12)), new Date(), {
      onProgress: (done) => progress.push(done),
    });
    expect(new Set(outcomes.map((outcome) => outcome.kind))).toEqual(new Set(['needsMatch']));
    expect(progress).toEqual([10, 12]);
    expect(await database.answers.count()).toBe(0);
  });

  it('stores nothing when the import is cancelled', async () => {
    const database = createTestDatabase();
    const controller = new AbortController();
    const files = encode(await fixtureAnswerFiles(7, { forRespondents: true }));
    const importing = importAnswerFiles(database, examplePackage.id, files, new Date(), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(importing).rejects.toThrow();
    expect(await database.answers.count()).toBe(0);
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

  it('stores a conflict to wait for the user, then keeps the stored answer or takes the new one in its place', async () => {
    const database = createTestDatabase();
    await importAnswerFiles(database, examplePackage.id, encode(await fixtureAnswerFiles(1, { forRespondents: true })));
    const [stored] = await database.answers.toArray();
    const [different] = await fixtureAnswerFiles(1, { forRespondents: true, commentText: 'Ett helt annat svar.' });
    const [outcome] = await importAnswerFiles(database, examplePackage.id, encode([{ ...different!, fileName: 'nytt.msvar' }]));
    if (outcome?.kind !== 'conflict') throw new Error(`expected a conflict, got ${outcome?.kind}`);
    expect(await database.answers.get(outcome.incoming.id)).toMatchObject({ fileName: 'nytt.msvar', conflictOf: stored!.id });

    await resolveAnswerConflict(database, outcome.incoming, 'existing');
    expect((await database.answers.toArray()).map((answer) => answer.fileName)).toEqual(['Kommunstyrelsen svar.msvar']);

    const [again] = await importAnswerFiles(database, examplePackage.id, encode([{ ...different!, fileName: 'nytt.msvar' }]));
    if (again?.kind !== 'conflict') throw new Error(`expected a conflict, got ${again?.kind}`);
    await resolveAnswerConflict(database, again.incoming, 'incoming');
    const answers = await database.answers.toArray();
    expect(answers.map((answer) => [answer.id, answer.fileName, answer.conflictOf])).toEqual([[stored!.id, 'nytt.msvar', undefined]]);
  });

  it('says that an answer is to another version of the stored package, and still stores it', async () => {
    const database = createTestDatabase();
    const edited = { ...examplePackage, title: `${examplePackage.title} (utkast)`, goals: examplePackage.goals.slice(0, 3) };
    const older = await fixtureAnswer(2, {
      pkg: { ...examplePackage, goals: [...examplePackage.goals] },
      respondent: examplePackage.respondents[2]!,
    });
    await database.packages.update(examplePackage.id, { content: edited });
    const [outcome] = await importAnswerFiles(database, examplePackage.id, [
      { fileName: 'gammal.msvar', bytes: new TextEncoder().encode(answerFileToJson(older)) },
    ]);
    expect(outcome).toMatchObject({
      kind: 'added',
      otherVersion: { unknownGoals: [{ number: 4, title: examplePackage.goals[3]!.title }] },
    });
    expect(await database.answers.count()).toBe(1);
  });

  it('keeps the choice of which of a body’s answers counts, leaving the others stored', async () => {
    const database = createTestDatabase();
    const august = await fixtureAnswer(0, { respondent: examplePackage.respondents[0]!, meeting: { id: 'aug', date: '2020-08-20' } });
    const september = await fixtureAnswer(0, { respondent: examplePackage.respondents[0]!, meeting: { id: 'sep', date: '2020-09-15' } });
    await importAnswerFiles(
      database,
      examplePackage.id,
      encode([
        { fileName: 'augusti.msvar', text: answerFileToJson(august) },
        { fileName: 'september.msvar', text: answerFileToJson(september) },
      ]),
    );
    const ids = (await database.answers.toArray()).map((answer) => answer.id);
    await chooseCountedAnswer(
      database,
      ids,
      ids.find((id) => id.endsWith(':sep'))!,
    );
    expect((await database.answers.toArray()).map((answer) => [answer.fileName, answer.setAside])).toEqual([
      ['augusti.msvar', true],
      ['september.msvar', false],
    ]);
  });
});
