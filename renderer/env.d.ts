import type { MalsamtalBridge } from '../shared/ipc/contract';

declare global {
  /** The version from package.json, set at build time. */
  const __APP_VERSION__: string;

  interface Window {
    /** Present in Electron, exposed by the preload; absent in the browser shell. */
    malsamtal?: MalsamtalBridge;
  }
}
