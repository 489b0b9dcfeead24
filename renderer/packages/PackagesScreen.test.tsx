import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/domain/meeting';
import { appFileMaxBytes } from '../../shared/files/appFiles';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { readPackageFile } from '../../shared/remiss/packageContainer';
import { dumpDatabase } from '../../tests/support/databaseDump';
import { aPackage, aPackageFile } from '../../tests/support/packageFiles';
import { createTestDatabase, recordingFiles, renderWithApp } from '../../tests/support/renderWithApp';
import { LiveRegion } from '../app/LiveRegion';
import type { PackageRecord } from '../data/db';
import { useNavigation } from '../navigation/navigation';
import { PackagesScreen } from './PackagesScreen';

const record = (content = aPackage()): PackageRecord => ({
  id: content.id,
  content,
  origin: 'imported',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});

async function cardOf(title: string) {
  const heading = await screen.findByRole('heading', { level: 3, name: title });
  return heading.closest('li')!;
}

describe('the package library', () => {
  it('starts a new, empty package and opens it in the editor, listed as untitled until it has a title', async () => {
    const user = userEvent.setup();
    const { database } = renderWithApp(<PackagesScreen />);
    await cardOf(examplePackage.title);
    await user.click(screen.getByRole('button', { name: 'Nytt tomt remisspaket' }));

    await waitFor(() => expect(useNavigation.getState().route).toMatchObject({ screen: 'packageEditor' }));
    const route = useNavigation.getState().route as { packageId: string };
    const stored = await database.packages.get(route.packageId);
    expect(stored).toMatchObject({ origin: 'created', content: { title: '', issuer: '', isExample: false, routes: [], respondents: [] } });
    expect(stored!.content.goals).toHaveLength(1);
    const card = await cardOf('(utan titel)');
    expect(within(card).getByRole('link', { name: 'Redigera: (utan titel)' })).toBeInTheDocument();
  });

  it('shows the built-in example with its badge, facts and use, and explains why it cannot be deleted', async () => {
    const user = userEvent.setup();
    renderWithApp(<PackagesScreen />);
    const card = await cardOf(examplePackage.title);
    expect(within(card).getByText('Exempel')).toBeInTheDocument();
    expect(within(card).getByText('KS 2019/160')).toBeInTheDocument();
    expect(within(card).getByText('2020-06-30')).toBeInTheDocument();
    expect(within(card).getByText('Används inte av något möte')).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /^Redigera/ })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: `Ta bort: ${examplePackage.title}` }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Paketet kan inte tas bort' });
    expect(dialog).toHaveTextContent('Exempelpaketet är inbyggt i Målsamtal och kan inte tas bort.');
  });

  it('refuses to delete a package that a meeting is held on, and says why', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    await database.packages.add(record());
    await database.meetings.add({
      ...createMeeting({ bodyName: 'Socialnämnden', date: '2024-09-10' }, 'm-1', new Date()),
      packageId: aPackage().id,
    });
    renderWithApp(<PackagesScreen />, database);

    const card = await cardOf(aPackage().title);
    expect(within(card).getByText('Används av 1 möte')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: /^Ta bort/ }));
    expect(await screen.findByRole('alertdialog', { name: 'Paketet kan inte tas bort' })).toHaveTextContent(
      'Paketet används av 1 möte. Ett möte måste alltid kunna visa sitt paket',
    );
    expect(await database.packages.get(aPackage().id)).toBeDefined();
  });

  it('asks before deleting, keeps the package on Avbryt, and deletes it on confirmation', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    await database.packages.add(record());
    renderWithApp(
      <>
        <PackagesScreen />
        <LiveRegion />
      </>,
      database,
    );
    const card = await cardOf(aPackage().title);
    await user.click(within(card).getByRole('button', { name: /^Ta bort/ }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Ta bort remisspaketet?' });
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await database.packages.get(aPackage().id)).toBeDefined();

    await user.click(within(card).getByRole('button', { name: /^Ta bort/ }));
    dialog = await screen.findByRole('alertdialog', { name: 'Ta bort remisspaketet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort paketet' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: aPackage().title })).not.toBeInTheDocument());
    expect(await database.packages.get(aPackage().id)).toBeUndefined();
    expect(screen.getByRole('status')).toHaveTextContent(`Paketet ”${aPackage().title}” är borttaget.`);
  });

  it('duplicates the example into an editable copy', async () => {
    const user = userEvent.setup();
    const { database } = renderWithApp(<PackagesScreen />);
    await user.click(within(await cardOf(examplePackage.title)).getByRole('button', { name: /^Gör en kopia/ }));
    const copy = await cardOf(`${examplePackage.title} (kopia)`);
    expect(within(copy).getByRole('link', { name: /^Redigera/ })).toBeInTheDocument();
    expect(await database.packages.count()).toBe(2);
  });

  it('explains a bad file in Swedish, names the goal, and changes nothing', async () => {
    const user = userEvent.setup();
    const broken = aPackage();
    broken.goals[2]!.title = '';
    const files = recordingFiles({
      openFile: async () => ({ outcome: 'opened' as const, fileName: 'trasig.json', bytes: aPackageFile(broken) }),
    });
    const database = createTestDatabase();
    const before = await dumpDatabase(database);
    renderWithApp(<PackagesScreen />, database, files);

    await user.click(await screen.findByRole('button', { name: 'Importera paketfil…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Filen kunde inte importeras' });
    expect(dialog).toHaveTextContent('trasig.json innehåller inget giltigt remisspaket. Inget har ändrats.');
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('Mål 3: titel är tom');
    expect(await dumpDatabase(database)).toEqual(before);
  });

  it('asks the shell for a remiss package, and says so in the package’s words when the shell finds the file too large', async () => {
    const user = userEvent.setup();
    const files = recordingFiles({
      openFile: async () => ({ outcome: 'tooLarge' as const, fileName: 'jätte.msremiss', maxBytes: appFileMaxBytes.package }),
    });
    renderWithApp(<PackagesScreen />, undefined, files);

    await user.click(await screen.findByRole('button', { name: 'Importera paketfil…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Filen kunde inte importeras' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('Filen är för stor. En paketfil får vara högst 52 MB.');
    expect(files.openFile).toHaveBeenCalledWith(expect.objectContaining({ kind: 'package' }));
  });

  it('imports a file, and asks before a second import of the same package, keeping both on request', async () => {
    const user = userEvent.setup();
    const files = recordingFiles({ openFile: async () => ({ outcome: 'opened' as const, fileName: 'paket.json', bytes: aPackageFile() }) });
    const { database } = renderWithApp(<PackagesScreen />, undefined, files);

    await user.click(await screen.findByRole('button', { name: 'Importera paketfil…' }));
    await cardOf(aPackage().title);

    await user.click(screen.getByRole('button', { name: 'Importera paketfil…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Paketet finns redan' });
    await user.click(within(dialog).getByRole('button', { name: 'Behåll båda (importera som kopia)' }));
    await cardOf(`${aPackage().title} (kopia)`);
    expect(await database.packages.count()).toBe(3);
  });

  it('offers only a copy when the package in the file is one a meeting is held on', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    await database.packages.add(record());
    await database.meetings.add({
      ...createMeeting({ bodyName: 'Socialnämnden', date: '2024-09-10' }, 'm-1', new Date()),
      packageId: aPackage().id,
    });
    const before = await dumpDatabase(database);
    const files = recordingFiles({ openFile: async () => ({ outcome: 'opened' as const, fileName: 'paket.json', bytes: aPackageFile() }) });
    renderWithApp(<PackagesScreen />, database, files);

    await user.click(await screen.findByRole('button', { name: 'Importera paketfil…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Paketet finns redan' });
    expect(dialog).toHaveTextContent('Det befintliga paketet används av 1 möte och kan därför inte ersättas.');
    expect(within(dialog).queryByRole('button', { name: 'Ersätt det befintliga' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(await dumpDatabase(database)).toEqual(before);
  });

  it('exports a package as a file that reads back as the same package', async () => {
    const user = userEvent.setup();
    const files = recordingFiles();
    renderWithApp(<PackagesScreen />, undefined, files);
    await user.click(within(await cardOf(examplePackage.title)).getByRole('button', { name: /^Exportera/ }));
    await waitFor(() => expect(files.saveFile).toHaveBeenCalledOnce());
    const request = files.saveFile.mock.calls[0]![0] as { suggestedName: string; bytes: Uint8Array };
    expect(request.suggestedName).toBe(
      'Remisspaket KS 2019-160 – Intern remiss 2 – ambitionsnivå för kommunfullmäktiges övergripande mål.msremiss',
    );
    expect(await readPackageFile(request.bytes)).toEqual({ ok: true, package: examplePackage, documents: [] });
  });
});
