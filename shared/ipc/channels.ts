/**
 * The names of the bridge's methods and their IPC channels. Kept apart from the schemas so
 * that the preload, which only forwards calls, stays small.
 */
export const ipcChannels = {
  getAppInfo: 'app:get-info',
  setLanguage: 'app:set-language',
  saveFile: 'file:save',
  openFile: 'file:open',
} as const;

export type IpcMethod = keyof typeof ipcChannels;
