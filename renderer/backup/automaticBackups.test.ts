import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupReason } from '../../shared/backup/backupFile';
import { createMeeting } from '../../shared/domain/meeting';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { startAutomaticBackups } from './automaticBackups';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

/** Starts on an opened database, as the app does once its first screen has read from it. */
async function start(store: (reason: BackupReason) => Promise<void>) {
  const database = createTestDatabase();
  await database.open();
  stop = startAutomaticBackups(database, { store, firstDelayMs: 10, intervalMs: 40 });
  return database;
}

describe('automatic backups', () => {
  it('takes one soon after start and then only when something changed', async () => {
    // The clock is the test's: four quiet intervals certainly pass before nothing new is expected (no guessed wait).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const store = vi.fn(async (_reason: BackupReason) => undefined);
    const database = await start(store);
    await vi.advanceTimersByTimeAsync(10);
    expect(store).toHaveBeenCalledTimes(1);
    expect(store).toHaveBeenLastCalledWith('automatic');

    await vi.advanceTimersByTimeAsync(4 * 40);
    expect(store).toHaveBeenCalledTimes(1);

    await database.meetings.add(createMeeting({ bodyName: 'Socialnämnden', date: '2020-09-15' }, 'm-1', new Date()));
    await vi.advanceTimersByTimeAsync(40);
    expect(store).toHaveBeenCalledTimes(2);
  });

  it('takes one at once when a meeting changes protocol status', async () => {
    const store = vi.fn(async (_reason: BackupReason) => undefined);
    const database = await start(store);
    await database.meetings.add(createMeeting({ bodyName: 'Socialnämnden', date: '2020-09-15' }, 'm-1', new Date()));
    await waitFor(() => expect(store).toHaveBeenCalled());

    await database.meetings.update('m-1', { status: 'held' });
    await waitFor(() => expect(store).toHaveBeenCalledWith('statusChange'));
  });

  it('tries again after a failed backup', async () => {
    const store = vi.fn(async (_reason: BackupReason) => undefined);
    store.mockRejectedValueOnce(new Error('disk full'));
    await start(store);
    await waitFor(() => expect(store).toHaveBeenCalledTimes(2));
  });
});
