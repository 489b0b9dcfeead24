import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/domain/meeting';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { MeetingSearch } from './MeetingSearch';

async function laptop() {
  const database = createTestDatabase();
  await database.meetings.bulkAdd([
    createMeeting({ bodyName: 'Socialnämnden', date: '2020-09-15' }, 'm-social', new Date('2020-09-01T08:00:00Z')),
    createMeeting({ bodyName: 'Tekniska nämnden', date: '2020-08-20' }, 'm-teknik', new Date('2020-08-01T08:00:00Z')),
  ]);
  await database.notes.add({
    id: 'n-1',
    meetingId: 'm-teknik',
    stepId: 'introduction',
    goalId: null,
    marker: null,
    parked: false,
    text: 'Förslag: följ upp gatubelysningen på landsbygden.',
    createdAt: '2020-08-20T15:00:00.000Z',
    updatedAt: '2020-08-20T15:00:00.000Z',
  });
  return database;
}

describe('search across meetings', () => {
  it('finds a word in a note, marks it, and links to the meeting', async () => {
    const user = userEvent.setup();
    renderWithApp(<MeetingSearch />, await laptop());
    await user.type(screen.getByRole('searchbox', { name: 'Sök i möten, anteckningar och kommentarer' }), 'LANDSBYGD');

    expect(await screen.findByText('1 träff.')).toBeInTheDocument();
    const hits = screen.getByRole('list', { name: 'Träffar' });
    expect(within(hits).getByRole('link', { name: 'Tekniska nämnden, 2020-08-20' })).toHaveAttribute('href', '#/moten/m-teknik');
    expect(within(hits).getByText('landsbyg', { exact: false, selector: 'mark' })).toHaveTextContent('landsbygd');
    expect(within(hits).getByText(/Anteckning/)).toBeInTheDocument();
  });

  it('finds what was written after the first search, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const database = await laptop();
    renderWithApp(<MeetingSearch />, database);
    const box = screen.getByRole('searchbox', { name: 'Sök i möten, anteckningar och kommentarer' });
    await user.type(box, 'äldreboende');
    expect(await screen.findByText('Inga träffar.')).toBeInTheDocument();

    await database.comments.add({
      id: 'm-social:overall',
      meetingId: 'm-social',
      subject: 'overall',
      rating: null,
      draft: 'Nämnden vill se fler platser på äldreboende.',
      agreedText: null,
      agreedAt: null,
      history: [],
      updatedAt: '2020-09-15T17:00:00.000Z',
    });
    await user.clear(box);
    await user.type(box, 'äldreboende platser');
    expect(await screen.findByText('1 träff.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Socialnämnden, 2020-09-15' })).toBeInTheDocument();
  });
});
