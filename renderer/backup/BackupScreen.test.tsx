import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMeeting } from '../../shared/domain/meeting';
import { LiveRegion } from '../app/LiveRegion';
import { createBackup, readBackup } from '../data/backup';
import type { MalsamtalDatabase } from '../data/db';
import { editedAndResealed } from '../../tests/support/backupFiles';
import { createTestDatabase, recordingFiles, renderWithApp } from '../../tests/support/renderWithApp';
import { BackupScreen } from './BackupScreen';

async function dump(database: MalsamtalDatabase) {
  return Object.fromEntries(await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

async function addMeeting(database: MalsamtalDatabase, bodyName: string) {
  await database.meetings.add(createMeeting({ bodyName, date: '2020-09-15' }, `m-${bodyName}`, new Date('2020-09-01T08:00:00Z')));
}

function fileInput(container: HTMLElement): HTMLInputElement {
  return container.querySelector('input[type="file"]')!;
}

describe('BackupScreen', () => {
  it('saves a backup of everything through the shell, in a file the app can read back', async () => {
    const user = userEvent.setup();
    const { database, bridge } = renderWithApp(
      <>
        <BackupScreen shell="electron" />
        <LiveRegion />
      </>,
    );
    await addMeeting(database, 'Socialnämnden');
    await user.click(screen.getByRole('button', { name: 'Spara säkerhetskopia …' }));

    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1));
    const request = bridge.saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^Målsamtal säkerhetskopia \d{4}-\d{2}-\d{2} \d{4}\.msbackup$/);
    const read = await readBackup(database, new TextDecoder().decode(request.bytes));
    expect(read.ok && read.summary.meetings).toEqual([{ bodyName: 'Socialnämnden', date: '2020-09-15', status: 'planned' }]);
    expect(await screen.findByRole('status')).toHaveTextContent(`Säkerhetskopian är sparad som ${request.suggestedName}.`);
  });

  it('refuses a damaged backup in Swedish and changes nothing', async () => {
    const user = userEvent.setup();
    const { container, database } = renderWithApp(<BackupScreen shell="electron" />);
    await addMeeting(database, 'Socialnämnden');
    const good = await createBackup(database, 'manual', '0.1.0');
    const damaged = good.replace('Socialnämnden', 'Socialnämndem');
    const before = await dump(database);

    await user.upload(fileInput(container), new File([damaged], 'kopia.msbackup'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Säkerhetskopian är skadad: kontrollsumman stämmer inte med innehållet.');
    expect(screen.queryByRole('button', { name: 'Ersätt allt med säkerhetskopian' })).not.toBeInTheDocument();
    expect(await dump(database)).toEqual(before);

    await user.upload(fileInput(container), new File(['inte json'], 'anteckningar.msbackup'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Filen går inte att läsa som en säkerhetskopia.');
  });

  it('refuses a file larger than any backup before reading a byte of it, naming the limit', async () => {
    const user = userEvent.setup();
    const { container, database } = renderWithApp(<BackupScreen shell="electron" />);
    await addMeeting(database, 'Socialnämnden');
    const before = await dump(database);
    const huge = new File(['{}'], 'film.msbackup');
    // A real 200 MB file would only slow the test; the screen must decide on the size alone, without reading.
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 + 1 });
    const read = vi.spyOn(FileReader.prototype, 'readAsText');

    await user.upload(fileInput(container), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('högst 200 MB');
    expect(read).not.toHaveBeenCalled();
    expect(await dump(database)).toEqual(before);
  });

  it('refuses a backup edited and sealed again, naming the table and the row, where the preview once blanked the window', async () => {
    const user = userEvent.setup();
    const { container, database } = renderWithApp(<BackupScreen shell="electron" />);
    await addMeeting(database, 'Socialnämnden');
    const crafted = await editedAndResealed(await createBackup(database, 'manual', '0.1.0'), (databaseExport) =>
      databaseExport.replace('"date":"2020-09-15"', '"date":"2020-13-01"'),
    );
    await addMeeting(database, 'Kommunstyrelsen');
    const before = await dump(database);

    await user.upload(fileInput(container), new File([crafted], 'kopia.msbackup'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Säkerhetskopian är skadad eller ändrad och kan inte återställas. Möten, post 1 (id ”m-Socialnämnden”), går inte att läsa.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ersätt allt med säkerhetskopian' })).not.toBeInTheDocument();
    expect(await dump(database)).toEqual(before);
  });

  it('shows what a backup holds, keeps today’s data first, and replaces everything only when confirmed', async () => {
    const user = userEvent.setup();
    const source = createTestDatabase();
    await addMeeting(source, 'Kultur- och fritidsnämnden');
    const file = new File([await createBackup(source, 'automatic', '0.1.0')], 'malsamtal-2020-09-15.msbackup');

    const { container, database, bridge } = renderWithApp(<BackupScreen shell="electron" />);
    await addMeeting(database, 'Tekniska nämnden');
    await user.upload(fileInput(container), file);

    const preview = await screen.findByRole('region', { name: 'Innehåll i malsamtal-2020-09-15.msbackup' });
    expect(within(preview).getByText('Automatisk')).toBeInTheDocument();
    expect(within(preview).getByRole('row', { name: 'Möten 1' })).toBeInTheDocument();
    expect(within(preview).getByText(/Kultur- och fritidsnämnden, 2020-09-15/)).toBeInTheDocument();

    await user.click(within(preview).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('region', { name: /Innehåll i/ })).not.toBeInTheDocument();
    expect((await database.meetings.toArray()).map((meeting) => meeting.bodyName)).toEqual(['Tekniska nämnden']);

    await user.upload(fileInput(container), file);
    await user.click(await screen.findByRole('button', { name: 'Ersätt allt med säkerhetskopian' }));
    await waitFor(async () =>
      expect((await database.meetings.toArray()).map((meeting) => meeting.bodyName)).toEqual(['Kultur- och fritidsnämnden']),
    );

    expect(bridge.storeBackup).toHaveBeenCalledWith(expect.objectContaining({ reason: 'beforeRestore' }));
    const kept = bridge.storeBackup.mock.calls[0]![0];
    const keptRead = await readBackup(database, new TextDecoder().decode(kept.bytes));
    expect(keptRead.ok && keptRead.summary.meetings.map((meeting) => meeting.bodyName)).toEqual(['Tekniska nämnden']);
  });

  it('restores nothing, and says why, when the copy of today’s data is not saved first', async () => {
    const user = userEvent.setup();
    const source = createTestDatabase();
    await addMeeting(source, 'Kultur- och fritidsnämnden');
    const file = new File([await createBackup(source, 'manual', '0.1.0')], 'kopia.msbackup');
    // The browser shell saves the copy through a save dialog the user can cancel.
    const files = recordingFiles({ saveFile: async () => ({ outcome: 'cancelled' }) });
    const { container, database } = renderWithApp(<BackupScreen shell="browser" />, undefined, files);
    await addMeeting(database, 'Tekniska nämnden');
    await user.upload(fileInput(container), file);
    await user.click(await screen.findByRole('button', { name: 'Ersätt allt med säkerhetskopian' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Inget har återställts: en kopia av det som finns nu sparas först');
    expect((await database.meetings.toArray()).map((meeting) => meeting.bodyName)).toEqual(['Tekniska nämnden']);
  });
});
