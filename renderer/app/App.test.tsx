import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { useNavigation } from '../navigation/navigation';
import type * as StepViewModule from '../meeting/StepView';
import { App } from './App';

/** Whether the meeting room's step fails to draw; otherwise it is the real one. */
const failing = vi.hoisted(() => ({ step: false }));

vi.mock('../meeting/StepView', async (importOriginal) => {
  const { StepView: RealStepView } = await importOriginal<typeof StepViewModule>();
  return {
    StepView: (props: Parameters<typeof RealStepView>[0]) => {
      if (failing.step) throw new RangeError('Invalid time value');
      return <RealStepView {...props} />;
    },
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  failing.step = false;
  act(() => useNavigation.getState().navigate({ screen: 'meetings' }));
});

describe('room mode', () => {
  it('gives a running meeting the whole screen, with a way out back to the meeting list', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    act(() => useNavigation.getState().navigate({ screen: 'meeting', meetingId: meeting.id }));
    renderWithApp(<App shell="browser" />, database);

    await screen.findByRole('heading', { level: 2, name: 'Inledning' });
    expect(screen.queryByRole('navigation', { name: 'Huvudmeny' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Hoppa till innehållet' })).not.toBeInTheDocument();
    // The three regions, each a landmark with a name, so a screen reader user can jump between them.
    expect(screen.getByRole('navigation', { name: 'Dagordning för dialogen' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Inledning' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Anteckningar – Inledning' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Lämna mötesläget' }));
    expect(await screen.findByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Möten' })).toBeInTheDocument();
  });

  it('keeps the language choice in the settings menu, in room mode and outside it', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    act(() => useNavigation.getState().navigate({ screen: 'meeting', meetingId: meeting.id }));
    renderWithApp(<App shell="browser" />, database);
    await screen.findByRole('heading', { level: 2, name: 'Inledning' });

    await user.click(screen.getByRole('button', { name: 'Inställningar' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitemradio', { name: 'Svenska' })).toHaveAttribute('aria-checked', 'true');
    await user.click(within(menu).getByRole('menuitemradio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Introduction' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Leave meeting mode' }));
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Svenska' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Möten'));
  });

  it('gives the header and its navigation back when the meeting room fails to draw, beside the notice', async () => {
    // React reports the error the boundary catches on the console; here it is the point of the test.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    act(() => useNavigation.getState().navigate({ screen: 'meeting', meetingId: meeting.id }));
    renderWithApp(<App shell="browser" />, database);
    await screen.findByRole('heading', { level: 2, name: 'Inledning' });
    expect(screen.queryByRole('navigation', { name: 'Huvudmeny' })).not.toBeInTheDocument();

    failing.step = true;
    await user.click(screen.getByRole('button', { name: 'Nästa punkt →' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Något gick fel');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inställningar' })).toBeInTheDocument();
  });
});
