import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, ipcChannels, ipcEvents, type IpcEvent, type IpcMethod } from '../shared/ipc/channels';
import { createBridge } from './bridge';

// The main window's page: the whole contract.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge(
    { methods: Object.keys(ipcChannels) as IpcMethod[], events: Object.keys(ipcEvents) as IpcEvent[] },
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (channel, listener) => void ipcRenderer.on(channel, (_event, payload: unknown) => listener(payload)),
  ),
);
