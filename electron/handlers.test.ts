import { access, mkdtemp, readdir, readFile, rm, stat, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appFileMaxBytes } from '../shared/files/appFiles';
import { readFileUpTo, writeFileAtomic } from './files';
import { createIpcHandlers, savePathFor, type HandlerDependencies } from './handlers';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-save-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function dependencies(choice: { canceled: boolean; filePath?: string }): HandlerDependencies & {
  dialog: { showSaveDialog: ReturnType<typeof vi.fn>; showOpenDialog: ReturnType<typeof vi.fn> };
  writeFileAtomic: ReturnType<typeof vi.fn>;
  readFileUpTo: ReturnType<typeof vi.fn>;
} {
  return {
    appInfo: () => ({ name: 'Målsamtal', version: '0.1.0', shell: 'electron', platform: 'linux', versions: {} }),
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: choice.canceled, filePath: choice.filePath ?? '' })),
      showOpenDialog: vi.fn(async () => ({ canceled: choice.canceled, filePaths: choice.filePath ? [choice.filePath] : [] })),
    },
    windowOf: () => null,
    documentsFolder: () => '/home/sekreterare/Dokument',
    writeFileAtomic: vi.fn(writeFileAtomic),
    fileExists: (file) =>
      access(file).then(
        () => true,
        () => false,
      ),
    storeBackup: vi.fn(async () => 'malsamtal-2020-09-15T18-00-00-000Z.msbackup'),
    projector: { open: vi.fn(() => ({ display: 'external' as const })), close: vi.fn(), contents: () => null },
    fileSize: async (file) => (await stat(file)).size,
    readFileUpTo: vi.fn(readFileUpTo),
    currentLanguage: () => 'sv',
    onLanguageChanged: vi.fn(),
    answerClose: vi.fn(),
  };
}

const event = {} as never;
const pdfFilters = [{ name: 'PDF', extensions: ['pdf'] }];
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
    const result = await createIpcHandlers(deps).saveFile({ suggestedName: 'Bilaga 1.pdf', bytes, filters: pdfFilters }, event);
    expect(result).toEqual({ outcome: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('saving only the kinds of file the dialog offered', () => {
  it.each([
    ['a name the user typed without an extension, as a Linux dialog leaves it', 'Protokoll', 'Protokoll.pdf'],
    ['a program’s extension the user typed', 'Bilaga.exe', 'Bilaga.exe.pdf'],
    ['another of our extensions the dialog did not offer', 'Bilaga.docx', 'Bilaga.docx.pdf'],
    ['the offered extension in capitals', 'BILAGA.PDF', 'BILAGA.PDF'],
  ])('adds the suggested extension to %s', async (_, typed, written) => {
    const deps = dependencies({ canceled: false, filePath: path.join(folder, typed) });
    const result = await createIpcHandlers(deps).saveFile({ suggestedName: 'Bilaga 1.pdf', bytes, filters: pdfFilters }, event);
    expect(result).toEqual({ outcome: 'saved', fileName: written });
    expect(await readdir(folder)).toEqual([written]);
  });

  it('replaces nothing the dialog did not ask about when it had to add the extension', async () => {
    await writeFileAtomic(path.join(folder, 'Protokoll.pdf'), new TextEncoder().encode('det gamla protokollet'));
    const deps = dependencies({ canceled: false, filePath: path.join(folder, 'Protokoll') });
    await expect(createIpcHandlers(deps).saveFile({ suggestedName: 'Bilaga 1.pdf', bytes, filters: pdfFilters }, event)).rejects.toThrow(
      'en fil med det namnet finns redan',
    );
    expect(await readFile(path.join(folder, 'Protokoll.pdf'), 'utf8')).toBe('det gamla protokollet');
  });

  it.each([
    ['a program as the suggested name', { suggestedName: 'update.exe', filters: [{ name: 'Program', extensions: ['exe'] }] }],
    ['a filter the name does not match', { suggestedName: 'Bilaga 1.pdf', filters: [{ name: 'Text', extensions: ['txt'] }] }],
    ['no filters', { suggestedName: 'Bilaga 1.pdf', filters: [] }],
  ])('refuses %s in the main process too, before any dialog', async (_, request) => {
    const deps = dependencies({ canceled: false, filePath: path.join(folder, 'x.pdf') });
    await expect(createIpcHandlers(deps).saveFile({ ...request, bytes }, event)).rejects.toThrow('filtypen sparas inte');
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('keeps the chosen path when its extension is one offered', () => {
    const request = { suggestedName: 'Rapport.pdf', filters: [{ name: 'Rapport', extensions: ['pdf', 'docx'] }] };
    expect(savePathFor('/home/sekr/Rapport.docx', request)).toBe('/home/sekr/Rapport.docx');
    expect(savePathFor('/home/sekr/Rapport.txt', request)).toBe('/home/sekr/Rapport.txt.pdf');
  });
});

describe('openFile', () => {
  it('shows the open dialog with the page’s title and filters, and returns the chosen file’s name and bytes', async () => {
    const source = path.join(folder, 'Remisspaket KS 2019-160.msremiss');
    await writeFileAtomic(source, bytes);
    const deps = dependencies({ canceled: false, filePath: source });
    const filters = [{ name: 'Remisspaket', extensions: ['msremiss', 'json'] }];

    const result = await createIpcHandlers(deps).openFile({ title: 'Öppna remisspaket', kind: 'package', filters }, event);

    expect(result).toEqual({ outcome: 'opened', fileName: 'Remisspaket KS 2019-160.msremiss', bytes });
    expect(deps.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Öppna remisspaket', filters, properties: ['openFile'] }),
    );
  });

  it('returns nothing when the user cancels', async () => {
    const deps = dependencies({ canceled: true });
    expect(await createIpcHandlers(deps).openFile({ title: 'Öppna', kind: 'answer', filters: [] }, event)).toEqual({
      outcome: 'cancelled',
    });
  });

  it.each([
    ['remiss package', 'package', 'stort.msremiss'],
    ['answer file', 'answer', 'stort.msvar'],
    ['backup', 'backup', 'stor.msbackup'],
  ] as const)('says a %s one byte over its kind’s limit is too large, without reading any of it', async (_, kind, name) => {
    const source = path.join(folder, name);
    await writeFileAtomic(source, new Uint8Array(0));
    await truncate(source, appFileMaxBytes[kind] + 1);
    const deps = dependencies({ canceled: false, filePath: source });
    expect(await createIpcHandlers(deps).openFile({ title: 'Öppna', kind, filters: [] }, event)).toEqual({
      outcome: 'tooLarge',
      fileName: name,
      maxBytes: appFileMaxBytes[kind],
    });
    expect(deps.readFileUpTo).not.toHaveBeenCalled();
  });

  it('reads a file of exactly its kind’s limit', async () => {
    const source = path.join(folder, 'gräns.msremiss');
    await writeFileAtomic(source, new Uint8Array(appFileMaxBytes.package));
    const deps = dependencies({ canceled: false, filePath: source });
    const result = await createIpcHandlers(deps).openFile({ title: 'Öppna', kind: 'package', filters: [] }, event);
    expect(result.outcome).toBe('opened');
    expect(deps.readFileUpTo).toHaveBeenCalledWith(source, appFileMaxBytes.package);
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
