import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_NAME_BYTES } from '../../shared/attachment/fileNames';
// Loaded here, where the bridge would load it on its first save: the save is then as quick as in the app.
import '../../shared/ipc/contract';
import { fixtureAnswerFiles } from '../../tests/fixtures/exampleAnswers';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { createBrowserBridge } from '../bridge/browserBridge';
import { importAnswerFiles } from '../data/answers';
import { useAnnouncer } from '../stores/announcer';
import { CompileScreen } from './CompileScreen';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The browser shell's bridge, which holds every save to the same contract as Electron, downloading into a list. */
function browserShell() {
  const downloads: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  const bridge = createBrowserBridge({
    document,
    createObjectUrl: () => 'blob:test/1',
    revokeObjectUrl: () => undefined,
    platform: 'Linux x86_64',
    openWindow: () => null,
    storage: window.localStorage,
  });
  // jsdom's TextEncoder gives a Uint8Array of Node's realm, which the contract's instanceof check does not know as one.
  const saveFile: typeof bridge.saveFile = (request) => bridge.saveFile({ ...request, bytes: new Uint8Array(request.bytes) });
  return { bridge: { ...bridge, saveFile }, downloads };
}

const bytes = (name: string) => new TextEncoder().encode(name).length;

describe('saving from a package with a long title and no case number', () => {
  it('saves the CSV and the report under names shortened to what every file system and the save contract take', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    const title =
      `Remiss om ambitionsnivå för kommunfullmäktiges övergripande mål i Vaggeryds kommun ${'och deras uppföljning '.repeat(20)}`.slice(
        0,
        500,
      );
    await database.packages.put({
      id: examplePackage.id,
      // A package with no list of remissinstanser takes every answer as it comes, with no matching to confirm.
      content: { ...examplePackage, title, caseNumber: '', respondents: [] },
      origin: 'imported',
      createdAt: '2020-06-30T08:00:00.000Z',
      updatedAt: '2020-06-30T08:00:00.000Z',
    });
    const files = await fixtureAnswerFiles(2, { pkg: { ...examplePackage, respondents: [] } });
    await importAnswerFiles(
      database,
      examplePackage.id,
      files.map(({ fileName, text }) => ({ fileName, bytes: new TextEncoder().encode(text) })),
    );
    const { bridge, downloads } = browserShell();
    renderWithApp(<CompileScreen packageId={examplePackage.id} />, database, bridge);

    await user.click(await screen.findByRole('button', { name: 'Spara bedömningar som CSV …' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 });
    await user.click(screen.getByRole('button', { name: 'Spara rapport som Word …' }));
    await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 15_000 });

    const [csv, report] = downloads as [string, string];
    expect(csv).toMatch(/^Bedömningar Remiss om ambitionsnivå för kommunfullmäktiges övergripande mål .*…\.csv$/);
    expect(report).toMatch(/^Sammanställning av svar Remiss om ambitionsnivå .*…\.docx$/);
    for (const name of downloads) expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    await waitFor(() => expect(useAnnouncer.getState().message).toBe(`Rapporten är sparad som ${report}.`));
    expect(screen.queryByText('CSV-filen kunde inte sparas.')).not.toBeInTheDocument();
    expect(screen.queryByText('Rapporten kunde inte skapas. Inget har sparats.')).not.toBeInTheDocument();
  }, 40_000);
});
