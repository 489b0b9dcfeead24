import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { useNavigation } from '../navigation/navigation';
import { ProjectorRoot } from './roots';

describe('the projector window’s page', () => {
  afterEach(() => useNavigation.getState().navigate({ screen: 'meetings' }));

  it('shows the meeting its address names with no bridge of the main window’s at all, nor any app around it', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database, { atStep: 'goal:mal-1' });
    useNavigation.getState().navigate({ screen: 'projector', meetingId: meeting.id });

    // Rendered without a BridgeProvider: anything here that reached for the main window's bridge would throw.
    render(<ProjectorRoot database={database} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Fördjupad dialog: mål 1' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv-SE');
  });

  it('follows the address to another meeting, and says so when it names none', async () => {
    const database = createTestDatabase();
    useNavigation.getState().navigate({ screen: 'meetings' });
    render(<ProjectorRoot database={database} />);
    expect(await screen.findByText('Mötet finns inte.')).toBeInTheDocument();

    const { meeting } = await storeStartedMeeting(database, { atStep: 'goal:mal-1' });
    useNavigation.getState().navigate({ screen: 'projector', meetingId: meeting.id });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fördjupad dialog: mål 1' })).toBeInTheDocument();
  });
});
