import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { commentId } from '../../shared/domain/dialogue';
import { addNote, saveDraft, updateNote, updateSession } from '../data/meetingRoom';
import { MeetingScreen } from '../meeting/MeetingScreen';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { liveDraftChannelName, type LiveDraft } from './liveDraft';
import { ProjectorScreen } from './ProjectorScreen';

async function openProjector(atStep = 'goal:mal-1') {
  const database = createTestDatabase();
  const { meeting } = await storeStartedMeeting(database, { atStep });
  const view = renderWithApp(<ProjectorScreen meetingId={meeting.id} />, database);
  const change = (fn: Parameters<typeof updateSession>[2]) => act(() => updateSession(database, meeting.id, fn));
  return { ...view, database, meeting, change };
}

describe('the projector', () => {
  it('shows the step, its goal, the question under discussion, its Agenda 2030 goals and the time left', async () => {
    await openProjector();
    expect(await screen.findByRole('heading', { level: 1, name: 'Fördjupad dialog: mål 1' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /^Mål 1: Vaggeryds kommun ska vara en plats/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Fråga 1 av 6' })).toBeInTheDocument();
    expect(screen.getByText(/^Är den föreslagna ambitionsnivån för hållbar samhällsutveckling/)).toBeInTheDocument();
    const badges = within(screen.getByRole('list', { name: 'Agenda 2030' })).getAllByRole('listitem');
    expect(badges.map((b) => b.textContent)).toEqual([
      '6 Rent vatten och sanitet',
      '7 Hållbar energi för alla',
      '11 Hållbara städer och samhällen',
      '12 Hållbar konsumtion och produktion',
      '13 Bekämpa klimatförändringarna',
      '15 Ekosystem och biologisk mångfald',
    ]);
    expect(badges[0]!.style.getPropertyValue('--badge-colour')).toBe('#26BDE2');
    expect(badges[0]!.style.getPropertyValue('--badge-text')).toBe('#000000');
    expect(screen.getByText('Tid kvar').parentElement).toHaveTextContent('Tid kvar 15:00');
  });

  it('follows the chair to the next question and the next step, and counts the time from the stored timer', async () => {
    const { change } = await openProjector();
    await screen.findByRole('heading', { name: 'Fråga 1 av 6' });
    await change((s) => ({ ...s, questionIndex: 2 }));
    expect(await screen.findByRole('heading', { name: 'Fråga 3 av 6' })).toBeInTheDocument();
    expect(screen.getByText(/^Vad behöver hända de kommande åren/)).toBeInTheDocument();

    const started = Date.now() - 5 * 60_000 - 30_000;
    await change((s) => ({
      ...s,
      currentStepId: 'goal:mal-3',
      questionIndex: 0,
      timers: { 'goal:mal-3': { accumulatedMs: 0, runningSince: started, extendedMs: 0 } },
    }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fördjupad dialog: mål 3' })).toBeInTheDocument();
    expect(screen.getByText('Tid kvar').parentElement).toHaveTextContent(/Tid kvar 9:(29|30)/);
  });

  it('shows the draft only while the chair has it up, and updates it as the secretary’s text is saved', async () => {
    const { database, meeting, change } = await openProjector();
    await act(() => saveDraft(database, meeting.id, 'mal-1', 'Nämnden ser nivån som rimlig.'));
    await screen.findByRole('heading', { name: 'Fråga 1 av 6' });
    expect(screen.queryByText('Nämnden ser nivån som rimlig.')).not.toBeInTheDocument();

    await change((s) => ({ ...s, projected: { kind: 'draft', subject: 'mal-1' } }));
    expect(await screen.findByRole('heading', { name: 'Utkast – Mål 1' })).toBeInTheDocument();
    expect(screen.getByText('Nämnden ser nivån som rimlig.')).toBeInTheDocument();

    await act(() => saveDraft(database, meeting.id, 'mal-1', 'Nämnden ser nivån som rimlig och vill följa den.'));
    expect(await screen.findByText('Nämnden ser nivån som rimlig och vill följa den.')).toBeInTheDocument();

    await act(() =>
      database.comments.update(commentId(meeting.id, 'mal-1'), { agreedText: 'Enig lydelse.', agreedAt: '2020-09-15T09:00:00Z' }),
    );
    await change((s) => ({ ...s, projected: { kind: 'agreed', subject: 'mal-1' } }));
    expect(await screen.findByRole('heading', { name: 'Överenskommen text – Mål 1' })).toBeInTheDocument();
    expect(screen.getByText('Enig lydelse.')).toBeInTheDocument();

    await change((s) => ({ ...s, projected: null }));
    await waitFor(() => expect(screen.queryByText('Enig lydelse.')).not.toBeInTheDocument());
  });

  it('shows the text as typed, ahead of the autosave, and the stored text again when the projection changes', async () => {
    const { database, meeting, change } = await openProjector();
    await act(() => saveDraft(database, meeting.id, 'mal-1', 'Sparad text.'));
    await change((s) => ({ ...s, projected: { kind: 'draft', subject: 'mal-1' } }));
    await screen.findByText('Sparad text.');
    const laptop = new BroadcastChannel(liveDraftChannelName(meeting.id));
    try {
      laptop.postMessage({ subject: 'mal-1', text: 'Sparad text. Och mer' } satisfies LiveDraft);
      expect(await screen.findByText('Sparad text. Och mer')).toBeInTheDocument();
      laptop.postMessage({ subject: 'mal-3', text: 'Ett annat mål' } satisfies LiveDraft);
      laptop.postMessage({ subject: 'mal-1', text: 42 });
      laptop.postMessage({ subject: 'mal-1', text: 'Sparad text. Och mer till' } satisfies LiveDraft);
      expect(await screen.findByText('Sparad text. Och mer till')).toBeInTheDocument();
      expect(document.body).not.toHaveTextContent('Ett annat mål');

      // Another subject goes up: the live text belonged to the old one, so the stored text shows.
      await act(() => saveDraft(database, meeting.id, 'mal-3', 'Mål 3 sparat.'));
      await change((s) => ({ ...s, projected: { kind: 'draft', subject: 'mal-3' } }));
      expect(await screen.findByText('Mål 3 sparat.')).toBeInTheDocument();
      await change((s) => ({ ...s, projected: { kind: 'draft', subject: 'mal-1' } }));
      expect(await screen.findByText('Sparad text.')).toBeInTheDocument();

      laptop.postMessage({ subject: 'mal-1', text: 'Sparad text. Ändrad' } satisfies LiveDraft);
      await screen.findByText('Sparad text. Ändrad');
      await act(() =>
        database.comments.update(commentId(meeting.id, 'mal-1'), { agreedText: 'Enig lydelse.', agreedAt: '2020-09-15T09:00:00Z' }),
      );
      await change((s) => ({ ...s, projected: { kind: 'agreed', subject: 'mal-1' } }));
      expect(await screen.findByText('Enig lydelse.')).toBeInTheDocument();
      // Another listener on the channel hears the late draft: it has arrived, so its absence on screen means something.
      const probe = new BroadcastChannel(liveDraftChannelName(meeting.id));
      const heard = new Promise<void>((resolve) => (probe.onmessage = () => resolve()));
      try {
        laptop.postMessage({ subject: 'mal-1', text: 'Sent utkast' } satisfies LiveDraft);
        await act(() => heard);
      } finally {
        probe.close();
      }
      expect(screen.getByText('Enig lydelse.')).toBeInTheDocument();
      expect(document.body).not.toHaveTextContent('Sent utkast');
    } finally {
      laptop.close();
    }
  });

  it('obeys the chair’s session keys when focus lands on it', async () => {
    const { database, meeting } = await openProjector('overallDialogue');
    const stored = () => database.sessions.get(meeting.id);
    await screen.findByRole('heading', { name: /^Fråga 1 av/ });
    fireEvent.keyDown(window, { key: 'ArrowDown', code: 'ArrowDown', altKey: true });
    expect(await screen.findByRole('heading', { name: /^Fråga 2 av/ })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowUp', code: 'ArrowUp', altKey: true });
    expect(await screen.findByRole('heading', { name: /^Fråga 1 av/ })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 't', code: 'KeyT', altKey: true });
    await waitFor(async () => expect((await stored())?.timers.overallDialogue?.runningSince).toEqual(expect.any(Number)));

    // Two presses before the screen catches up still move two steps, from the stored session.
    fireEvent.keyDown(window, { key: 'ArrowRight', code: 'ArrowRight', altKey: true });
    fireEvent.keyDown(window, { key: 'ArrowRight', code: 'ArrowRight', altKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fördjupad dialog: mål 1' })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowLeft', code: 'ArrowLeft', altKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Val av fokusmål' })).toBeInTheDocument();

    fireEvent.keyDown(window, { key: 'b', code: 'KeyB', altKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Målsamtal' })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'p', code: 'KeyP', altKey: true });
    fireEvent.keyDown(window, { key: 'n', code: 'KeyN', altKey: true });
    expect((await stored())?.projected, 'the room’s own keys do nothing on the projector').toBeNull();
  });

  it('on macOS leaves Alt+arrows to a focused text field, and obeys them elsewhere; on other systems obeys them everywhere', async () => {
    const platform = vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    try {
      await openProjector('overallDialogue');
      await screen.findByRole('heading', { name: /^Fråga 1 av/ });
      const field = document.body.appendChild(document.createElement('div'));
      field.setAttribute('contenteditable', 'true');
      expect(fireEvent.keyDown(field, { key: 'ArrowDown', code: 'ArrowDown', altKey: true })).toBe(true);
      fireEvent.keyDown(document.body, { key: 'ArrowDown', code: 'ArrowDown', altKey: true });
      expect(await screen.findByRole('heading', { name: /^Fråga 2 av/ })).toBeInTheDocument();

      platform.mockReturnValue('Linux x86_64');
      expect(fireEvent.keyDown(field, { key: 'ArrowDown', code: 'ArrowDown', altKey: true })).toBe(false);
      expect(await screen.findByRole('heading', { name: /^Fråga 3 av/ })).toBeInTheDocument();
      field.remove();
    } finally {
      platform.mockRestore();
    }
  });

  it('never shows a note or the parking lot unless the chair puts up that one note', async () => {
    const { database, meeting, change } = await openProjector();
    const secret = await addNote(database, meeting.id, 'goal:mal-1');
    await updateNote(database, secret.id, { text: 'Hemlig anteckning om budgeten', parked: true });
    const chosen = await addNote(database, meeting.id, 'goal:mal-1');
    await updateNote(database, chosen.id, { text: 'Punkt att visa för rummet' });
    await screen.findByRole('heading', { name: 'Fråga 1 av 6' });
    expect(document.body).not.toHaveTextContent('Hemlig anteckning');
    expect(document.body).not.toHaveTextContent('Punkt att visa');

    await change((s) => ({ ...s, projected: { kind: 'note', noteId: chosen.id } }));
    expect(await screen.findByText('Punkt att visa för rummet')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Anteckning' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Hemlig anteckning');

    await change((s) => ({ ...s, projected: null }));
    await waitFor(() => expect(document.body).not.toHaveTextContent('Punkt att visa'));
  });

  it('goes blank when the chair blanks it, and comes back as it was', async () => {
    const { change } = await openProjector();
    await screen.findByRole('heading', { name: 'Fråga 1 av 6' });
    await change((s) => ({ ...s, blanked: true }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Målsamtal' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Fråga 1 av 6');
    expect(document.body).not.toHaveTextContent('Tid kvar');
    await change((s) => ({ ...s, blanked: false }));
    expect(await screen.findByRole('heading', { name: 'Fråga 1 av 6' })).toBeInTheDocument();
  });

  it('reads and updates a session stored before blank and the question index existed', async () => {
    const database = createTestDatabase();
    const { meeting, session } = await storeStartedMeeting(database, { atStep: 'goal:mal-1' });
    const { blanked: _blanked, questionIndex: _questionIndex, ...old } = session;
    await database.sessions.put(old as typeof session);
    renderWithApp(<ProjectorScreen meetingId={meeting.id} />, database);
    expect(await screen.findByRole('heading', { name: 'Fråga 1 av 6' })).toBeInTheDocument();
    await act(() => updateSession(database, meeting.id, (s) => ({ ...s, blanked: !s.blanked })));
    await waitFor(async () => expect(await database.sessions.get(meeting.id)).toMatchObject({ blanked: true, questionIndex: 0 }));
  });

  it('says calmly when the dialogue has not started', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    await database.sessions.delete(meeting.id);
    renderWithApp(<ProjectorScreen meetingId={meeting.id} />, database);
    expect(await screen.findByText('Dialogen har inte börjat än.')).toBeInTheDocument();
  });
});

describe('the chair’s projector controls', () => {
  async function openRoom() {
    const user = userEvent.setup();
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database, { atStep: 'goal:mal-1' });
    const view = renderWithApp(<MeetingScreen meetingId={meeting.id} />, database);
    await screen.findByRole('heading', { level: 2, name: 'Fördjupad dialog: mål 1' });
    return { ...view, user, meeting, session: () => database.sessions.get(meeting.id) };
  }

  it('opens and closes the projector through the shell', async () => {
    const { user, bridge, meeting } = await openRoom();
    await user.click(screen.getByRole('button', { name: 'Öppna projektorfönstret' }));
    expect(bridge.openProjector).toHaveBeenCalledWith({ meetingId: meeting.id });
    await user.click(screen.getByRole('button', { name: 'Stäng projektorn' }));
    expect(bridge.closeProjector).toHaveBeenCalledTimes(1);
  });

  it('blanks with Alt+B or the button, and moves through the questions with Alt+↓ and Alt+↑', async () => {
    const { user, session } = await openRoom();
    await user.keyboard('{Alt>}b{/Alt}');
    await waitFor(async () => expect((await session())?.blanked).toBe(true));
    await user.click(await screen.findByRole('button', { name: 'Tänd projektorn' }));
    await waitFor(async () => expect((await session())?.blanked).toBe(false));
    await screen.findByRole('button', { name: 'Släck projektorn' });

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(async () => expect((await session())?.questionIndex).toBe(2));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () => expect((await session())?.questionIndex).toBe(1));
    await waitFor(() =>
      expect(document.querySelector('li[aria-current="step"]')).toHaveTextContent(/^Hur ser läget ut i dag.*rummet är här$/),
    );
  });

  it('puts one chosen note up and takes it down again', async () => {
    const { user, session } = await openRoom();
    await user.click(screen.getByRole('button', { name: 'Ny anteckning' }));
    const editor = await screen.findByRole('textbox', { name: /^Anteckning/ });
    await user.type(editor, 'Visa detta');
    const show = screen.getByRole('button', { name: /^Visa på projektorn Anteckning/ });
    await user.click(show);
    await waitFor(async () => expect((await session())?.projected).toEqual({ kind: 'note', noteId: expect.any(String) }));
    expect(await screen.findByText('Anteckningen visas på projektorn')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Ta bort från projektorn Anteckning/ }));
    await waitFor(async () => expect((await session())?.projected).toBeNull());
  });

  it('sends each change of a projected draft to the projector at once, and nothing while it is not up', async () => {
    const { user, meeting } = await openRoom();
    const received: unknown[] = [];
    const projector = new BroadcastChannel(liveDraftChannelName(meeting.id));
    projector.onmessage = (event: MessageEvent<unknown>) => received.push(event.data);
    try {
      const draft = await screen.findByRole('textbox', { name: 'Utkast till kommentar – Mål 1' });
      await user.type(draft, 'Ej');

      await user.click(screen.getByRole('button', { name: 'Visa utkastet på projektorn – Mål 1' }));
      await waitFor(() => expect(screen.getByText('Visas på projektorn')).toBeInTheDocument());
      await user.type(draft, ' nu');
      await waitFor(() => expect(received.at(-1)).toEqual({ subject: 'mal-1', text: 'Ej nu' }));
      // The later keys have arrived, so had the first two been sent they would be here, ahead of them.
      expect(received, 'a draft that is not up stays on the laptop').toEqual([
        { subject: 'mal-1', text: 'Ej ' },
        { subject: 'mal-1', text: 'Ej n' },
        { subject: 'mal-1', text: 'Ej nu' },
      ]);
    } finally {
      projector.close();
    }
  });
});
