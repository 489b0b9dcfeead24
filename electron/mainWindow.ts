import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_ORIGIN } from '../shared/appOrigin';
import { secureWebPreferences } from './security';
import { DEFAULT_WINDOW_SIZE, restoreWindowState, serializeWindowState, type WindowState } from './windowState';

export interface MainWindowDependencies {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  preloadPath: string;
  workAreas: () => Rectangle[];
  readState: () => string | null;
  writeState: (serialized: string) => void;
  /** The secretary writes here: spelling is checked where the system has its own dictionaries. */
  spellcheck: boolean;
}

/** The window that opens at start: hidden until painted, where the user left it, loading only our origin. */
export function createMainWindow(deps: MainWindowDependencies): BrowserWindow {
  const restored = restoreWindowState(deps.readState(), deps.workAreas());
  const window = deps.createWindow({
    ...(restored?.bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Målsamtal',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(deps.preloadPath, { spellcheck: deps.spellcheck }),
  });
  if (restored?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = (): void => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    deps.writeState(serializeWindowState(state));
  };
  window.on('close', remember);

  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
