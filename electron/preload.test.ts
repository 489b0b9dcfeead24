import { build } from 'esbuild';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, ipcEvents, projectorMethods, subscriptionName, type IpcEvent } from '../shared/ipc/channels';
import { createFakeElectron } from '../tests/support/fakeElectron';
import type { MalsamtalBridge, ProjectorBridge } from '../shared/ipc/contract';

async function loadPreload<Bridge>(module: './preload' | './projectorPreload') {
  const electron = createFakeElectron();
  vi.doMock('electron', () => electron);
  await import(module);
  vi.doUnmock('electron');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Bridge];
  /** Sends a one-way message from main, as ipcRenderer would deliver it. */
  const fromMain = (channel: string, payload: unknown) => {
    for (const [registered, listener] of electron.ipcRenderer.on.mock.calls as [string, (event: unknown, payload: unknown) => void][]) {
      if (registered === channel) listener({ sender: 'main' }, payload);
    }
  };
  return { electron, name, api, fromMain };
}

const loadMainPreload = () => loadPreload<MalsamtalBridge>('./preload');

const openedFile = { fileName: 'KS 2019-160.msremiss', kind: 'package', bytes: new Uint8Array([123, 125]) };

/** The modules a preload bundles: a sandboxed preload can require only `electron`, so all else must be inside. */
async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).sort();
}

describe('the main window’s preload', () => {
  beforeEach(() => vi.resetModules());

  it('exposes exactly the contract as window.malsamtal, each method forwarding to its channel', async () => {
    const { electron, name, api } = await loadMainPreload();
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
    const { api, fromMain } = await loadMainPreload();
    const listener = vi.fn();
    const unsubscribe = api.onFileOpened(listener);
    fromMain('file:opened', openedFile);
    expect(listener).toHaveBeenCalledWith(openedFile);
    unsubscribe();
    fromMain('file:opened', { ...openedFile, fileName: 'igen.msremiss' });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps files that arrive before the page subscribes, and gives them to the first subscriber only', async () => {
    const { api, fromMain } = await loadMainPreload();
    fromMain('file:opened', openedFile);
    const first = vi.fn();
    const second = vi.fn();
    api.onFileOpened(first);
    api.onFileOpened(second);
    expect(first).toHaveBeenCalledWith(openedFile);
    expect(second).not.toHaveBeenCalled();
  });

  it('refuses a subscription without a function', async () => {
    const { api } = await loadMainPreload();
    expect(() => api.onFileOpened('not a function' as never)).toThrow(TypeError);
  });

  it('stays small: the sandboxed preload bundles only channel names, not the schemas', async () => {
    expect(await bundledInputs('electron/preload.ts')).toEqual(['electron/bridge.ts', 'electron/preload.ts', 'shared/ipc/channels.ts']);
  });
});

describe('the projector window’s preload', () => {
  beforeEach(() => vi.resetModules());

  it('exposes exactly the projector’s calls, under a name of its own, and nothing of files, backups, closing or mail', async () => {
    const { electron, name, api } = await loadPreload<ProjectorBridge>('./projectorPreload');
    expect(name).toBe('malsamtalProjector');
    expect(Object.keys(api).sort()).toEqual([...projectorMethods].sort());
    expect(Object.keys(api)).toEqual(['getAppInfo']);
    expect(Object.isFrozen(api)).toBe(true);
    for (const privileged of ['saveFile', 'openFile', 'storeBackup', 'setLanguage', 'openProjector', 'confirmClose', 'onFileOpened'])
      expect(api).not.toHaveProperty(privileged);

    await api.getAppInfo();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('app:get-info', undefined);
  });

  it('listens for no message from the main process: no opened file and no close request reach the room’s screen', async () => {
    const { electron } = await loadPreload<ProjectorBridge>('./projectorPreload');
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('stays small as well', async () => {
    expect(await bundledInputs('electron/projectorPreload.ts')).toEqual([
      'electron/bridge.ts',
      'electron/projectorPreload.ts',
      'shared/ipc/channels.ts',
    ]);
  });
});
