import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** Just enough of Electron's main-process API to start main.ts under test, recording what it asks for. */
export function createFakeElectron({ hasLock = true } = {}) {
  const appListeners = new Map<string, Listener>();
  const screenListeners = new Map<string, Listener[]>();
  type FakeDisplay = { id: number; bounds: { x: number; y: number; width: number; height: number }; workArea: FakeDisplay['bounds'] };
  const displays: FakeDisplay[] = [
    { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1080 } },
  ];
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    static fromWebContents = vi.fn(() => null);
    listeners = new Map<string, Listener[]>();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    showInactive = vi.fn();
    maximize = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    isDestroyed = vi.fn(() => false);
    isMaximized = vi.fn(() => false);
    isFullScreen = vi.fn(() => false);
    getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1100, height: 700 }));
    getBounds = vi.fn(() => ({ x: 10, y: 20, width: 1100, height: 700 }));
    setFullScreen = vi.fn();
    setBounds = vi.fn();
    close = vi.fn();
    destroy = vi.fn();
    webContents = {
      listeners: new Map<string, Listener>(),
      send: vi.fn(),
      isCrashed: vi.fn(() => false),
      isLoadingMainFrame: vi.fn(() => false),
      setWindowOpenHandler: vi.fn(),
      on(event: string, listener: Listener) {
        this.listeners.set(event, listener);
        return this;
      },
    };
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    /** Fires a window event to every listener, as Electron would. */
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };

  return {
    app: {
      requestSingleInstanceLock: vi.fn(() => hasLock),
      quit: vi.fn(),
      on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
      whenReady: vi.fn(() => ready),
      getPath: vi.fn((name: string) => `/tmp/malsamtal-test-${name}`),
      getName: vi.fn(() => 'Målsamtal'),
      getVersion: vi.fn(() => '0.1.0'),
      isPackaged: true,
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template, popup: vi.fn() })) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: {
      /** The displays attached; a test pushes or removes one, then fires display-added or display-removed. */
      displays,
      getAllDisplays: vi.fn(() => [...displays]),
      getPrimaryDisplay: vi.fn(() => ({ id: 1 })),
      // Like Electron: the display holding the bounds' top-left corner, else the first (a simplification of "most area").
      getDisplayMatching: vi.fn(
        (bounds: { x: number; y: number }) =>
          displays.find(
            (d) =>
              bounds.x >= d.bounds.x &&
              bounds.x < d.bounds.x + d.bounds.width &&
              bounds.y >= d.bounds.y &&
              bounds.y < d.bounds.y + d.bounds.height,
          ) ?? displays[0]!,
      ),
      on: vi.fn((event: string, listener: Listener) => screenListeners.set(event, [...(screenListeners.get(event) ?? []), listener])),
    },
    session,
    shell: { openExternal: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => undefined), on: vi.fn() },
    /** Fires a screen event (display-added, display-removed) as Electron would. */
    emitScreen: (event: string, ...args: unknown[]) => {
      for (const listener of screenListeners.get(event) ?? []) listener(...args);
    },
    /** Fires an app event as Electron would. */
    emitApp: (event: string, ...args: unknown[]) => appListeners.get(event)?.(...args),
    /** Lets `app.whenReady()` resolve, and waits for what main.ts does then. */
    becomeReady: async () => {
      resolveReady();
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
