import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../shared/ipc/channels';
import { registerIpcHandlers, type IpcHandlers } from './ipc';
import { isTrustedSender } from './security';

type Invoke = (event: unknown, payload: unknown) => Promise<unknown>;

const ownFrame = { url: 'app://malsamtal/index.html', parent: null };
const foreignFrame = { url: 'https://example.org/', parent: null };

function setUp(overrides: Partial<IpcHandlers> = {}) {
  const registered = new Map<string, Invoke>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Invoke) => registered.set(channel, listener)) };
  const handlers = {
    getAppInfo: vi.fn(() => ({ name: 'Målsamtal', version: '0.1.0', shell: 'electron' as const, platform: 'linux', versions: {} })),
    setLanguage: vi.fn(() => undefined),
    saveFile: vi.fn(async () => ({ outcome: 'cancelled' as const })),
    storeBackup: vi.fn(async () => ({ outcome: 'stored' as const, fileName: 'malsamtal-2020-09-15T18-00-00-000Z.msbackup' })),
    openProjector: vi.fn(() => ({ display: 'window' as const })),
    closeProjector: vi.fn(() => undefined),
    ...overrides,
  };
  registerIpcHandlers(ipcMain as never, handlers, isTrustedSender);
  const call = (channel: string, payload: unknown, frame: unknown = ownFrame) => registered.get(channel)!({ senderFrame: frame }, payload);
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

  it.each([
    ['an unknown language', ipcChannels.setLanguage, 'de'],
    ['an object where a language belongs', ipcChannels.setLanguage, { toString: 'sv' }],
    ['a payload on a call that takes none', ipcChannels.getAppInfo, { extra: 1 }],
    ['a path as file name', ipcChannels.saveFile, { suggestedName: '../../.bashrc', bytes: new Uint8Array(1), filters: [] }],
    ['a string as bytes', ipcChannels.saveFile, { suggestedName: 'a.pdf', bytes: 'AAAA', filters: [] }],
    ['nothing at all', ipcChannels.saveFile, undefined],
  ])('refuses %s without calling the handler', async (_, channel, payload) => {
    const { call, handlers } = setUp();
    await expect(call(channel, payload)).rejects.toThrow('ogiltig begäran');
    expect(handlers.setLanguage).not.toHaveBeenCalled();
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('never hands the page a response outside the contract', async () => {
    const { call } = setUp({ saveFile: async () => ({ outcome: 'saved', fileName: 42 }) as never });
    await expect(call(ipcChannels.saveFile, { suggestedName: 'a.pdf', bytes: new Uint8Array(1), filters: [] })).rejects.toThrow();
  });
});
