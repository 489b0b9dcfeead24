import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../tests/support/renderWithApp';
import { useBodyDraft } from '../stores/bodyDraft';
import { BodiesScreen } from './BodiesScreen';

afterEach(() => useBodyDraft.getState().close());

async function openNewBody(user: ReturnType<typeof userEvent.setup>) {
  const view = renderWithApp(<BodiesScreen />);
  await user.click(await screen.findByRole('button', { name: 'Lägg till nämnd eller styrelse' }));
  const form = screen.getByRole('form', { name: 'Ny nämnd eller styrelse' });
  await user.type(within(form).getByRole('textbox', { name: 'Namn' }), 'Socialnämnden');
  await user.click(within(form).getByRole('button', { name: 'Lägg till eget mål' }));
  await user.type(within(form).getByRole('textbox', { name: 'Eget mål 1: Målets lydelse' }), 'Kortare väntetider');
  return { ...view, form };
}

describe('an own goal’s forecast in the body profile', () => {
  it('stores the traffic light and its line; the line and date appear once there is a forecast', async () => {
    const user = userEvent.setup();
    const { database, form } = await openNewBody(user);
    const outcome = within(form).getByRole('radiogroup', { name: 'Eget mål 1: Prognos' });
    expect(within(outcome).getByRole('radio', { name: 'Ingen prognos' })).toBeChecked();
    expect(within(form).queryByRole('textbox', { name: 'Eget mål 1: Kommentar till prognosen' })).not.toBeInTheDocument();

    await user.click(within(outcome).getByRole('radio', { name: 'Uppnås inte' }));
    await user.type(within(form).getByRole('textbox', { name: 'Eget mål 1: Kommentar till prognosen' }), 'Fler ansökningar än väntat');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await screen.findByRole('heading', { level: 3, name: 'Socialnämnden' });
    const [stored] = await database.bodies.toArray();
    expect(stored!.ownGoals[0]!.forecast).toEqual({ outcome: 'uppnasInte', text: 'Fler ansökningar än väntat', date: null });
  });

  it('refuses a line over the limit, says so beside it, and stores nothing', async () => {
    const user = userEvent.setup();
    const { database, form } = await openNewBody(user);
    await user.click(within(form).getByRole('radio', { name: 'Uppnås' }));
    const line = within(form).getByRole('textbox', { name: 'Eget mål 1: Kommentar till prognosen' });
    await user.click(line);
    await user.paste('x'.repeat(501));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(line).toHaveAttribute('aria-invalid', 'true'));
    expect(line).toHaveAccessibleDescription(expect.stringContaining('Kommentaren till prognosen får vara högst 500 tecken.'));
    expect(await database.bodies.count()).toBe(0);
  });

  it('takes the forecast away with “Ingen prognos”', async () => {
    const user = userEvent.setup();
    const { database, form } = await openNewBody(user);
    await user.click(within(form).getByRole('radio', { name: 'Uppnås delvis' }));
    await user.click(within(form).getByRole('radio', { name: 'Ingen prognos' }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await screen.findByRole('heading', { level: 3, name: 'Socialnämnden' });
    const [stored] = await database.bodies.toArray();
    expect(stored!.ownGoals[0]).not.toHaveProperty('forecast');
  });
});
