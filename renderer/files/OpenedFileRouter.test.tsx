import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeeting } from '../../shared/domain/meeting';
import type { OpenedFile } from '../../shared/ipc/contract';
import { encodePackageFile } from '../../shared/remiss/packageFile';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { App } from '../app/App';
import { createBackup } from '../data/backup';
import { fixtureAnswerFiles } from '../../tests/fixtures/exampleAnswers';
import { createRecordingBridge, createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';

afterEach(() => {
  window.location.hash = '';
});

/** Renders the app with a shell that lets the test hand it a double-clicked file. */
function renderAppReceivingFiles() {
  let deliver: (file: OpenedFile) => void = () => undefined;
  const bridge = createRecordingBridge();
  bridge.onFileOpened = vi.fn((listener: (file: OpenedFile) => void) => {
    deliver = listener;
    return () => undefined;
  });
  const rendered = renderWithApp(<App shell="electron" />, createTestDatabase(), bridge);
  return { ...rendered, open: (file: OpenedFile) => act(() => deliver(file)) };
}

describe('files opened from the file manager', () => {
  it('takes a backup to the backup screen and shows what it holds, restoring nothing yet', async () => {
    const source = createTestDatabase();
    await source.meetings.add(createMeeting({ bodyName: 'Socialnämnden', date: '2020-09-15' }, 'm-1', new Date('2020-09-01T08:00:00Z')));
    const bytes = new TextEncoder().encode(await createBackup(source, 'manual', '0.1.0'));

    const { open, database } = renderAppReceivingFiles();
    await screen.findByRole('heading', { level: 1, name: 'Möten' });
    open({ fileName: 'kopia.msbackup', kind: 'backup', bytes });

    expect(await screen.findByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Innehåll i kopia.msbackup' })).toHaveTextContent('Socialnämnden');
    expect(await database.meetings.count()).toBe(0);
  });

  it('imports a package file through the same checks as the import button', async () => {
    const content = { ...examplePackage, id: 'remiss-2024', title: 'Remiss om ambitionsnivåer 2024', isExample: false };
    const { open, database } = renderAppReceivingFiles();
    await screen.findByRole('heading', { level: 1, name: 'Möten' });
    open({ fileName: 'Remiss 2024.msremiss', kind: 'package', bytes: encodePackageFile(content) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Remisspaket' })).toBeInTheDocument();
    await waitFor(async () => expect((await database.packages.get('remiss-2024'))?.content.title).toBe('Remiss om ambitionsnivåer 2024'));
  });

  it('takes an answer file to its package’s compilation and adds it there', async () => {
    const [answer] = await fixtureAnswerFiles(1, { forRespondents: true });
    const { open, database } = renderAppReceivingFiles();
    await screen.findByRole('heading', { level: 1, name: 'Möten' });
    open({ fileName: 'svar.msvar', kind: 'answer', bytes: new TextEncoder().encode(answer!.text) });

    expect(await screen.findByRole('heading', { level: 1, name: /^Sammanställning av svar/ })).toBeInTheDocument();
    await waitFor(async () => expect(await database.answers.count()).toBe(1));
    expect(await screen.findByText('svar.msvar: svaret från Kommunstyrelsen är tillagt.')).toBeInTheDocument();
  });

  it('explains on the packages screen why an unreadable answer file was not opened', async () => {
    const { open, database } = renderAppReceivingFiles();
    await screen.findByRole('heading', { level: 1, name: 'Möten' });
    open({ fileName: 'trasig.msvar', kind: 'answer', bytes: new TextEncoder().encode('{"format":') });

    const dialog = await screen.findByRole('alertdialog', { name: 'Svarsfilen kunde inte öppnas' });
    expect(dialog).toHaveTextContent('trasig.msvar: Filen är inte giltig JSON – den kan vara avkortad eller skadad.');
    expect(await database.answers.count()).toBe(0);
  });
});
