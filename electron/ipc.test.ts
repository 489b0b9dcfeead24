import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../shared/ipc/channels';
import { ipcContract, ipcPayloadLimits, MAX_SAVE_FILE_BYTES } from '../shared/ipc/contract';
import { registerIpcHandlers, type IpcHandlers } from './ipc';
import { ipcCallerPolicy } from './security';

type Invoke = (event: unknown, payload: unknown) => Promise<unknown>;

const ownFrame = { url: 'app://malsamtal/index.html', parent: null };
const foreignFrame = { url: 'https://example.org/', parent: null };
const projectorFrame = { url: 'app://malsamtal/index.html#/projektor/m-1', parent: null };
/** The two windows' web contents, told apart by identity as Electron's are. */
const mainContents = { window: 'main' };
const projectorContents = { window: 'projector' };

function setUp(overrides: Partial<IpcHandlers> = {}) {
  const registered = new Map<string, Invoke>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Invoke) => registered.set(channel, listener)) };
  const handlers = {
    getAppInfo: vi.fn(() => ({ name: 'Målsamtal', version: '0.1.0', shell: 'electron' as const, platform: 'linux', versions: {} })),
    setLanguage: vi.fn(() => undefined),
    saveFile: vi.fn(async () => ({ outcome: 'cancelled' as const })),
    storeBackup: vi.fn(async () => ({ outcome: 'stored' as const, fileName: 'malsamtal-2020-09-15T18-00-00-000Z.msbackup' })),
    readLatestBackup: vi.fn(async () => ({ outcome: 'none' as const })),
    readDataRecord: vi.fn(async () => ({ record: null, latestBackup: null })),
    writeDataRecord: vi.fn(async () => undefined),
    openProjector: vi.fn(() => ({ display: 'window' as const })),
    closeProjector: vi.fn(() => undefined),
    openFile: vi.fn(async () => ({ outcome: 'opened' as const, fileName: 'paket.msremiss', bytes: new Uint8Array([123, 125]) })),
    confirmClose: vi.fn(() => undefined),
    ...overrides,
  };
  registerIpcHandlers(ipcMain as never, handlers, ipcCallerPolicy({ main: () => mainContents, projector: () => projectorContents }));
  const call = (channel: string, payload: unknown, frame: unknown = ownFrame, sender: unknown = mainContents) =>
    registered.get(channel)!({ sender, senderFrame: frame }, payload);
  return { registered, handlers, call };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract’s channels', () => {
    const { registered } = setUp();
    expect([...registered.keys()].sort()).toEqual(Object.values(ipcChannels).sort());
  });

  it('passes a valid call from our own page to its handler', async () => {
    const { call, handlers } = setUp();
    await expect(call(ipcChannels.setLanguage, 'en')).resolves.toBeUndefined();
    expect(handlers.setLanguage).toHaveBeenCalledWith('en', expect.anything());
    await expect(call(ipcChannels.getAppInfo, undefined)).resolves.toMatchObject({ name: 'Målsamtal' });
  });

  it('refuses a call from a foreign page before any handler runs', async () => {
    const { call, handlers } = setUp();
    await expect(call(ipcChannels.setLanguage, 'sv', foreignFrame)).rejects.toThrow('app:set-language: okänd avsändare');
    await expect(call(ipcChannels.getAppInfo, undefined, null)).rejects.toThrow('okänd avsändare');
    await expect(
      call(ipcChannels.saveFile, { suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [] }, { ...ownFrame, parent: ownFrame }),
    ).rejects.toThrow('okänd avsändare');
    expect(handlers.setLanguage).not.toHaveBeenCalled();
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('answers the projector window only the calls its bridge offers, and refuses it every other before any handler runs', async () => {
    const { call, handlers } = setUp();
    await expect(call(ipcChannels.getAppInfo, undefined, projectorFrame, projectorContents)).resolves.toMatchObject({ name: 'Målsamtal' });
    const privileged: [string, unknown][] = [
      [ipcChannels.saveFile, { suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [{ name: 'PDF', extensions: ['pdf'] }] }],
      [ipcChannels.openFile, { title: 'Öppna', kind: 'package', filters: [] }],
      [ipcChannels.storeBackup, { bytes: new Uint8Array(1), reason: 'automatic' }],
      [ipcChannels.readLatestBackup, undefined],
      [ipcChannels.readDataRecord, undefined],
      [ipcChannels.writeDataRecord, { meetings: 0 }],
      [ipcChannels.setLanguage, 'en'],
      [ipcChannels.openProjector, { meetingId: 'm-2' }],
      [ipcChannels.closeProjector, undefined],
      [ipcChannels.confirmClose, { close: true }],
    ];
    expect(privileged.map(([channel]) => channel).sort()).toEqual(
      Object.values(ipcChannels)
        .filter((channel) => channel !== ipcChannels.getAppInfo)
        .sort(),
    );
    for (const [channel, payload] of privileged)
      await expect(call(channel, payload, projectorFrame, projectorContents)).rejects.toThrow(`${channel}: okänd avsändare`);
    for (const method of [
      'saveFile',
      'openFile',
      'storeBackup',
      'readLatestBackup',
      'readDataRecord',
      'writeDataRecord',
      'setLanguage',
      'openProjector',
      'closeProjector',
      'confirmClose',
    ] as const)
      expect(handlers[method]).not.toHaveBeenCalled();
  });

  it('refuses a page of our own origin in any other web contents, even its top frame', async () => {
    const { call, handlers } = setUp();
    await expect(call(ipcChannels.getAppInfo, undefined, ownFrame, { window: 'another' })).rejects.toThrow('okänd avsändare');
    await expect(call(ipcChannels.setLanguage, 'en', ownFrame, { window: 'another' })).rejects.toThrow('okänd avsändare');
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown language', ipcChannels.setLanguage, 'de'],
    ['an object where a language belongs', ipcChannels.setLanguage, { toString: 'sv' }],
    ['a payload on a call that takes none', ipcChannels.getAppInfo, { extra: 1 }],
    ['a path as file name', ipcChannels.saveFile, { suggestedName: '../../.bashrc', bytes: new Uint8Array(1), filters: [] }],
    ['a string as bytes', ipcChannels.saveFile, { suggestedName: 'a.pdf', bytes: 'AAAA', filters: [] }],
    ['nothing at all', ipcChannels.saveFile, undefined],
    ['an open request without a title', ipcChannels.openFile, { filters: [] }],
    ['an open request with a bad filter', ipcChannels.openFile, { title: 'Öppna', filters: [{ name: 'x', extensions: ['*'] }] }],
  ])('refuses %s without calling the handler', async (_, channel, payload) => {
    const { call, handlers } = setUp();
    await expect(call(channel, payload)).rejects.toThrow('ogiltig begäran');
    expect(handlers.setLanguage).not.toHaveBeenCalled();
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.openFile).not.toHaveBeenCalled();
  });

  it('passes a valid open request and hands the page the file’s bytes', async () => {
    const { call, handlers } = setUp();
    const request = { title: 'Öppna remisspaket', kind: 'package', filters: [{ name: 'Remisspaket', extensions: ['msremiss'] }] };
    await expect(call(ipcChannels.openFile, request)).resolves.toEqual({
      outcome: 'opened',
      fileName: 'paket.msremiss',
      bytes: new Uint8Array([123, 125]),
    });
    expect(handlers.openFile).toHaveBeenCalledWith(request, expect.anything());
    await expect(call(ipcChannels.openFile, request, foreignFrame)).rejects.toThrow('file:open: okänd avsändare');
  });

  it('never hands the page more bytes than any kind of file may have', async () => {
    const { call } = setUp({
      openFile: async () => ({ outcome: 'opened', fileName: 'stor.msbackup', bytes: new Uint8Array(MAX_SAVE_FILE_BYTES + 1) }),
    });
    await expect(call(ipcChannels.openFile, { title: 'Öppna', kind: 'backup', filters: [] })).rejects.toThrow();
  });

  it.each([
    [
      'a file too large to save',
      ipcChannels.saveFile,
      { suggestedName: 'a.pdf', bytes: new Uint8Array(ipcPayloadLimits.saveFile), filters: [] },
    ],
    [
      'a backup too large to keep',
      ipcChannels.storeBackup,
      { bytes: new Uint8Array(ipcPayloadLimits.storeBackup + 1), reason: 'automatic' },
    ],
    ['megabytes of text where a language belongs', ipcChannels.setLanguage, 'sv'.repeat(1024 * 1024)],
    ['bytes where none belong', ipcChannels.getAppInfo, new Uint8Array(ipcPayloadLimits.getAppInfo + 1)],
    ['a title of megabytes', ipcChannels.openFile, { title: 'x'.repeat(1024 * 1024), kind: 'package', filters: [] }],
  ])('refuses %s by its weight, before the contract’s schema reads it', async (_, channel, payload) => {
    const method = (Object.keys(ipcChannels) as (keyof typeof ipcChannels)[]).find((name) => ipcChannels[name] === channel)!;
    const parse = vi.spyOn(ipcContract[method].request, 'safeParse');
    const { call, handlers } = setUp();
    await expect(call(channel, payload)).rejects.toThrow(`${channel}: begäran är för stor`);
    expect(parse).not.toHaveBeenCalled();
    expect(handlers[method]).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('never hands the page a response outside the contract', async () => {
    const { call, handlers } = setUp({ saveFile: vi.fn(async () => ({ outcome: 'saved', fileName: 42 }) as never) });
    const request = { suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    await expect(call(ipcChannels.saveFile, request)).rejects.toThrow();
    expect(handlers.saveFile).toHaveBeenCalled();
  });

  it('takes the record of what the database held only from our own page, and only as a count', async () => {
    const { call, handlers } = setUp();
    await expect(call(ipcChannels.writeDataRecord, { meetings: 3 }, foreignFrame)).rejects.toThrow('okänd avsändare');
    await expect(call(ipcChannels.writeDataRecord, { meetings: -1 })).rejects.toThrow('ogiltig begäran');
    await expect(call(ipcChannels.writeDataRecord, { meetings: 3, path: '/etc/passwd' })).rejects.toThrow('ogiltig begäran');
    expect(handlers.writeDataRecord).not.toHaveBeenCalled();
    await call(ipcChannels.writeDataRecord, { meetings: 3 });
    expect(handlers.writeDataRecord).toHaveBeenCalledWith({ meetings: 3 }, expect.anything());
  });
});
