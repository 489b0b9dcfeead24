import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../shared/ipc/channels';
import { createFakeElectron } from '../tests/support/fakeElectron';

describe('preload', () => {
  beforeEach(() => vi.resetModules());

  it('exposes exactly the contract as window.malsamtal, each method forwarding to its channel', async () => {
    const electron = createFakeElectron();
    vi.doMock('electron', () => electron);
    await import('./preload');

    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      Record<string, (p?: unknown) => Promise<unknown>>,
    ];
    expect(name).toBe('malsamtal');
    expect(Object.keys(api).sort()).toEqual(Object.keys(ipcChannels).sort());
    expect(Object.isFrozen(api)).toBe(true);

    await api.setLanguage!('en');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:set-language', 'en');
    await api.getAppInfo!();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:get-info', undefined);
    vi.doUnmock('electron');
  });
});
