/** The global name under which both shells expose the bridge. */
export const BRIDGE_GLOBAL = 'malsamtal';

/**
 * The names of the bridge's methods and their IPC channels. Kept apart from the schemas so
 * that the preload, which only forwards calls, stays small.
 */
export const ipcChannels = {
  getAppInfo: 'app:get-info',
  setLanguage: 'app:set-language',
  saveFile: 'file:save',
  storeBackup: 'backup:store',
  openProjector: 'projector:open',
  closeProjector: 'projector:close',
  openFile: 'file:open',
  confirmClose: 'window:confirm-close',
} as const;

export type IpcMethod = keyof typeof ipcChannels;

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
