import type { MalsamtalBridge } from '../../shared/ipc/contract';
import { parseRoute } from '../navigation/route';
import { createBrowserBridge } from './browserBridge';

/** The page's window: the chair's, with the whole app, or the room's projector, which shows one meeting and nothing else. */
export type WindowRole = 'main' | 'projector';

/**
 * Which window a page is. In Electron each window's preload puts its own bridge on window before any script runs; the
 * browser shell opens the projector at its address.
 */
export function windowRoleOf(globals: Pick<Window, 'malsamtal' | 'malsamtalProjector'>, hash: string): WindowRole {
  if (globals.malsamtalProjector) return 'projector';
  if (globals.malsamtal) return 'main';
  return parseRoute(hash).screen === 'projector' ? 'projector' : 'main';
}

/** Which shell the renderer runs in. */
export const shell: 'electron' | 'browser' = window.malsamtal || window.malsamtalProjector ? 'electron' : 'browser';

export const windowRole: WindowRole = windowRoleOf(window, window.location.hash);

/** The main window's bridge: Electron's preload's when we run there, otherwise the browser shell's. */
export function mainBridge(): MalsamtalBridge {
  return (
    window.malsamtal ??
    createBrowserBridge({
      document,
      createObjectUrl: (blob) => URL.createObjectURL(blob),
      revokeObjectUrl: (url) => URL.revokeObjectURL(url),
      platform: navigator.platform || 'web',
      openWindow: (url, target, features) => window.open(url, target, features),
      storage: window.localStorage,
    })
  );
}
