/** The global name under which both shells expose the main window's bridge. */
export const BRIDGE_GLOBAL = 'malsamtal';
/** The global name of the projector window's bridge: another name, so no page mistakes one surface for the other. */
export const PROJECTOR_BRIDGE_GLOBAL = 'malsamtalProjector';

/**
 * The names of the bridge's methods and their IPC channels. Kept apart from the schemas so
 * that the preload, which only forwards calls, stays small.
 */
export const ipcChannels = {
  getAppInfo: 'app:get-info',
  setLanguage: 'app:set-language',
  saveFile: 'file:save',
  storeBackup: 'backup:store',
  readLatestBackup: 'backup:read-latest',
  readDataRecord: 'data:read-record',
  writeDataRecord: 'data:write-record',
  openProjector: 'projector:open',
  closeProjector: 'projector:close',
  openFile: 'file:open',
  confirmClose: 'window:confirm-close',
} as const;

export type IpcMethod = keyof typeof ipcChannels;

/**
 * What the projector window may ask of the shell: the room's screen only shows what the database holds, so it needs no
 * files, backups, mail, language or window calls, and gets read-only facts about the app alone. Every other method is
 * the main window's, and the main process refuses it from any other frame.
 */
export const projectorMethods = ['getAppInfo'] as const satisfies readonly IpcMethod[];

export type ProjectorMethod = (typeof projectorMethods)[number];

export function isProjectorMethod(method: IpcMethod): method is ProjectorMethod {
  return (projectorMethods as readonly IpcMethod[]).includes(method);
}

/** Messages the shell sends to the page, one way; the bridge offers a subscription to each. */
export const ipcEvents = {
  fileOpened: 'file:opened',
  closeRequested: 'window:close-requested',
  languageChosen: 'app:language-chosen',
} as const;

export type IpcEvent = keyof typeof ipcEvents;

/** The bridge's name for subscribing to an event: `fileOpened` → `onFileOpened`. */
export type SubscriptionName<E extends IpcEvent> = `on${Capitalize<E>}`;

export function subscriptionName<E extends IpcEvent>(event: E): SubscriptionName<E> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as SubscriptionName<E>;
}
