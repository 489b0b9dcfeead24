import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../shared/ipc/channels';
import { createFakeElectron, type FakeElectron } from '../tests/support/fakeElectron';

let electron: FakeElectron;

async function startMain(options?: { hasLock?: boolean }): Promise<FakeElectron> {
  electron = createFakeElectron(options);
  vi.doMock('electron', () => electron);
  await import('./main');
  return electron;
}

beforeEach(() => {
  vi.resetModules();
});
afterEach(() => {
  vi.doUnmock('electron');
});

describe('main process start-up', () => {
  it('registers the app:// scheme before ready, and does nothing else until then', async () => {
    const electron = await startMain();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('opens one hardened window on the app’s own origin once ready', async () => {
    const electron = await startMain();
    await electron.becomeReady();

    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();

    const [window] = electron.BrowserWindow.instances;
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
    });
    expect(String((window!.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(window!.loadURL).toHaveBeenCalledWith('app://malsamtal/index.html');

    window!.listeners.get('ready-to-show')!();
    expect(window!.show).toHaveBeenCalled();
  });

  it('answers every channel of the contract, and sets a Swedish menu', async () => {
    const electron = await startMain();
    await electron.becomeReady();
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.values(ipcChannels).sort());

    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label: string }[];
    expect(template.map((item) => item.label)).toContain('Arkiv');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('guards every web contents that is created against navigation and new windows', async () => {
    const electron = await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.emitApp('web-contents-created', {}, contents);
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect']));
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('quits at once when another Målsamtal is already running, and lets that one come forward', async () => {
    const second = await startMain({ hasLock: false });
    expect(second.app.quit).toHaveBeenCalled();
    expect(second.app.whenReady).not.toHaveBeenCalled();

    vi.resetModules();
    const first = await startMain();
    await first.becomeReady();
    const [window] = first.BrowserWindow.instances;
    window!.isMinimized.mockReturnValue(true);
    first.emitApp('second-instance');
    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
  });
});
