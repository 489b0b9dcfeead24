import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerFileToJson } from '../../shared/attachment/answerFile';
import { exampleRoundAnswers, fixtureAnswer } from '../../tests/fixtures/exampleAnswers';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { importAnswerFiles } from '../data/answers';
import { importEarlierAnswers } from '../data/roundReports';
import { CompileScreen } from './CompileScreen';

const encode = (text: string) => new TextEncoder().encode(text);

describe('the draft tjänsteskrivelse on the round screen', { timeout: 30_000 }, () => {
  it('keeps the office’s proposal as typed, and shows how the ratings moved since an earlier round', async () => {
    const database = createTestDatabase();
    const answers = await exampleRoundAnswers();
    await importAnswerFiles(
      database,
      examplePackage.id,
      answers.map((answer, index) => ({ fileName: `${index}.msvar`, bytes: encode(answerFileToJson(answer)) })),
    );
    const earlier = await fixtureAnswer(1, { pkg: { ...examplePackage, id: 'remiss-2019' }, respondent: examplePackage.respondents[0]! });
    const refused = await importEarlierAnswers(database, examplePackage.id, [
      { fileName: '2019.msvar', bytes: encode(answerFileToJson(earlier)) },
      { fileName: 'samma.msvar', bytes: encode(answerFileToJson(answers[1]!)) },
    ]);
    expect(refused).toEqual([
      { fileName: '2019.msvar', added: true },
      { fileName: 'samma.msvar', sameRound: true },
    ]);

    const user = userEvent.setup();
    renderWithApp(<CompileScreen packageId={examplePackage.id} />, database);
    const proposal = await screen.findByRole('textbox', { name: 'Förslag till beslut' });
    await user.click(proposal);
    await user.paste('Kommunstyrelsen föreslår kommunfullmäktige att fastställa ambitionsnivåerna.');
    await waitFor(
      async () =>
        expect((await database.roundReports.get(examplePackage.id))?.sections.proposal).toBe(
          'Kommunstyrelsen föreslår kommunfullmäktige att fastställa ambitionsnivåerna.',
        ),
      { timeout: 8000 },
    );
    const table = screen.getByRole('table', { name: 'Bedömningar per remissinstans och mål: tidigare → nu' });
    // Kommunstyrelsen rated goal 1 with step 2 in 2019 and step 1 now.
    expect(table).toHaveTextContent('Kommunstyrelsen');
    expect(table).toHaveTextContent('2 → 1');
  });
});
