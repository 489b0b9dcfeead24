import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MalsamtalDatabase } from '../data/db';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { MeetingScreen } from './MeetingScreen';

async function openMeeting(database: MalsamtalDatabase = createTestDatabase()) {
  // Keys without a pause between them, as a fast typist: the half-second safety save is tested on its own below.
  const user = userEvent.setup({ delay: null });
  const { meeting } = await storeStartedMeeting(database);
  const rendered = renderWithApp(<MeetingScreen meetingId={meeting.id} />, database);
  await screen.findByRole('heading', { level: 2, name: 'Inledning' });
  const notes = screen.getByRole('region', { name: 'Anteckningar – Inledning' });
  return { user, meeting, notes, ...rendered };
}

async function newNote(user: ReturnType<typeof userEvent.setup>, notes: HTMLElement) {
  await user.click(within(notes).getByRole('button', { name: 'Ny anteckning' }));
  const editor = await within(notes).findByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ });
  await waitFor(() => expect(editor).toHaveFocus());
  return editor;
}

describe('the secretary’s notes', () => {
  it('writes what is typed at least every half second, even when the secretary never pauses', async () => {
    const { user, notes, database, meeting } = await openMeeting();
    const editor = await newNote(user, notes);
    // A key every 150 ms: never the 300 ms pause that the ordinary save waits for.
    const fastUser = userEvent.setup({ delay: 150 });
    const typing = fastUser.type(editor, 'Höj nivån för mål två');
    await waitFor(
      async () => {
        const [note] = await database.notes.where('meetingId').equals(meeting.id).toArray();
        expect(note?.text.length).toBeGreaterThan(3);
      },
      { timeout: 2_000 },
    );
    const stored = (await database.notes.where('meetingId').equals(meeting.id).first())!.text;
    expect('Höj nivån för mål två'.startsWith(stored)).toBe(true);
    await typing;
    await user.tab();
    await waitFor(async () =>
      expect((await database.notes.where('meetingId').equals(meeting.id).first())?.text).toBe('Höj nivån för mål två'),
    );
  }, 15_000);

  it('saves the moment the secretary leaves the field, tied to the step, and says "Sparat" only after the write', async () => {
    const { user, notes, database, meeting } = await openMeeting();
    const editor = await newNote(user, notes);
    const realUpdate = database.notes.update.bind(database.notes);
    const update = vi.spyOn(database.notes, 'update');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The write is held back until the test lets it commit, as a slow disk would.
    const heldWrite = (...args: Parameters<typeof realUpdate>) => gate.then(() => realUpdate(...args));
    update.mockImplementationOnce(heldWrite as unknown as typeof realUpdate);

    await user.type(editor, 'Ordföranden inleder.');
    await user.tab();
    expect(update).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ text: 'Ordföranden inleder.' }));
    expect(within(notes).getByText('Sparar …')).toBeInTheDocument();
    expect(within(notes).queryByText('Sparat')).not.toBeInTheDocument();

    release();
    expect(await within(notes).findByText('Sparat')).toBeInTheDocument();
    const stored = await database.notes.where('meetingId').equals(meeting.id).toArray();
    expect(stored).toEqual([
      expect.objectContaining({ stepId: 'introduction', text: 'Ordföranden inleder.', marker: null, parked: false }),
    ]);
  });

  it('flushes the text when the chair moves to the next step, mid-sentence', async () => {
    const { user, notes, database, meeting } = await openMeeting();
    const editor = await newNote(user, notes);
    const update = vi.spyOn(database.notes, 'update');
    await user.type(editor, 'Halva menin');
    await user.click(screen.getByRole('button', { name: 'Nästa punkt →' }));
    expect(update).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ text: 'Halva menin' }));

    await screen.findByRole('heading', { level: 2, name: 'Övergripande dialog' });
    await waitFor(async () => expect((await database.notes.where('meetingId').equals(meeting.id).first())?.text).toBe('Halva menin'));
    expect(screen.getByRole('region', { name: 'Anteckningar – Övergripande dialog' })).toHaveTextContent(
      'Inga anteckningar för punkten ännu.',
    );
  });

  it('keeps the text on screen with a clear alert when the write fails, and saves it on retry', async () => {
    const { user, notes, database } = await openMeeting();
    const editor = await newNote(user, notes);
    vi.spyOn(database.notes, 'update').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await user.type(editor, 'Viktigt');
    await user.tab();

    expect(await within(notes).findByRole('alert')).toHaveTextContent('Kunde inte spara. Texten finns kvar här');
    expect(editor).toHaveValue('Viktigt');
    await user.click(within(notes).getByRole('button', { name: 'Försök spara igen' }));
    expect(await within(notes).findByText('Sparat')).toBeInTheDocument();
    expect(within(notes).queryByRole('alert')).not.toBeInTheDocument();
    expect((await database.notes.toArray())[0]?.text).toBe('Viktigt');
  });

  it('marks a note and parks it for later', async () => {
    const { user, notes, database } = await openMeeting();
    const editor = await newNote(user, notes);
    await user.type(editor, 'Ta upp budgeten');
    await user.click(within(notes).getByRole('button', { name: /Markering – Anteckning/ }));
    await user.click(await screen.findByRole('option', { name: 'Fråga' }));
    await user.click(within(notes).getByRole('checkbox', { name: /^Parkera/ }));

    await waitFor(async () =>
      expect((await database.notes.toArray())[0]).toMatchObject({ marker: 'fraga', parked: true, text: 'Ta upp budgeten' }),
    );
    expect(await within(notes).findByRole('list', { name: 'Parkeringen – tas upp senare' })).toHaveTextContent(
      'Ta upp budgeten (från Inledning)',
    );
  });

  it('flushes the text when the page is hidden or left', async () => {
    const { user, notes, database } = await openMeeting();
    const editor = await newNote(user, notes);
    const update = vi.spyOn(database.notes, 'update');
    await user.type(editor, 'Sista orden');
    window.dispatchEvent(new Event('pagehide'));
    expect(update).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ text: 'Sista orden' }));
    await within(notes).findByText('Sparat');

    await user.type(editor, ' och fler');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(update).toHaveBeenLastCalledWith(expect.any(String), expect.objectContaining({ text: 'Sista orden och fler' }));
  });
});
