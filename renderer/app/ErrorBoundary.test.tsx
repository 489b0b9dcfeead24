import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMeeting } from '../../shared/domain/meeting';
import { createRecordingBridge, createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { BridgeProvider } from '../bridge/BridgeProvider';
import { readBackup } from '../data/backup';
import { DatabaseProvider } from '../data/DatabaseProvider';
import { useNavigation } from '../navigation/navigation';
import { App } from './App';
import { ProjectorRoot } from './roots';
import { AppErrorBoundary } from './FailureNotice';

/** Whether the mocked screens throw while drawing. */
const failing = vi.hoisted(() => ({ bodies: false, projector: false }));

vi.mock('../bodies/BodiesScreen', () => ({
  BodiesScreen: () => {
    if (failing.bodies) {
      throw new RangeError('Invalid time value');
    }
    return <h1>Nämnder och styrelser</h1>;
  },
}));

vi.mock('../projector/ProjectorScreen', () => ({
  ProjectorScreen: () => {
    if (failing.projector) {
      throw new RangeError('Invalid time value');
    }
    return <h1>Projektorbild</h1>;
  },
}));

beforeEach(() => {
  // React reports each error a boundary catches on the console; here they are the point of the test.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  act(() => useNavigation.getState().navigate({ screen: 'meetings' }));
  failing.bodies = false;
  failing.projector = false;
});

async function laptopWithAMeeting() {
  const database = createTestDatabase();
  await database.meetings.add(createMeeting({ bodyName: 'Socialnämnden', date: '2020-09-15' }, 'm-1', new Date('2020-09-01T08:00:00Z')));
  return database;
}

function Thrower(): never {
  throw new Error('Kaboom');
}

describe('a screen that fails to draw', () => {
  it('says so in Swedish in its place, keeps the menu and the data, and draws again on a retry', async () => {
    failing.bodies = true;
    const user = userEvent.setup();
    const database = await laptopWithAMeeting();
    renderWithApp(<App shell="browser" />, database);
    await screen.findByRole('heading', { level: 1, name: 'Möten' });
    act(() => useNavigation.getState().navigate({ screen: 'bodies' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Något gick fel');
    expect(notice).toHaveTextContent('Den här vyn kunde inte visas. Det som redan är sparat finns kvar – inget har tagits bort.');
    expect(notice).toHaveTextContent('RangeError: Invalid time value');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(await database.meetings.count()).toBe(1);

    failing.bodies = false;
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nämnder och styrelser' })).toBeInTheDocument();
    expect(screen.queryByText('Något gick fel')).not.toBeInTheDocument();
  });

  it('offers the way back to the meeting list, and the failed screen is drawn afresh when visited again', async () => {
    failing.bodies = true;
    const user = userEvent.setup();
    renderWithApp(<App shell="browser" />, await laptopWithAMeeting());
    await screen.findByRole('heading', { level: 1, name: 'Möten' });
    act(() => useNavigation.getState().navigate({ screen: 'bodies' }));
    await screen.findByText('Något gick fel');

    await user.click(screen.getByRole('link', { name: 'Till möteslistan' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Socialnämnden' })).toBeInTheDocument();
    failing.bodies = false;
    act(() => useNavigation.getState().navigate({ screen: 'bodies' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nämnder och styrelser' })).toBeInTheDocument();
  });

  it('saves a backup of everything from where it failed, one the backup screen can restore', async () => {
    failing.bodies = true;
    const user = userEvent.setup();
    const database = await laptopWithAMeeting();
    const { bridge } = renderWithApp(<App shell="browser" />, database);
    await screen.findByRole('heading', { level: 1, name: 'Möten' });
    act(() => useNavigation.getState().navigate({ screen: 'bodies' }));
    const notice = await screen.findByRole('alert');
    expect(screen.getByRole('link', { name: 'Till Säkerhetskopior' })).toHaveAttribute('href', '#/sakerhetskopior');

    await user.click(screen.getByRole('button', { name: 'Spara säkerhetskopia …' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1));
    const request = bridge.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^Målsamtal säkerhetskopia \d{4}-\d{2}-\d{2} \d{4}\.msbackup$/);
    const read = await readBackup(database, new TextDecoder().decode(request.bytes));
    expect(read.ok && read.summary.meetings).toEqual([{ bodyName: 'Socialnämnden', date: '2020-09-15', status: 'planned' }]);
    expect(await within(notice).findByRole('status')).toHaveTextContent(`Säkerhetskopian är sparad som ${request.suggestedName}.`);
  });
});

describe('the projector picture failing to draw', () => {
  it('shows the room one calm sentence instead of a white screen, in the user’s language, and can be tried again', async () => {
    failing.projector = true;
    const user = userEvent.setup();
    act(() => useNavigation.getState().navigate({ screen: 'projector', meetingId: 'm-1' }));
    const database = await laptopWithAMeeting();
    await database.settings.put({ key: 'language', value: 'en' });
    render(<ProjectorRoot database={database} />);

    expect(
      await screen.findByText('The picture could not be shown. The meeting and everything saved are still in the chair’s window.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save backup …' })).not.toBeInTheDocument();
    failing.projector = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Projektorbild' })).toBeInTheDocument();
  });
});

describe('the window as a whole', () => {
  it('says what happened in Swedish even when the language itself could not be read, and keeps the data', async () => {
    const database = await laptopWithAMeeting();
    const bridge = createRecordingBridge();
    render(
      <BridgeProvider bridge={bridge}>
        <DatabaseProvider database={database}>
          <AppErrorBoundary>
            <Thrower />
          </AppErrorBoundary>
        </DatabaseProvider>
      </BridgeProvider>,
    );
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Målsamtal kunde inte visa fönstret. Det som redan är sparat finns kvar – inget har tagits bort.');
    expect(screen.getByRole('main')).toContainElement(notice);
    expect(screen.getByRole('button', { name: 'Spara säkerhetskopia …' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Till möteslistan' })).toHaveAttribute('href', '#/moten');
    expect(await database.meetings.count()).toBe(1);
  });
});
