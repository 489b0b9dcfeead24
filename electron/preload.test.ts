import { build } from 'esbuild';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, ipcEvents, subscriptionName, type IpcEvent } from '../shared/ipc/channels';
import { createFakeElectron } from '../tests/support/fakeElectron';
import type { MalsamtalBridge } from '../shared/ipc/contract';

async function loadPreload() {
  const electron = createFakeElectron();
  vi.doMock('electron', () => electron);
  await import('./preload');
  vi.doUnmock('electron');
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, MalsamtalBridge];
  /** Sends a one-way message from main, as ipcRenderer would deliver it. */
  const fromMain = (channel: string, payload: unknown) => {
    for (const [registered, listener] of electron.ipcRenderer.on.mock.calls as [string, (event: unknown, payload: unknown) => void][]) {
      if (registered === channel) listener({ sender: 'main' }, payload);
    }
  };
  return { electron, name, api, fromMain };
}

const openedFile = { fileName: 'KS 2019-160.msremiss', kind: 'package', bytes: new Uint8Array([123, 125]) };

describe('preload', () => {
  beforeEach(() => vi.resetModules());

  it('exposes exactly the contract as window.malsamtal, each method forwarding to its channel', async () => {
    const { electron, name, api } = await loadPreload();
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(name).toBe('malsamtal');
    const subscriptions = (Object.keys(ipcEvents) as IpcEvent[]).map(subscriptionName);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(ipcChannels), ...subscriptions].sort());
    expect(Object.isFrozen(api)).toBe(true);

    await api.setLanguage('en');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:set-language', 'en');
    await api.getAppInfo();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:get-info', undefined);
  });

  it('passes an opened file to the page’s subscriber, and stops when it unsubscribes', async () => {
    const { api, fromMain } = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = api.onFileOpened(listener);
    fromMain('file:opened', openedFile);
    expect(listener).toHaveBeenCalledWith(openedFile);
    unsubscribe();
    fromMain('file:opened', { ...openedFile, fileName: 'igen.msremiss' });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps files that arrive before the page subscribes, and gives them to the first subscriber only', async () => {
    const { api, fromMain } = await loadPreload();
    fromMain('file:opened', openedFile);
    const first = vi.fn();
    const second = vi.fn();
    api.onFileOpened(first);
    api.onFileOpened(second);
    expect(first).toHaveBeenCalledWith(openedFile);
    expect(second).not.toHaveBeenCalled();
  });

  it('refuses a subscription without a function', async () => {
    const { api } = await loadPreload();
    expect(() => api.onFileOpened('not a function' as never)).toThrow(TypeError);
  });

  it('stays small: the sandboxed preload bundles only channel names, not the schemas', async () => {
    const result = await build({
      entryPoints: ['electron/preload.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(inputs.sort()).toEqual(['electron/preload.ts', 'shared/ipc/channels.ts']);
  });
});
