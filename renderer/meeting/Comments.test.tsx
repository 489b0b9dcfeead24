import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { participant, storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import type { Meeting } from '../../shared/domain/meeting';
import { MeetingScreen } from './MeetingScreen';

async function openAt(step: string, heading: string, meeting: Partial<Meeting> = {}) {
  const user = userEvent.setup();
  const database = createTestDatabase();
  const stored = await storeStartedMeeting(database, { atStep: step, meeting });
  renderWithApp(<MeetingScreen meetingId={stored.meeting.id} />, database);
  await screen.findByRole('heading', { level: 2, name: heading });
  return { user, database, meetingId: stored.meeting.id };
}

describe('rating and agreed comment per goal', () => {
  it('rates on the package’s scale, agrees and locks the text, and keeps the old text in a visible history on unlock', async () => {
    const { user, database, meetingId } = await openAt('goal:mal-1', 'Fördjupad dialog: mål 1');
    const editor = await screen.findByRole('group', { name: 'Mål 1' });
    const rating = within(editor).getByRole('radiogroup', { name: /^Bedömning – Mål 1/ });
    expect(
      within(rating)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual([
      '1. Bör sänkas tydligt',
      '2. Bör sänkas något',
      '3. Lagom',
      '4. Bör höjas något',
      '5. Bör höjas tydligt',
      'Ingen bedömning',
    ]);
    await user.click(within(rating).getByRole('radio', { name: 'Ingen bedömning' }));
    await user.click(within(rating).getByRole('radio', { name: '3. Lagom' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Utkast till kommentar – Mål 1' }), 'Rimlig nivå.');
    await user.click(within(editor).getByRole('button', { name: 'Markera som enig och lås' }));

    expect(await within(editor).findByRole('heading', { name: 'Överenskommen text' })).toBeInTheDocument();
    expect(within(editor).getByText('Rimlig nivå.', { selector: 'p' })).toBeInTheDocument();
    expect(within(editor).queryByRole('textbox')).not.toBeInTheDocument();
    const agreed = await database.comments.get(`${meetingId}:mal-1`);
    expect(agreed).toMatchObject({ rating: { kind: 'step', value: 3 }, agreedText: 'Rimlig nivå.', draft: 'Rimlig nivå.', history: [] });
    expect(agreed?.agreedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    await user.click(within(editor).getByRole('button', { name: 'Lås upp för att ändra' }));
    const draft = await within(editor).findByRole('textbox', { name: 'Utkast till kommentar – Mål 1' });
    expect(draft).toHaveValue('Rimlig nivå.');
    await user.type(draft, ' Men följ upp.');
    await user.click(within(editor).getByRole('button', { name: 'Markera som enig och lås' }));
    await within(editor).findByText('Rimlig nivå. Men följ upp.', { selector: 'p' });

    expect(within(editor).getByText('Tidigare överenskomna lydelser')).toBeInTheDocument();
    const stored = await database.comments.get(`${meetingId}:mal-1`);
    expect(stored?.agreedText).toBe('Rimlig nivå. Men följ upp.');
    expect(stored?.history).toEqual([
      { text: 'Rimlig nivå.', agreedAt: agreed?.agreedAt, unlockedAt: expect.any(String), rating: { kind: 'step', value: 3 } },
    ]);
  });

  it('locks the rating with the agreed text, and shows the earlier rating in the history after a change', async () => {
    const { user, database, meetingId } = await openAt('goal:mal-1', 'Fördjupad dialog: mål 1');
    const editor = await screen.findByRole('group', { name: 'Mål 1' });
    const rating = within(editor).getByRole('radiogroup', { name: /^Bedömning – Mål 1/ });
    await user.click(within(rating).getByRole('radio', { name: '3. Lagom' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Utkast till kommentar – Mål 1' }), 'Rimlig nivå.');
    await user.click(within(editor).getByRole('button', { name: 'Markera som enig och lås' }));
    await within(editor).findByRole('heading', { name: 'Överenskommen text' });

    for (const radio of within(rating).getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(rating).toHaveAccessibleDescription(
      'Bedömningen är låst tillsammans med den överenskomna texten. Lås upp kommentaren för att ändra den.',
    );
    await user.click(within(rating).getByRole('radio', { name: '5. Bör höjas tydligt' }));
    expect((await database.comments.get(`${meetingId}:mal-1`))?.rating).toEqual({ kind: 'step', value: 3 });

    await user.click(within(editor).getByRole('button', { name: 'Lås upp för att ändra' }));
    await waitFor(() => expect(within(rating).getByRole('radio', { name: '5. Bör höjas tydligt' })).toBeEnabled());
    await user.click(within(rating).getByRole('radio', { name: '5. Bör höjas tydligt' }));
    await user.click(within(editor).getByRole('button', { name: 'Markera som enig och lås' }));
    await within(editor).findByRole('heading', { name: 'Överenskommen text' });

    expect((await database.comments.get(`${meetingId}:mal-1`))?.rating).toEqual({ kind: 'step', value: 5 });
    expect(within(editor).getByText('Bedömning: 3. Lagom')).toBeInTheDocument();
  });

  it('refuses to mark agreement on an empty draft', async () => {
    const { user, database, meetingId } = await openAt('goal:mal-3', 'Fördjupad dialog: mål 3');
    await user.click(await screen.findByRole('button', { name: 'Markera som enig och lås' }));
    expect(screen.getByText('Skriv ett utkast innan mötet markerar enighet.')).toBeInTheDocument();
    expect(await database.comments.get(`${meetingId}:mal-3`)).toBeUndefined();
  });

  it('writes the draft before Alt+P puts it up, so the projector opens on the text as typed', async () => {
    const { user, database, meetingId } = await openAt('overallComment', 'Övergripande kommentar och beslut');
    const editor = await screen.findByRole('group', { name: 'Övergripande kommentar' });
    const writes: string[] = [];
    const record = (table: string) => (_key: unknown, row: { draft?: string; projected?: unknown }) =>
      void writes.push(table === 'comments' ? `draft:${row.draft ?? ''}` : `projected:${row.projected ? 'up' : 'none'}`);
    database.comments.hook('creating', record('comments'));
    database.comments.hook('updating', (changes, key, row) => record('comments')(key, { ...row, ...(changes as object) }));
    database.sessions.hook('updating', (changes, key, row) => record('sessions')(key, { ...row, ...(changes as object) }));
    // Typed and put up with the chair's key at once, the caret still in the draft, before the autosave's pause.
    await user.type(within(editor).getByRole('textbox'), 'Nämnden ställer sig bakom målen.');
    await user.keyboard('{Alt>}p{/Alt}');
    await waitFor(async () => expect((await database.sessions.get(meetingId))?.projected).toEqual({ kind: 'draft', subject: 'overall' }));
    const putUp = writes.indexOf('projected:up');
    expect(writes.slice(0, putUp)).toContain('draft:Nämnden ställer sig bakom målen.');
  });

  it('puts the draft on the projector in the live state, and it follows the comment when agreed', async () => {
    const { user, database, meetingId } = await openAt('overallComment', 'Övergripande kommentar och beslut');
    const editor = await screen.findByRole('group', { name: 'Övergripande kommentar' });
    await user.type(within(editor).getByRole('textbox'), 'Nämnden ställer sig bakom målen.');
    const toggle = within(editor).getByRole('button', { name: 'Visa utkastet på projektorn – Övergripande kommentar' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    await waitFor(async () => expect((await database.sessions.get(meetingId))?.projected).toEqual({ kind: 'draft', subject: 'overall' }));
    // The name stays the same; only aria-pressed tells a screen reader that the draft is up.
    await waitFor(() =>
      expect(within(editor).getByRole('button', { name: 'Visa utkastet på projektorn – Övergripande kommentar' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );

    await user.click(within(editor).getByRole('button', { name: 'Markera som enig och lås' }));
    await waitFor(async () => expect((await database.sessions.get(meetingId))?.projected).toEqual({ kind: 'agreed', subject: 'overall' }));
  });

  it('shows the comments read-only once the minutes are adjusted', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database, { atStep: 'goal:mal-1', meeting: { status: 'adjusted' } });
    await database.comments.put({
      id: `${meeting.id}:mal-1`,
      meetingId: meeting.id,
      subject: 'mal-1',
      rating: { kind: 'step', value: 4 },
      draft: 'Klar',
      agreedText: 'Klar',
      agreedAt: '2020-09-15T10:00:00.000Z',
      history: [],
      updatedAt: '2020-09-15T10:00:00.000Z',
    });
    renderWithApp(<MeetingScreen meetingId={meeting.id} />, database);
    const editor = await screen.findByRole('group', { name: 'Mål 1' });
    await within(editor).findByText('Klar');
    expect(within(editor).queryByRole('button', { name: 'Lås upp för att ändra' })).not.toBeInTheDocument();
    for (const radio of within(editor).getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});

describe('reservations and separate statements', () => {
  it('records one by a named participant on a goal, and says what is missing in Swedish', async () => {
    const { user, database, meetingId } = await openAt('closing', 'Avslutning');
    const section = await screen.findByRole('region', { name: 'Reservationer och särskilda yttranden' });
    await user.click(within(section).getByRole('button', { name: 'Lägg till' }));
    expect(await within(section).findByText('Välj vem som reserverar sig eller lämnar yttrandet.')).toBeInTheDocument();
    expect(within(section).getByText('Skriv yttrandets text.')).toBeInTheDocument();

    await user.click(within(section).getByRole('radio', { name: 'Särskilt yttrande' }));
    await user.click(within(section).getByRole('button', { name: /Välj ledamot/ }));
    await user.click(await screen.findByRole('option', { name: 'Bo Ek (Ledamot)' }));
    await user.click(within(section).getByRole('button', { name: /Hela beslutet/ }));
    await user.click(await screen.findByRole('option', { name: 'Mål 2' }));
    await user.type(within(section).getByRole('textbox', { name: 'Text' }), 'Näringslivet behöver mer.');
    await user.click(within(section).getByRole('button', { name: 'Lägg till' }));

    expect(await within(section).findByText('Särskilt yttrande: Bo Ek')).toBeInTheDocument();
    expect(await database.dissents.where('meetingId').equals(meetingId).toArray()).toEqual([
      expect.objectContaining({ kind: 'sarskiltYttrande', participantName: 'Bo Ek', goalId: 'mal-2', text: 'Näringslivet behöver mer.' }),
    ]);
  });

  it('offers only members present who take part in the decision, and still shows a reservation by someone now absent', async () => {
    const participants = [
      participant('Anna Berg', 'ordforande'),
      participant('Vera Vice', 'viceOrdforande'),
      participant('Bo Ek', 'ledamot'),
      participant('Erik Ers', 'ersattare'),
      participant('Frans Frånvarande', 'ledamot', false),
      participant('Elsa Hemma', 'ersattare', false),
      participant('Cecilia Dahl', 'sekreterare'),
      participant('Tina Tjänst', 'tjansteperson'),
    ];
    const database = createTestDatabase();
    const stored = await storeStartedMeeting(database, { atStep: 'closing', meeting: { participants } });
    const now = new Date().toISOString();
    await database.dissents.add({
      id: 'd-absent',
      meetingId: stored.meeting.id,
      kind: 'reservation',
      participantName: 'Frans Frånvarande',
      goalId: null,
      text: 'Reserverade sig före frånvaron.',
      createdAt: now,
      updatedAt: now,
    });
    const user = userEvent.setup();
    renderWithApp(<MeetingScreen meetingId={stored.meeting.id} />, database);
    const section = await screen.findByRole('region', { name: 'Reservationer och särskilda yttranden' });

    expect(await within(section).findByText('Reservation: Frans Frånvarande')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: /Välj ledamot/ }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(['Anna Berg (Ordförande)', 'Vera Vice (Vice ordförande)', 'Bo Ek (Ledamot)', 'Erik Ers (Ersättare)']);
  });

  it('asks before deleting, naming the person and kind, with focus on Cancel, and deletes only on confirm', async () => {
    const { user, database, meetingId } = await openAt('closing', 'Avslutning');
    const now = new Date().toISOString();
    await database.dissents.add({
      id: 'd-1',
      meetingId,
      kind: 'sarskiltYttrande',
      participantName: 'Bo Ek',
      goalId: 'mal-2',
      text: 'Näringslivet behöver mer.',
      createdAt: now,
      updatedAt: now,
    });
    const section = await screen.findByRole('region', { name: 'Reservationer och särskilda yttranden' });
    await within(section).findByText('Särskilt yttrande: Bo Ek');

    await user.click(within(section).getByRole('button', { name: 'Ta bort yttrandet från Bo Ek' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort yttrandet?' });
    expect(dialog).toHaveTextContent('Särskilt yttrande från Bo Ek tas bort ur protokollsbilagan.');
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await database.dissents.get('d-1')).toBeDefined();
    expect(within(section).getByText('Särskilt yttrande: Bo Ek')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Ta bort yttrandet från Bo Ek' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort' }));
    await waitFor(async () => expect(await database.dissents.get('d-1')).toBeUndefined());
    expect(await within(section).findByText('Inga reservationer eller särskilda yttranden.')).toBeInTheDocument();
  });
});
