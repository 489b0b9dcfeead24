import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataRecordResult } from '../../shared/ipc/contract';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createRecordingBridge, createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { LiveRegion } from '../app/LiveRegion';
import { BridgeProvider } from '../bridge/BridgeProvider';
import { createBackup } from '../data/backup';
import { DatabaseProvider } from '../data/DatabaseProvider';
import { dateTime } from '../meeting/labels';
import { settleStoredDataCheck, useStoredDataCheck } from '../stores/storedDataCheck';
import { AutomaticBackups } from './AutomaticBackups';
import { StoredDataCheck } from './StoredDataCheck';

vi.mock('./automaticBackups', () => ({ startAutomaticBackups: vi.fn(() => () => undefined) }));
const { startAutomaticBackups } = await import('./automaticBackups');

afterEach(() => useStoredDataCheck.setState({ check: { state: 'checking' } }));

const backupTime = '2020-09-15T07:30:00.000Z';
const backupName = 'malsamtal-2020-09-15T07-30-00-000Z.msbackup';

/** The app starting on an empty database, with what the shell says it recorded and kept. */
function startOnEmptyDatabase(recorded: DataRecordResult, backupOf?: Promise<string>) {
  const bridge = createRecordingBridge();
  bridge.readDataRecord.mockResolvedValue(recorded);
  if (backupOf)
    bridge.readLatestBackup.mockImplementation(async () => ({
      outcome: 'found',
      fileName: backupName,
      createdAt: backupTime,
      bytes: new TextEncoder().encode(await backupOf),
    }));
  const database = createTestDatabase();
  renderWithApp(
    <>
      <StoredDataCheck />
      <LiveRegion />
    </>,
    database,
    bridge,
  );
  return { bridge, database };
}

/** A backup as Electron keeps it automatically, of a laptop that held one started meeting. */
async function automaticBackupOfOneMeeting(): Promise<string> {
  const earlier = createTestDatabase();
  await storeStartedMeeting(earlier);
  return createBackup(earlier, 'automatic', '0.1.0', new Date(backupTime));
}

describe('the start-up check of the database against the app’s own record', () => {
  it('says the database is empty although meetings were there, and restores the newest automatic backup, naming its time', async () => {
    const user = userEvent.setup();
    const { bridge, database } = startOnEmptyDatabase(
      { record: { meetings: 3, recordedAt: '2020-09-15T08:00:00.000Z' }, latestBackup: { fileName: backupName, createdAt: backupTime } },
      automaticBackupOfOneMeeting(),
    );
    const notice = await screen.findByRole('alert', { name: 'Appens databas är tom' });
    const time = dateTime(backupTime);
    expect(notice).toHaveTextContent('Målsamtal hade 3 möten sparade, men databasen är tom nu.');
    expect(notice).toHaveTextContent(`Den senaste automatiska säkerhetskopian är från ${time}.`);
    // Until the user has chosen, the record keeps saying that meetings were there.
    expect(bridge.writeDataRecord).not.toHaveBeenCalled();

    await user.click(within(notice).getByRole('button', { name: `Återställ säkerhetskopian från ${time}` }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Appens databas är tom' })).not.toBeInTheDocument());
    expect(await database.meetings.count()).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent(`Säkerhetskopian från ${time} är återställd.`);
    await waitFor(() => expect(bridge.writeDataRecord).toHaveBeenLastCalledWith({ meetings: 1 }));
  });

  it('without a record of its own, takes automatic backups as the sign that data was there', async () => {
    startOnEmptyDatabase({ record: null, latestBackup: { fileName: backupName, createdAt: backupTime } });
    expect(await screen.findByRole('alert', { name: 'Appens databas är tom' })).toHaveTextContent(
      'Databasen är tom, men det finns automatiska säkerhetskopior.',
    );
  });

  it('in the browser shell, points to a backup file, and lets the user go on with an empty database', async () => {
    const user = userEvent.setup();
    const { bridge } = startOnEmptyDatabase({ record: { meetings: 1, recordedAt: '2020-09-15T08:00:00.000Z' }, latestBackup: null });
    const notice = await screen.findByRole('alert', { name: 'Appens databas är tom' });
    expect(notice).toHaveTextContent('Målsamtal hade ett möte sparat, men databasen är tom nu.');
    expect(within(notice).getByRole('link', { name: 'Återställ från en fil under Säkerhetskopior' })).toHaveAttribute(
      'href',
      '#/sakerhetskopior',
    );
    await user.click(within(notice).getByRole('button', { name: 'Fortsätt med en tom databas' }));
    await waitFor(() => expect(bridge.writeDataRecord).toHaveBeenCalledWith({ meetings: 0 }));
    expect(screen.queryByRole('alert', { name: 'Appens databas är tom' })).not.toBeInTheDocument();
  });

  it('says nothing on a first start, nor when the meetings were deleted on purpose, and keeps the record from then on', async () => {
    const first = startOnEmptyDatabase({ record: null, latestBackup: null });
    await waitFor(() => expect(first.bridge.writeDataRecord).toHaveBeenCalledWith({ meetings: 0 }));
    await storeStartedMeeting(first.database);
    await waitFor(() => expect(first.bridge.writeDataRecord).toHaveBeenLastCalledWith({ meetings: 1 }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lets a record of no meetings with backups beside it start quietly', async () => {
    const { bridge } = startOnEmptyDatabase({
      record: { meetings: 0, recordedAt: '2020-09-15T08:00:00.000Z' },
      latestBackup: { fileName: backupName, createdAt: backupTime },
    });
    await waitFor(() => expect(bridge.writeDataRecord).toHaveBeenCalledWith({ meetings: 0 }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('automatic backups at start', () => {
  it('wait until the check has found the database as expected, so an empty one never becomes the newest backup', async () => {
    useStoredDataCheck.setState({ check: { state: 'empty', meetings: 2, latestBackup: null } });
    const bridge = createRecordingBridge();
    render(
      <BridgeProvider bridge={bridge}>
        <DatabaseProvider database={createTestDatabase()}>
          <AutomaticBackups />
        </DatabaseProvider>
      </BridgeProvider>,
    );
    expect(startAutomaticBackups).not.toHaveBeenCalled();
    act(() => settleStoredDataCheck());
    expect(startAutomaticBackups).toHaveBeenCalledTimes(1);
  });
});
