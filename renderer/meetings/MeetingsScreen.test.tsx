import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LiveRegion } from '../app/LiveRegion';
import { renderWithApp } from '../../tests/support/renderWithApp';
import { useNavigation } from '../navigation/navigation';
import { MeetingsScreen } from './MeetingsScreen';

async function typeDate(user: ReturnType<typeof userEvent.setup>, digits: string) {
  const group = screen.getByRole('group', { name: 'Datum för sammanträdet' });
  await user.click(within(group).getAllByRole('spinbutton')[0]!);
  await user.keyboard(digits);
}

/** The seed's dates lie years back: the form asks, and the secretary says yes. */
async function confirmDate(user: ReturnType<typeof userEvent.setup>) {
  const question = await screen.findByRole('alertdialog', { name: 'Är datumet rätt?' });
  await user.click(within(question).getByRole('button', { name: 'Ja, datumet är rätt' }));
}

describe('MeetingsScreen', () => {
  it('shows an empty list in Swedish until the first meeting is created', async () => {
    renderWithApp(<MeetingsScreen />);
    expect(await screen.findByText('Inga möten ännu. Skapa det första ovan.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Möten' })).toBeInTheDocument();
  });

  it('stores a new meeting, lists it with a Swedish date, announces it and opens its preparation', async () => {
    const user = userEvent.setup();
    const { database } = renderWithApp(
      <>
        <MeetingsScreen />
        <LiveRegion />
      </>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' }), 'Barn- och utbildningsnämnden');
    await typeDate(user, '20200915');
    await user.click(screen.getByRole('button', { name: 'Skapa möte' }));
    await confirmDate(user);

    const list = await screen.findByRole('list', { name: 'Alla möten' });
    expect(within(list).getByRole('heading', { name: 'Barn- och utbildningsnämnden' })).toBeInTheDocument();
    expect(within(list).getByText('2020-09-15')).toBeInTheDocument();
    expect(within(list).getByText('Planerat')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Mötet för Barn- och utbildningsnämnden är skapat.');

    const stored = await database.meetings.toArray();
    expect(stored).toEqual([expect.objectContaining({ bodyName: 'Barn- och utbildningsnämnden', date: '2020-09-15', status: 'planned' })]);
    // No hunting for "Öppna" in the list: the new meeting opens at once.
    expect(useNavigation.getState().route).toEqual({ screen: 'meeting', meetingId: stored[0]!.id });
  });

  it('says what is missing, focuses the field, and stores nothing', async () => {
    const user = userEvent.setup();
    const { database } = renderWithApp(<MeetingsScreen />);
    await screen.findByText('Inga möten ännu. Skapa det första ovan.');
    await user.click(screen.getByRole('button', { name: 'Skapa möte' }));

    const name = screen.getByRole('textbox', { name: 'Nämnd eller styrelse' });
    expect(await screen.findByText('Ange nämndens eller styrelsens namn.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(await database.meetings.count()).toBe(0);
  });

  it('keeps what was typed and says so when the database refuses the write', async () => {
    const user = userEvent.setup();
    const { database } = renderWithApp(<MeetingsScreen />);
    vi.spyOn(database.meetings, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));

    await user.type(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' }), 'Kommunstyrelsen');
    await user.click(screen.getByRole('button', { name: 'Skapa möte' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Mötet kunde inte sparas. Försök igen.');
    expect(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' })).toHaveValue('Kommunstyrelsen');

    await user.click(screen.getByRole('button', { name: 'Skapa möte' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await database.meetings.count()).toBe(1);
  });

  it('lists the latest meeting first', async () => {
    const user = userEvent.setup();
    renderWithApp(<MeetingsScreen />);
    for (const [name, date] of [
      ['Kultur- och fritidsnämnden', '20200820'],
      ['Kommunstyrelsen', '20200915'],
    ] as const) {
      await user.type(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' }), name);
      await typeDate(user, date);
      await user.click(screen.getByRole('button', { name: 'Skapa möte' }));
      await confirmDate(user);
      await screen.findByRole('heading', { level: 3, name });
      await user.clear(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' }));
    }
    const headings = within(screen.getByRole('list', { name: 'Alla möten' })).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['Kommunstyrelsen', 'Kultur- och fritidsnämnden']);
    expect(screen.getByText('2 möten')).toBeInTheDocument();
  });

  it('refuses an impossible date with a message naming it, rather than making it the 28th', async () => {
    const user = userEvent.setup();
    const { database } = renderWithApp(<MeetingsScreen />);
    await user.type(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' }), 'Socialnämnden');
    await typeDate(user, '20230231');
    expect(await screen.findByText('2023-02-31 finns inte i kalendern. Ange ett datum som finns.')).toBeInTheDocument();
    // Leaving the field (the date picker would correct it to 28 February here) changes nothing.
    await user.click(screen.getByRole('button', { name: 'Skapa möte' }));
    expect(screen.getByText('2023-02-31 finns inte i kalendern. Ange ett datum som finns.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await database.meetings.count()).toBe(0);

    await typeDate(user, '20230228');
    await waitFor(() => expect(screen.queryByText(/finns inte i kalendern/)).not.toBeInTheDocument());
  });

  it('asks before it stores a date more than two years from today, and lets the secretary change it', async () => {
    const user = userEvent.setup();
    const { database } = renderWithApp(<MeetingsScreen />);
    await user.type(screen.getByRole('textbox', { name: 'Nämnd eller styrelse' }), 'Socialnämnden');
    await typeDate(user, '18990915');
    expect(await screen.findByText(/Är datumet rätt\? 1899-09-15 ligger mer än två år från i dag\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skapa möte' }));
    const question = await screen.findByRole('alertdialog', { name: 'Är datumet rätt?' });
    expect(question).toHaveTextContent('1899-09-15 ligger mer än två år från i dag.');
    await user.click(within(question).getByRole('button', { name: 'Ändra datumet' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await database.meetings.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Skapa möte' }));
    await confirmDate(user);
    await waitFor(async () => expect(await database.meetings.toArray()).toEqual([expect.objectContaining({ date: '1899-09-15' })]));
  });
});
