import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_FILE_BYTES } from '../shared/ipc/contract';
import { readFileUpTo, writeFileAtomic } from './files';
import { createIpcHandlers, type HandlerDependencies } from './handlers';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-save-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function dependencies(choice: {
  canceled: boolean;
  filePath?: string;
}): HandlerDependencies & { dialog: { showSaveDialog: ReturnType<typeof vi.fn>; showOpenDialog: ReturnType<typeof vi.fn> } } {
  return {
    appInfo: () => ({ name: 'Målsamtal', version: '0.1.0', shell: 'electron', platform: 'linux', versions: {} }),
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: choice.canceled, filePath: choice.filePath ?? '' })),
      showOpenDialog: vi.fn(async () => ({ canceled: choice.canceled, filePaths: choice.filePath ? [choice.filePath] : [] })),
    },
    windowOf: () => null,
    documentsFolder: () => '/home/sekreterare/Dokument',
    writeFileAtomic,
    storeBackup: vi.fn(async () => 'malsamtal-2020-09-15T18-00-00-000Z.msbackup'),
    projector: { open: vi.fn(() => ({ display: 'external' as const })), close: vi.fn() },
    readFileUpTo,
    currentLanguage: () => 'sv',
    onLanguageChanged: vi.fn(),
    answerClose: vi.fn(),
  };
}

const event = {} as never;
const bytes = new TextEncoder().encode('Bilaga 1 till § 45 – ÅÄÖ');

describe('saveFile', () => {
  it('suggests the name in the user’s documents folder, in Swedish, and writes exactly the bytes', async () => {
    const target = path.join(folder, 'Bilaga 1.pdf');
    const deps = dependencies({ canceled: false, filePath: target });
    const result = await createIpcHandlers(deps).saveFile(
      { suggestedName: 'Bilaga 1.pdf', bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] },
      event,
    );

    expect(result).toEqual({ outcome: 'saved', fileName: 'Bilaga 1.pdf' });
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Spara fil', defaultPath: path.join('/home/sekreterare/Dokument', 'Bilaga 1.pdf') }),
    );
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['Bilaga 1.pdf']);
  });

  it('writes nothing when the user cancels', async () => {
    const deps = dependencies({ canceled: true });
    const result = await createIpcHandlers(deps).saveFile({ suggestedName: 'Bilaga 1.pdf', bytes, filters: [] }, event);
    expect(result).toEqual({ outcome: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('openFile', () => {
  it('shows the open dialog with the page’s title and filters, and returns the chosen file’s name and bytes', async () => {
    const source = path.join(folder, 'Remisspaket KS 2019-160.malsamtal-paket.json');
    await writeFileAtomic(source, bytes);
    const deps = dependencies({ canceled: false, filePath: source });
    const filters = [{ name: 'Remisspaket', extensions: ['json'] }];

    const result = await createIpcHandlers(deps).openFile({ title: 'Öppna remisspaket', filters }, event);

    expect(result).toEqual({ outcome: 'opened', fileName: 'Remisspaket KS 2019-160.malsamtal-paket.json', bytes });
    expect(deps.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Öppna remisspaket', filters, properties: ['openFile'] }),
    );
  });

  it('returns nothing when the user cancels', async () => {
    const deps = dependencies({ canceled: true });
    expect(await createIpcHandlers(deps).openFile({ title: 'Öppna', filters: [] }, event)).toEqual({ outcome: 'cancelled' });
  });

  it('says a file is too large instead of reading it into memory', async () => {
    const source = path.join(folder, 'stor.json');
    await writeFileAtomic(source, new Uint8Array(MAX_OPEN_FILE_BYTES + 1));
    const deps = dependencies({ canceled: false, filePath: source });
    expect(await createIpcHandlers(deps).openFile({ title: 'Öppna', filters: [] }, event)).toEqual({
      outcome: 'tooLarge',
      fileName: 'stor.json',
      maxBytes: MAX_OPEN_FILE_BYTES,
    });
  });
});

describe('readFileUpTo', () => {
  it('reads a file of exactly the limit whole, and refuses one byte more', async () => {
    const file = path.join(folder, 'gräns.bin');
    const content = new Uint8Array(200_000).map((_, index) => index % 251);
    await writeFileAtomic(file, content);
    expect(await readFileUpTo(file, 200_000)).toEqual({ bytes: content });
    expect(await readFileUpTo(file, 199_999)).toEqual({ tooLarge: true });
  });
});

describe('setLanguage', () => {
  it('tells the shell, so the menu follows the user’s language', async () => {
    const deps = dependencies({ canceled: true });
    await createIpcHandlers(deps).setLanguage('en', event);
    expect(deps.onLanguageChanged).toHaveBeenCalledWith('en');
  });
});

describe('storeBackup', () => {
  it('keeps the backup in the app’s folder and tells the page its name', async () => {
    const deps = dependencies({ canceled: true });
    const result = await createIpcHandlers(deps).storeBackup({ bytes, reason: 'statusChange' }, event);
    expect(result).toEqual({ outcome: 'stored', fileName: 'malsamtal-2020-09-15T18-00-00-000Z.msbackup' });
    expect(deps.storeBackup).toHaveBeenCalledWith(bytes);
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('the projector calls', () => {
  it('open the meeting’s projector window and close it again', async () => {
    const deps = dependencies({ canceled: true });
    const handlers = createIpcHandlers(deps);
    expect(await handlers.openProjector({ meetingId: 'm-1' }, event)).toEqual({ display: 'external' });
    expect(deps.projector.open).toHaveBeenCalledWith('m-1');
    await handlers.closeProjector(undefined, event);
    expect(deps.projector.close).toHaveBeenCalledTimes(1);
  });
});

describe('confirmClose', () => {
  it('hands the page’s answer to the close guard of the window that sent it', async () => {
    const deps = dependencies({ canceled: true });
    const window = { id: 1 } as never;
    deps.windowOf = () => window;
    await createIpcHandlers(deps).confirmClose({ close: false }, event);
    expect(deps.answerClose).toHaveBeenCalledWith(window, false);
  });
});
