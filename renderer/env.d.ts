import type { MalsamtalBridge, ProjectorBridge } from '../shared/ipc/contract';

declare global {
  /** The version from package.json, set at build time. */
  const __APP_VERSION__: string;

  interface Window {
    /** Present in Electron's main window, exposed by its preload; absent in the browser shell. */
    malsamtal?: MalsamtalBridge;
    /** Present in Electron's projector window instead, exposed by the projector's own preload. */
    malsamtalProjector?: ProjectorBridge;
  }
}
