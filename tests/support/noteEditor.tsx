import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MeetingScreen } from '../../renderer/meeting/MeetingScreen';
import { storeStartedMeeting } from './factories';
import { createTestDatabase, renderWithApp } from './renderWithApp';

/**
 * A started meeting on its first step with the caret in the open field that begins a note, as the secretary has it a
 * moment into the meeting. `beside` renders next to the meeting screen (the app-wide banner, say).
 */
export async function meetingWithNewNote(beside: ReactNode = null) {
  // Keys without a pause between them, as a fast typist.
  const user = userEvent.setup({ delay: null });
  const database = createTestDatabase();
  const { meeting } = await storeStartedMeeting(database);
  const rendered = renderWithApp(
    <>
      {beside}
      <MeetingScreen meetingId={meeting.id} />
    </>,
    database,
  );
  const notes = await screen.findByRole('region', { name: 'Anteckningar – Inledning' });
  const editor = within(notes).getByRole('textbox', { name: 'Ny anteckning' });
  await user.click(editor);
  const storedText = async () => (await database.notes.where('meetingId').equals(meeting.id).first())?.text;
  return { user, meeting, notes, editor, storedText, ...rendered };
}
