import type { MenuItemConstructorOptions } from 'electron';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appFileMaxBytes } from '../shared/files/appFiles';
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

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

/** The main process's handler for one IPC channel, as registered with ipcMain.handle. */
function handlerOf(electron: FakeElectron, channel: string): Handler {
  return electron.ipcMain.handle.mock.calls.find(([registered]) => registered === channel)![1] as Handler;
}

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

    window!.emit('ready-to-show');
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

  it('hands a mailto: link from the chair’s window to the mail program, rebuilt, and none from the projector', async () => {
    const electron = await startMain();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    electron.BrowserWindow.fromWebContents.mockReturnValue(window as never);
    const fromPage = { sender: window!.webContents, senderFrame: { url: 'app://malsamtal/index.html', parent: null } };
    await handlerOf(electron, ipcChannels.openProjector)(fromPage, { meetingId: 'm-1' });
    const projector = electron.BrowserWindow.instances[1]!;
    const openHandlerOf = (contents: typeof projector.webContents) => {
      electron.emitApp('web-contents-created', {}, contents);
      return contents.setWindowOpenHandler.mock.calls.at(-1)![0] as (details: { url: string }) => { action: string };
    };

    const fromProjector = openHandlerOf(projector.webContents);
    expect(fromProjector({ url: 'mailto:kommunstyrelsen@vaggeryd.se?subject=Svar' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();

    const fromChair = openHandlerOf(window!.webContents);
    expect(fromChair({ url: 'mailto:kommunstyrelsen@vaggeryd.se?subject=Svar&attach=/etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('mailto:kommunstyrelsen%40vaggeryd.se?subject=Svar&body=');
  });

  it('opens a Swedish right-click menu in a text field, and none where there is nothing to do', async () => {
    const electron = await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.emitApp('web-contents-created', {}, contents);
    const [, onContextMenu] = contents.on.mock.calls.find(([event]) => event === 'context-menu')!;
    const editFlags = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
    onContextMenu({}, { isEditable: true, selectionText: '', editFlags });
    const menu = electron.Menu.buildFromTemplate.mock.results.at(-1)!.value as { template: { label?: string }[]; popup: () => void };
    expect(menu.template.map((item) => item.label)).toContain('Klistra in');
    expect(menu.popup).toHaveBeenCalled();

    const menusBefore = electron.Menu.buildFromTemplate.mock.calls.length;
    onContextMenu({}, { isEditable: false, selectionText: '', editFlags });
    expect(electron.Menu.buildFromTemplate.mock.calls.length).toBe(menusBefore);
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
    first.emitApp('second-instance', {}, ['/opt/Målsamtal/malsamtal'], '/home/sekr');
    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
  });
});

describe('closing the main window', () => {
  it('asks the page to write what waits, and closes the window, and the projector with it, once the page answers', async () => {
    const electron = await startMain();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    const closing = { preventDefault: vi.fn() };
    window!.emit('close', closing);
    expect(closing.preventDefault).toHaveBeenCalled();
    expect(window!.webContents.send).toHaveBeenCalledWith('window:close-requested');

    const confirmClose = handlerOf(electron, ipcChannels.confirmClose);
    const fromPage = { sender: window!.webContents, senderFrame: { url: 'app://malsamtal/index.html', parent: null } };
    electron.BrowserWindow.fromWebContents.mockReturnValue(window as never);
    await confirmClose(fromPage, { close: true });
    expect(window!.close).toHaveBeenCalledOnce();

    // The handler that opens the projector records it; the main window's end closes it.
    const openProjector = handlerOf(electron, ipcChannels.openProjector);
    await openProjector(fromPage, { meetingId: 'm-1' });
    const projector = electron.BrowserWindow.instances[1]!;
    window!.emit('closed');
    expect(projector.close).toHaveBeenCalled();
  });
});

describe('each window only what it needs', () => {
  it('gives the projector window its own preload, and refuses it every privileged call the main window may make', async () => {
    const electron = await startMain();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    const fromChair = { sender: window!.webContents, senderFrame: { url: 'app://malsamtal/index.html', parent: null } };
    await handlerOf(electron, ipcChannels.openProjector)(fromChair, { meetingId: 'm-1' });
    const projector = electron.BrowserWindow.instances[1]!;
    expect(String((projector.options.webPreferences as { preload: string }).preload)).toMatch(/projectorPreload\.cjs$/);
    expect(String((window!.options.webPreferences as { preload: string }).preload)).toMatch(/[/\\]preload\.cjs$/);

    const fromProjector = {
      sender: projector.webContents,
      senderFrame: { url: 'app://malsamtal/index.html#/projektor/m-1', parent: null },
    };
    await expect(handlerOf(electron, ipcChannels.getAppInfo)(fromProjector, undefined)).resolves.toMatchObject({ name: 'Målsamtal' });
    const pdf = { suggestedName: 'Bilaga 1.pdf', bytes: new Uint8Array(4), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    await expect(handlerOf(electron, ipcChannels.saveFile)(fromProjector, pdf)).rejects.toThrow('file:save: okänd avsändare');
    await expect(
      handlerOf(electron, ipcChannels.openFile)(fromProjector, { title: 'Öppna', kind: 'package', filters: [] }),
    ).rejects.toThrow('okänd avsändare');
    await expect(
      handlerOf(electron, ipcChannels.storeBackup)(fromProjector, { bytes: new Uint8Array(4), reason: 'automatic' }),
    ).rejects.toThrow('okänd avsändare');
    await expect(handlerOf(electron, ipcChannels.setLanguage)(fromProjector, 'en')).rejects.toThrow('okänd avsändare');
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();

    // The same calls from the chair's window go through.
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(handlerOf(electron, ipcChannels.saveFile)(fromChair, pdf)).resolves.toEqual({ outcome: 'cancelled' });

    // Once the projector is closed, its web contents is nobody's.
    projector.emit('closed');
    await expect(handlerOf(electron, ipcChannels.getAppInfo)(fromProjector, undefined)).rejects.toThrow('okänd avsändare');
  });
});

describe('the projector and the room’s screens', () => {
  it('moves the projector to a screen plugged in later, away from the one the chair’s window is on', async () => {
    const electron = await startMain();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    const openProjector = handlerOf(electron, ipcChannels.openProjector);
    electron.BrowserWindow.fromWebContents.mockReturnValue(window as never);
    const fromPage = { sender: window!.webContents, senderFrame: { url: 'app://malsamtal/index.html', parent: null } };
    await openProjector(fromPage, { meetingId: 'm-1' });
    const projector = electron.BrowserWindow.instances[1]!;
    expect(projector.setFullScreen).toHaveBeenLastCalledWith(false);

    // A docked laptop: the new screen becomes primary and lies to the left; the chair's window stays on the laptop.
    const external = {
      id: 2,
      bounds: { x: -2560, y: 0, width: 2560, height: 1440 },
      workArea: { x: -2560, y: 0, width: 2560, height: 1400 },
    };
    electron.screen.displays.push(external);
    electron.screen.getPrimaryDisplay.mockReturnValue({ id: 2 });
    electron.emitScreen('display-added', {}, external);
    expect(electron.screen.getDisplayMatching).toHaveBeenCalledWith(window!.getBounds());
    expect(projector.setBounds).toHaveBeenLastCalledWith(external.bounds);
    expect(projector.setFullScreen).toHaveBeenLastCalledWith(true);
  });
});

describe('opening our files by double-click', () => {
  let folder: string;
  let argv: string[];
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'malsamtal-open-'));
    writeFileSync(path.join(folder, 'KS 2019-160.msremiss'), '{"remiss":true}');
    writeFileSync(path.join(folder, 'Svar BUN.msvar'), 'svar');
    argv = process.argv;
  });
  afterEach(() => {
    process.argv = argv;
    rmSync(folder, { recursive: true, force: true });
  });

  const sentFiles = (window: FakeElectron['BrowserWindow']['instances'][number]) =>
    window.webContents.send.mock.calls.map(([channel, file]) => [
      channel,
      (file as { fileName: string }).fileName,
      (file as { kind: string }).kind,
    ]);

  it('sends the file Målsamtal was started with to the page once it has loaded', async () => {
    process.argv = ['/opt/Målsamtal/malsamtal', path.join(folder, 'KS 2019-160.msremiss')];
    const electron = await startMain();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    expect(window!.webContents.send).not.toHaveBeenCalled();

    window!.webContents.listeners.get('did-finish-load')!();
    await vi.waitFor(() => expect(sentFiles(window!)).toEqual([['file:opened', 'KS 2019-160.msremiss', 'package']]));
    const [, file] = window!.webContents.send.mock.calls[0]! as [string, { bytes: Uint8Array }];
    expect(new TextDecoder().decode(file.bytes)).toBe('{"remiss":true}');
  });

  it('takes a file double-clicked while Målsamtal runs from the second instance, relative to its folder', async () => {
    const electron = await startMain();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    window!.webContents.listeners.get('did-finish-load')!();
    electron.emitApp('second-instance', {}, ['C:\\Målsamtal.exe', '--allow-file-access-from-files', 'Svar BUN.msvar'], folder);
    await vi.waitFor(() => expect(sentFiles(window!)).toEqual([['file:opened', 'Svar BUN.msvar', 'answer']]));
    expect(window!.focus).toHaveBeenCalled();
  });

  it('takes a file macOS opens before the app is ready, and keeps it for the page', async () => {
    const electron = await startMain();
    const event = { preventDefault: vi.fn() };
    electron.emitApp('open-file', event, path.join(folder, 'Svar BUN.msvar'));
    expect(event.preventDefault).toHaveBeenCalled();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    window!.webContents.listeners.get('did-finish-load')!();
    await vi.waitFor(() => expect(sentFiles(window!)).toEqual([['file:opened', 'Svar BUN.msvar', 'answer']]));
  });

  it('holds a file while the page reloads, but not while it only changes route', async () => {
    const electron = await startMain();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    const contents = window!.webContents;
    contents.listeners.get('did-finish-load')!();

    contents.listeners.get('did-start-navigation')!({ isMainFrame: true, isSameDocument: true, url: 'app://malsamtal/index.html#/moten' });
    electron.emitApp('open-file', { preventDefault: vi.fn() }, path.join(folder, 'Svar BUN.msvar'));
    await vi.waitFor(() => expect(sentFiles(window!)).toHaveLength(1));

    contents.listeners.get('did-start-navigation')!({ isMainFrame: true, isSameDocument: false, url: 'app://malsamtal/index.html' });
    electron.emitApp('open-file', { preventDefault: vi.fn() }, path.join(folder, 'KS 2019-160.msremiss'));
    // Files are read in order, so once the refusal of a later one shows, the package has been read and held.
    electron.emitApp('open-file', { preventDefault: vi.fn() }, path.join(folder, 'saknas.msvar'));
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(sentFiles(window!)).toHaveLength(1);
    contents.listeners.get('did-finish-load')!();
    await vi.waitFor(() => expect(sentFiles(window!).map(([, name]) => name)).toEqual(['Svar BUN.msvar', 'KS 2019-160.msremiss']));
  });

  it('refuses a package double-clicked in a second instance one byte over its limit, in the package’s words, and sends nothing', async () => {
    const large = path.join(folder, 'Stort paket.msremiss');
    writeFileSync(large, '');
    truncateSync(large, appFileMaxBytes.package + 1);
    const electron = await startMain();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    window!.webContents.listeners.get('did-finish-load')!();
    electron.emitApp('second-instance', {}, ['C:\\Målsamtal.exe', large], folder);
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Målsamtal kunde inte öppna ”Stort paket.msremiss”.',
        detail: 'Filen är för stor. En paketfil får vara högst 52 MB.',
      }),
    );
    expect(window!.webContents.send).not.toHaveBeenCalled();
  });

  it('says in Swedish why a file could not be opened, and sends nothing', async () => {
    const electron = await startMain();
    await electron.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    window!.webContents.listeners.get('did-finish-load')!();
    electron.emitApp('open-file', { preventDefault: vi.fn() }, path.join(folder, 'borttagen.msbackup'));
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Filen kunde inte öppnas', message: 'Målsamtal kunde inte öppna ”borttagen.msbackup”.' }),
    );
    expect(window!.webContents.send).not.toHaveBeenCalled();
  });
});

describe('About Målsamtal', () => {
  it('shows the version, the licence and where the data lives', async () => {
    const electron = await startMain();
    await electron.becomeReady();
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
    const help = template.find((item) => item.label === 'Hjälp')!.submenu as MenuItemConstructorOptions[];
    (help.find((item) => item.label === 'Om Målsamtal')!.click as () => void)();
    const [box] = electron.dialog.showMessageBox.mock.calls.at(-1)! as [{ message: string; detail: string }];
    expect(box.message).toBe('Målsamtal 0.1.0');
    expect(box.detail).toContain('EUPL-1.2');
    expect(box.detail).toContain('/tmp/malsamtal-test-userData');
  });
});
