import type { MalsamtalBridge } from '../../shared/ipc/contract';
import { createBrowserBridge } from './browserBridge';

/** Which shell the renderer runs in: Electron's preload has put its bridge on window before any script ran. */
export const shell: 'electron' | 'browser' = window.malsamtal ? 'electron' : 'browser';

/** Electron's preload bridge when we run there, otherwise the browser shell's. */
export const bridge: MalsamtalBridge =
  window.malsamtal ??
  createBrowserBridge({
    document,
    createObjectUrl: (blob) => URL.createObjectURL(blob),
    revokeObjectUrl: (url) => URL.revokeObjectURL(url),
    platform: navigator.platform || 'web',
    openWindow: (url, target, features) => window.open(url, target, features),
    storage: window.localStorage,
  });
