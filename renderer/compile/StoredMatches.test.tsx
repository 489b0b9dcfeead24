import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { fixtureAnswer } from '../../tests/fixtures/exampleAnswers';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { CompileScreen } from './CompileScreen';

/** A row as the first release (schema version 5) stored it: the body named, no remissinstans id. */
async function storeFirstReleaseAnswer(database: ReturnType<typeof createTestDatabase>, bodyName: string, index: number) {
  const answer = await fixtureAnswer(index, { adjusted: true, respondent: { id: '', name: bodyName } });
  const { respondentId: _none, ...body } = answer.body;
  await database.answers.put({
    id: `${examplePackage.id}:${bodyName}:${answer.meeting.id}`,
    packageId: examplePackage.id,
    fileName: `${bodyName} svar.msvar`,
    importedAt: '2020-10-01T09:00:00.000Z',
    answer: { ...answer, body },
  });
}

/** The remissinstans's row in the round's overview. */
const rowOf = (name: string) =>
  within(screen.getByRole('table', { name: 'Remissinstansernas svar' }))
    .getByRole('rowheader', { name })
    .closest('tr')!;

describe('stored answers without a remissinstans id in the round', () => {
  it('are counted for a remissinstans only after the user links each to the one its name suggests', async () => {
    const database = createTestDatabase();
    await storeFirstReleaseAnswer(database, 'Socialnämnden', 1);
    await storeFirstReleaseAnswer(database, 'Tekniska nämnden', 2);
    renderWithApp(<CompileScreen packageId={examplePackage.id} />, database);

    const panel = await screen.findByRole('region', { name: 'Sparade svar utan remissinstans' });
    expect(within(panel).getByText(/Inget namn i listan över remissinstanser stämmer/)).toBeInTheDocument();
    expect(screen.getByText(/^0 av 7 remissinstanser har svarat/)).toBeInTheDocument();
    expect(within(rowOf('Socialnämnden')).getByText('Inte än')).toBeInTheDocument();

    await userEvent.click(within(panel).getByRole('button', { name: 'Koppla till Socialnämnden' }));

    expect(await screen.findByText(/^1 av 7 remissinstanser har svarat/)).toBeInTheDocument();
    expect(within(rowOf('Socialnämnden')).getByText('Justerat svar')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Koppla till Socialnämnden' })).not.toBeInTheDocument();
    const stored = await database.answers.toArray();
    expect(stored.map((row) => [row.answer.body.name, row.answer.body.respondentId])).toEqual(
      expect.arrayContaining([
        ['Socialnämnden', 'socialnamnden'],
        ['Tekniska nämnden', undefined],
      ]),
    );
  });

  it('links all suggested answers at once and then offers nothing more', async () => {
    const database = createTestDatabase();
    await storeFirstReleaseAnswer(database, 'Socialnämnden', 1);
    await storeFirstReleaseAnswer(database, 'kommunstyrelsen', 2);
    renderWithApp(<CompileScreen packageId={examplePackage.id} />, database);

    await userEvent.click(await screen.findByRole('button', { name: 'Koppla alla föreslagna' }));

    expect(await screen.findByText(/^2 av 7 remissinstanser har svarat/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sparade svar utan remissinstans' })).not.toBeInTheDocument();
    expect(within(rowOf('Kommunstyrelsen')).getByText('Justerat svar')).toBeInTheDocument();
  });
});
