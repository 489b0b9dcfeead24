import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../tests/support/renderWithApp';
import { LiveRegion } from '../app/LiveRegion';
import { useBodyDraft } from '../stores/bodyDraft';
import { BodiesScreen } from './BodiesScreen';

afterEach(() => useBodyDraft.getState().close());

function renderScreen() {
  return renderWithApp(
    <>
      <BodiesScreen />
      <LiveRegion />
    </>,
  );
}

describe('the body profiles', () => {
  it('adds a board with an own goal linked to the council’s goals, and suggests those goals', async () => {
    const user = userEvent.setup();
    const { database } = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Lägg till nämnd eller styrelse' }));
    const form = screen.getByRole('form', { name: 'Ny nämnd eller styrelse' });
    await user.type(within(form).getByRole('textbox', { name: 'Namn' }), 'Barn- och utbildningsnämnden');
    await user.click(within(form).getByRole('button', { name: 'Lägg till eget mål' }));
    await user.type(within(form).getByRole('textbox', { name: 'Eget mål 1: Målets lydelse' }), 'Alla elever når målen');
    const links = within(form).getByRole('group', { name: 'Eget mål 1: Bidrar till kommunfullmäktiges mål' });
    await user.click(within(links).getByRole('checkbox', { name: /^Mål 3: Vaggeryds kommun ska vara en plats med en hög kunskapsnivå/ }));
    await user.click(within(links).getByRole('checkbox', { name: /^Mål 2: / }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    const card = (await screen.findByRole('heading', { level: 3, name: 'Barn- och utbildningsnämnden' })).closest('li')!;
    expect(within(card).getByText('Nämnd')).toBeInTheDocument();
    expect(within(card).getByText(/Föreslagna mål för fördjupad dialog: Mål 2, 3/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Barn- och utbildningsnämnden är sparad.');
    expect(await database.bodies.toArray()).toEqual([
      expect.objectContaining({
        name: 'Barn- och utbildningsnämnden',
        kind: 'namnd',
        ownGoals: [expect.objectContaining({ title: 'Alla elever når målen', kfGoalNumbers: [2, 3] })],
      }),
    ]);
  });

  it('says in Swedish what is missing, and stores nothing', async () => {
    const user = userEvent.setup();
    const { database } = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Lägg till nämnd eller styrelse' }));
    const form = screen.getByRole('form', { name: 'Ny nämnd eller styrelse' });
    await user.click(within(form).getByRole('button', { name: 'Lägg till eget mål' }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    const name = within(form).getByRole('textbox', { name: 'Namn' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Ange namnet.'));
    expect(within(form).getByRole('textbox', { name: 'Eget mål 1: Målets lydelse' })).toHaveAccessibleDescription('Skriv målets lydelse.');
    await waitFor(() => expect(name).toHaveFocus());
    expect(await database.bodies.count()).toBe(0);
  });

  it('keeps the typed text when the user leaves the screen and comes back', async () => {
    const user = userEvent.setup();
    const first = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Lägg till nämnd eller styrelse' }));
    await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Kultur- och fritids');
    first.unmount();

    renderScreen();
    expect(await screen.findByRole('textbox', { name: 'Namn' })).toHaveValue('Kultur- och fritids');
  });

  it('edits a board’s kind and deletes a board only after confirmation', async () => {
    const user = userEvent.setup();
    const { database } = renderScreen();
    await database.bodies.add({
      id: 'b-1',
      name: 'Vaggeryds Energi AB',
      kind: 'styrelse',
      ownGoals: [],
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z',
    });
    await user.click(await screen.findByRole('button', { name: 'Redigera: Vaggeryds Energi AB' }));
    await user.click(screen.getByRole('button', { name: /^Styrelse/ }));
    await user.click(await screen.findByRole('option', { name: 'Bolag' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect((await database.bodies.get('b-1'))?.kind).toBe('bolag'));

    await user.click(screen.getByRole('button', { name: 'Ta bort: Vaggeryds Energi AB' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort nämnden?' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(await database.bodies.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Ta bort: Vaggeryds Energi AB' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort' }));
    await waitFor(async () => expect(await database.bodies.count()).toBe(0));
    expect(await screen.findByText('Inga nämnder eller styrelser ännu.')).toBeInTheDocument();
  });
});

describe('the body’s roster', () => {
  it('keeps the members and substitutes with their parties and the number of members, for each meeting to fetch', async () => {
    const user = userEvent.setup();
    const { database } = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Lägg till nämnd eller styrelse' }));
    const form = screen.getByRole('form', { name: 'Ny nämnd eller styrelse' });
    await user.type(within(form).getByRole('textbox', { name: 'Namn' }), 'Socialnämnden');
    await user.type(within(form).getByRole('textbox', { name: 'Antal ledamöter i nämnden' }), '9');
    await user.click(within(form).getByRole('button', { name: 'Lägg till ledamot eller ersättare' }));
    await user.type(within(form).getByRole('textbox', { name: 'Person 1: namn' }), 'Anna Berg');
    await user.type(within(form).getByRole('textbox', { name: 'Person 1: parti' }), 'S');
    await user.click(within(form).getByRole('button', { name: 'Lägg till ledamot eller ersättare' }));
    await user.type(within(form).getByRole('textbox', { name: 'Person 2: parti' }), 'M');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Skriv namnet.')).toBeInTheDocument();
    expect(await database.bodies.count()).toBe(0);

    await user.type(within(form).getByRole('textbox', { name: 'Person 2: namn' }), 'Bo Ek');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await screen.findByRole('heading', { level: 3, name: 'Socialnämnden' });
    expect(await database.bodies.toArray()).toEqual([
      expect.objectContaining({
        memberCount: 9,
        members: [
          expect.objectContaining({ name: 'Anna Berg', party: 'S', role: 'ordforande' }),
          expect.objectContaining({ name: 'Bo Ek', party: 'M', role: 'ledamot' }),
        ],
      }),
    ]);
  }, 60_000);
});
