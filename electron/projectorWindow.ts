import type { BrowserWindow, BrowserWindowConstructorOptions, Display, Rectangle, WebContents } from 'electron';
import { APP_ORIGIN } from '../shared/appOrigin';
import { secureWebPreferences } from './security';

type DisplayLike = Pick<Display, 'id' | 'bounds' | 'workArea'>;

/**
 * The room's screen: any display other than the chair's (the one the main window is on), the largest if there are
 * several; null with none.
 */
export function chooseProjectorDisplay<D extends DisplayLike>(displays: readonly D[], chairDisplayId: number): D | null {
  const external = displays.filter((display) => display.id !== chairDisplayId);
  if (external.length === 0) return null;
  return external.reduce((best, display) =>
    display.bounds.width * display.bounds.height > best.bounds.width * best.bounds.height ? display : best,
  );
}

export interface ProjectorDependencies {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The projector's own preload, which offers its page only what the room's screen needs. */
  preloadPath: string;
  displays: () => DisplayLike[];
  primaryDisplayId: () => number;
  /** Where the chair's main window is, or null without one; a docked laptop's external screen may be primary. */
  mainWindowBounds: () => Rectangle | null;
  /** The display that holds most of the given bounds (Electron's screen.getDisplayMatching). */
  displayMatching: (bounds: Rectangle) => Pick<Display, 'id'>;
  /** Subscribes to display-added/removed; the controller moves the window when the room's screens change. */
  onDisplaysChanged: (listener: () => void) => void;
}

export interface ProjectorController {
  open: (meetingId: string) => { display: 'external' | 'window' };
  close: () => void;
  /** The projector page's web contents while the window is open: the main process tells its calls by this. */
  contents: () => WebContents | null;
}

/**
 * One projector window at most. It opens full screen on a display other than the chair's when there is one, otherwise as an
 * ordinary window the user can drag there, and follows when a display is plugged in or out. It holds no state of its
 * own: it shows the meeting's live state from the database, so closing it never disturbs the meeting.
 */
export function createProjectorController(deps: ProjectorDependencies): ProjectorController {
  let window: BrowserWindow | null = null;

  const chairDisplayId = (): number => {
    const bounds = deps.mainWindowBounds();
    return bounds ? deps.displayMatching(bounds).id : deps.primaryDisplayId();
  };

  const place = (target: BrowserWindow): 'external' | 'window' => {
    const display = chooseProjectorDisplay(deps.displays(), chairDisplayId());
    if (display) {
      target.setFullScreen(false);
      target.setBounds(display.bounds);
      target.setFullScreen(true);
      return 'external';
    }
    target.setFullScreen(false);
    return 'window';
  };

  deps.onDisplaysChanged(() => {
    if (window && !window.isDestroyed()) place(window);
  });

  return {
    open: (meetingId) => {
      const url = `${APP_ORIGIN}/index.html#/projektor/${encodeURIComponent(meetingId)}`;
      if (window && !window.isDestroyed()) {
        // The chair keeps the keyboard: the projector is only looked at, so it never takes focus.
        void window.loadURL(url);
        return { display: place(window) };
      }
      const created = deps.createWindow({
        width: 1280,
        height: 720,
        show: false,
        title: 'Målsamtal – projektor',
        backgroundColor: '#000000',
        autoHideMenuBar: true,
        webPreferences: secureWebPreferences(deps.preloadPath),
      });
      window = created;
      created.on('closed', () => {
        if (window === created) window = null;
      });
      created.once('ready-to-show', () => created.showInactive());
      void created.loadURL(url);
      return { display: place(created) };
    },
    close: () => {
      if (window && !window.isDestroyed()) window.close();
      window = null;
    },
    contents: () => (window && !window.isDestroyed() ? window.webContents : null),
  };
}
