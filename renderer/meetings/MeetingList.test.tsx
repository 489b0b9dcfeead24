import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { MeetingList } from './MeetingList';

async function listWithStartedMeeting() {
  const user = userEvent.setup();
  const database = createTestDatabase();
  const { meeting } = await storeStartedMeeting(database);
  await database.notes.add({
    id: 'n-1',
    meetingId: meeting.id,
    stepId: 'introduction',
    goalId: null,
    marker: null,
    parked: false,
    text: 'Anteckning',
    createdAt: 'a',
    updatedAt: 'a',
  });
  await database.comments.add({
    id: `${meeting.id}:mal-1`,
    meetingId: meeting.id,
    subject: 'mal-1',
    rating: null,
    draft: 'Utkast',
    agreedText: null,
    agreedAt: null,
    history: [],
    updatedAt: 'a',
  });
  await database.dissents.add({
    id: 'd-1',
    meetingId: meeting.id,
    kind: 'reservation',
    participantName: 'Bo Ek',
    goalId: null,
    text: 'Nej',
    createdAt: 'a',
    updatedAt: 'a',
  });
  renderWithApp(
    <>
      <h2 id="meeting-list-title">Alla möten</h2>
      <MeetingList />
    </>,
    database,
  );
  await screen.findByRole('heading', { level: 3, name: 'Kultur- och fritidsnämnden' });
  return { user, database, meeting };
}

describe('the meeting list', () => {
  it('shows each meeting’s status and opens it by its link', async () => {
    const { meeting } = await listWithStartedMeeting();
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Pågår');
    expect(within(item).getByRole('link', { name: 'Öppna mötet för Kultur- och fritidsnämnden den 2020-09-15' })).toHaveAttribute(
      'href',
      `#/moten/${meeting.id}`,
    );
  });

  it('duplicates a meeting for next year’s round with its setup and participants, but none of what was said', async () => {
    const { user, database, meeting } = await listWithStartedMeeting();
    await user.click(screen.getByRole('button', { name: 'Duplicera mötet för Kultur- och fritidsnämnden den 2020-09-15 till nästa år' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));

    const copy = (await database.meetings.toArray()).find((m) => m.id !== meeting.id);
    expect(copy).toMatchObject({
      bodyName: meeting.bodyName,
      date: '2021-09-15',
      paragraph: '',
      attachmentNumber: '',
      place: 'Kommunhuset',
      packageId: meeting.packageId,
      status: 'planned',
      adjustment: null,
    });
    // Each round's buttons say which round they act on.
    const [next, current] = screen.getAllByRole('listitem');
    expect(within(next!).getByRole('button', { name: 'Ta bort mötet för Kultur- och fritidsnämnden den 2021-09-15' })).toBeInTheDocument();
    expect(within(next!).getByText('Planerat')).toBeInTheDocument();
    expect(
      within(current!).getByRole('button', { name: 'Ta bort mötet för Kultur- och fritidsnämnden den 2020-09-15' }),
    ).toBeInTheDocument();
    expect(copy?.participants.map((p) => [p.name, p.role])).toEqual(meeting.participants.map((p) => [p.name, p.role]));
    expect(await database.notes.where('meetingId').equals(copy!.id).count()).toBe(0);
    expect(await database.comments.where('meetingId').equals(copy!.id).count()).toBe(0);
    expect(await database.sessions.get(copy!.id)).toBeUndefined();
  });

  it('deletes a meeting and everything written in it only after confirmation', async () => {
    const { user, database, meeting } = await listWithStartedMeeting();
    await user.click(screen.getByRole('button', { name: 'Ta bort mötet för Kultur- och fritidsnämnden den 2020-09-15' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort mötet?' });
    expect(dialog).toHaveTextContent('raderas från appen tillsammans med alla anteckningar, kommentarer, reservationer och exportloggen');
    expect(dialog).not.toHaveTextContent(/för gott|från datorn/);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await database.meetings.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Ta bort mötet för Kultur- och fritidsnämnden den 2020-09-15' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ta bort mötet' }));
    expect(await screen.findByText('Inga möten ännu. Skapa det första ovan.')).toBeInTheDocument();
    expect(await database.meetings.count()).toBe(0);
    expect(await database.notes.where('meetingId').equals(meeting.id).count()).toBe(0);
    expect(await database.comments.where('meetingId').equals(meeting.id).count()).toBe(0);
    expect(await database.dissents.where('meetingId').equals(meeting.id).count()).toBe(0);
    expect(await database.sessions.get(meeting.id)).toBeUndefined();
  });
});
