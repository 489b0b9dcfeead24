import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MalsamtalDatabase } from '../data/db';
import { renderWithApp } from '../../tests/support/renderWithApp';
import { DatabaseGuard } from './DatabaseGuard';

const uniqueName = () => `malsamtal-guard-${crypto.randomUUID()}`;

/** Opens the database by hand at a version, as another copy of the app would, and keeps the connection. */
function openRaw(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => request.result.createObjectStore('meetings', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function renderGuarded(database: MalsamtalDatabase) {
  return renderWithApp(
    <DatabaseGuard>
      <p>Mötena</p>
    </DatabaseGuard>,
    database,
  );
}

describe('when the database cannot be opened', () => {
  it('shows the app once the database opens', async () => {
    renderGuarded(new MalsamtalDatabase(uniqueName()));
    expect(await screen.findByText('Mötena')).toBeInTheDocument();
  });

  it('waits, saying why, while an older window holds the database, and carries on once it closes', async () => {
    const name = uniqueName();
    const older = await openRaw(name, 1);
    // The older app does not let go when asked, as a window busy elsewhere would not.
    older.onversionchange = null;
    renderGuarded(new MalsamtalDatabase(name));
    expect(await screen.findByRole('alert')).toHaveTextContent('ett annat fönster med en äldre version');
    older.close();
    expect(await screen.findByText('Mötena')).toBeInTheDocument();
  });

  it('names the failure, changes nothing, and tries again on request', async () => {
    const user = userEvent.setup();
    const database = new MalsamtalDatabase(uniqueName());
    const realOpen = database.open.bind(database);
    vi.spyOn(database, 'open')
      .mockImplementationOnce(() => Promise.reject(Object.assign(new Error('Disken svarar inte'), { name: 'OpenFailedError' })) as never)
      .mockImplementation(realOpen);
    renderGuarded(database);
    expect(await screen.findByRole('alert')).toHaveTextContent('Databasen gick inte att öppna (Disken svarar inte).');
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Mötena')).toBeInTheDocument();
  });
});
