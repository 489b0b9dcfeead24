import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MalsamtalDatabase } from '../data/db';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { testDisk } from '../../tests/support/testDisk';
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

/** The open field at the end of the step's notes, with the caret in it: typing there begins a note. */
async function newNote(user: ReturnType<typeof userEvent.setup>, notes: HTMLElement) {
  const editor = within(notes).getByRole('textbox', { name: 'Ny anteckning' });
  await user.click(editor);
  return editor;
}

/** A note begun with its first letter, once its row is on disk. */
async function begunNote(user: ReturnType<typeof userEvent.setup>, notes: HTMLElement, database: MalsamtalDatabase, first: string) {
  const editor = await newNote(user, notes);
  await user.type(editor, first);
  await waitFor(async () => expect(await database.notes.count()).toBe(1));
  return editor;
}

describe('the secretary’s notes', () => {
  it('begins a note as the secretary types, with no button first, and opens a new field below it', async () => {
    const { user, notes, database, meeting } = await openMeeting();
    expect(within(notes).getAllByRole('textbox')).toHaveLength(1);
    const editor = await newNote(user, notes);
    await user.type(editor, 'Första punkten');

    // The field typed into is now the note, named by the time it began, with the caret still in it.
    await waitFor(() => expect(editor).toHaveAccessibleName(/^Anteckning \d\d:\d\d$/));
    expect(editor).toHaveFocus();
    expect(editor).toHaveValue('Första punkten');
    const open = within(notes).getByRole('textbox', { name: 'Ny anteckning' });
    expect(open).toHaveValue('');
    expect(open).toHaveAccessibleDescription('Skriv här för att börja en ny anteckning. Alt+N tar dig hit.');
    await waitFor(async () =>
      expect(await database.notes.where('meetingId').equals(meeting.id).toArray()).toEqual([
        expect.objectContaining({ stepId: 'introduction', goalId: null, text: 'Första punkten' }),
      ]),
    );

    // Alt+N from anywhere in the room brings the caret to the open field; typing there begins the second note.
    await user.click(screen.getByRole('heading', { level: 2, name: 'Inledning' }));
    await user.keyboard('{Alt>}n{/Alt}');
    expect(open).toHaveFocus();
    await user.keyboard('Andra punkten');
    await waitFor(async () => expect(await database.notes.count()).toBe(2));
    expect(
      within(notes)
        .getAllByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ })
        .map((field) => (field as HTMLTextAreaElement).value),
    ).toEqual(['Första punkten', 'Andra punkten']);
    // An open field that is left empty stores nothing.
    expect(within(notes).getByRole('textbox', { name: 'Ny anteckning' })).toHaveValue('');
  });

  it('lets a note begun here and emptied again be deleted, and it stays gone', async () => {
    const { user, notes, database } = await openMeeting();
    const editor = await begunNote(user, notes, database, 'x');
    await user.clear(editor);
    await waitFor(async () => expect((await database.notes.toArray()).map((note) => note.text)).toEqual(['']));
    await user.click(await within(notes).findByRole('button', { name: 'Ta bort anteckningen' }));
    await waitFor(async () => expect(await database.notes.count()).toBe(0));
    // Only the open field is left: the deleted note does not come back as one still on its way to the database.
    await waitFor(() => expect(within(notes).getAllByRole('textbox')).toHaveLength(1));
    expect(within(notes).getByRole('textbox', { name: 'Ny anteckning' })).toHaveValue('');
    expect(within(notes).queryByRole('textbox', { name: /^Anteckning/ })).toBeNull();
  });

  it('writes each key right behind the typing, even when the secretary never pauses', async () => {
    const { user, notes, database, meeting } = await openMeeting();
    const editor = await newNote(user, notes);
    // A key every 150 ms: the text on disk grows while the typing goes on.
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
    await waitFor(async () =>
      expect((await database.notes.where('meetingId').equals(meeting.id).first())?.text).toBe('Höj nivån för mål två'),
    );
  }, 15_000);

  it('keeps the note with its step, and says "Sparat" only once the write is done', async () => {
    const { user, notes, database, meeting } = await openMeeting();
    const editor = await newNote(user, notes);
    await user.type(editor, 'Ordföranden inleder');
    await within(notes).findByText('Sparat');
    // The next write is held back until the test lets it commit, as a slow disk would.
    const release = testDisk(database).holdWrites();
    await user.type(editor, '.');
    await user.tab();
    expect(within(notes).getByText('Sparar …')).toBeInTheDocument();
    expect(within(notes).queryByText('Sparat')).not.toBeInTheDocument();

    release();
    expect(await within(notes).findByText('Sparat')).toBeInTheDocument();
    // A screen reader hears it, with the note's name, once the state holds.
    expect(await within(notes).findByText(/^Anteckning \d\d:\d\d: sparat$/)).toHaveAttribute('aria-live', 'polite');
    const stored = await database.notes.where('meetingId').equals(meeting.id).toArray();
    expect(stored).toEqual([
      expect.objectContaining({ stepId: 'introduction', text: 'Ordföranden inleder.', marker: null, parked: false }),
    ]);
  });

  it('keeps the text when the chair moves to the next step mid-sentence', async () => {
    const { user, notes, database, meeting } = await openMeeting();
    const editor = await newNote(user, notes);
    await user.type(editor, 'Halva menin');
    await user.click(screen.getByRole('button', { name: 'Nästa punkt →' }));

    await screen.findByRole('heading', { level: 2, name: 'Övergripande dialog' });
    await waitFor(async () => expect((await database.notes.where('meetingId').equals(meeting.id).first())?.text).toBe('Halva menin'));
    const next = screen.getByRole('region', { name: 'Anteckningar – Övergripande dialog' });
    expect(within(next).getAllByRole('textbox')).toHaveLength(1);
    expect(within(next).getByRole('textbox', { name: 'Ny anteckning' })).toHaveValue('');
  });

  it('keeps the text on screen with a clear alert when the disk is full, and saves it on retry once space is freed', async () => {
    const { user, notes, database } = await openMeeting();
    const editor = await begunNote(user, notes, database, 'V');
    const disk = testDisk(database);
    disk.fill();
    await user.type(editor, 'iktigt');
    await user.tab();

    expect(await within(notes).findByRole('alert')).toHaveTextContent('Kunde inte spara. Texten finns kvar här');
    expect(editor).toHaveValue('Viktigt');
    // The connection that met the full disk stays broken, as Chromium's does; the retry opens a new one.
    disk.free();
    await user.click(within(notes).getByRole('button', { name: 'Försök spara igen' }));
    expect(await within(notes).findByText('Sparat')).toBeInTheDocument();
    expect(within(notes).queryByRole('alert')).not.toBeInTheDocument();
    expect((await database.notes.toArray())[0]?.text).toBe('Viktigt');
  });

  it('marks a note and parks it for later', async () => {
    const { user, notes, database } = await openMeeting();
    const editor = await newNote(user, notes);
    await user.type(editor, 'Ta upp budgeten');
    await user.click(await within(notes).findByRole('button', { name: /Markering – Anteckning/ }));
    await user.click(await screen.findByRole('option', { name: 'Fråga' }));
    await user.click(within(notes).getByRole('checkbox', { name: /^Parkera/ }));

    await waitFor(async () =>
      expect((await database.notes.toArray())[0]).toMatchObject({ marker: 'fraga', parked: true, text: 'Ta upp budgeten' }),
    );
    expect(await within(notes).findByRole('list', { name: 'Parkeringen – tas upp senare' })).toHaveTextContent(
      'Ta upp budgeten (från Inledning)',
    );
  });

  it('tries a failed write again at once when the page is hidden or left', async () => {
    const { user, notes, database } = await openMeeting();
    const editor = await begunNote(user, notes, database, 'S');
    const disk = testDisk(database);
    disk.fill();
    await user.type(editor, 'ista orden');
    await within(notes).findByRole('alert');
    disk.free();
    window.dispatchEvent(new Event('pagehide'));
    await within(notes).findByText('Sparat');
    expect((await database.notes.toArray())[0]?.text).toBe('Sista orden');

    disk.fill();
    await user.type(editor, ' och fler');
    await within(notes).findByRole('alert');
    disk.free();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    await within(notes).findByText('Sparat');
    expect((await database.notes.toArray())[0]?.text).toBe('Sista orden och fler');
  });
});
