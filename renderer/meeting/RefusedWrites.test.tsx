import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { testDisk } from '../../tests/support/testDisk';
import { RefusedWriteAlert } from '../app/RefusedWriteAlert';
import { useRefusedWrite } from '../stores/refusedWrite';
import { MeetingScreen } from './MeetingScreen';

afterEach(() => useRefusedWrite.setState({ action: null }));

describe('while the database refuses every write', () => {
  it('says why the step did not change, keeps a note begun meanwhile on screen as not saved, and goes on once space is freed', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    renderWithApp(
      <>
        <RefusedWriteAlert />
        <MeetingScreen meetingId={meeting.id} />
      </>,
      database,
    );
    await screen.findByRole('heading', { level: 2, name: 'Inledning' });
    const disk = testDisk(database);
    disk.fill();

    await user.click(screen.getByRole('button', { name: 'Nästa punkt →' }));
    const alert = await screen.findByRole('alert', { name: 'Ändringen kunde inte sparas' });
    expect(alert).toHaveTextContent(
      'Punkten byttes inte: appens databas tar inte emot ändringar just nu, kanske för att datorns disk är full. ' +
        'Frigör utrymme och försök igen.',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Inledning' })).toBeInTheDocument();

    const notes = screen.getByRole('region', { name: 'Anteckningar – Inledning' });
    // A note begun while the disk is full stays on screen, says it is not saved, and is written once it can be.
    await user.type(within(notes).getByRole('textbox', { name: 'Ny anteckning' }), 'Skrivet när disken var full.');
    await within(notes).findByText('Kunde inte spara. Texten finns kvar här och sparas igen automatiskt.');
    expect(within(notes).getByRole('textbox', { name: /^Anteckning \d\d:\d\d$/ })).toHaveValue('Skrivet när disken var full.');

    disk.free();
    await user.click(screen.getByRole('button', { name: 'Nästa punkt →' }));
    await screen.findByRole('heading', { level: 2, name: 'Övergripande dialog' });
    expect(screen.queryByRole('alert', { name: 'Ändringen kunde inte sparas' })).not.toBeInTheDocument();
  });
});
