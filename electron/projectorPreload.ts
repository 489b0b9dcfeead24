import { contextBridge, ipcRenderer } from 'electron';
import { PROJECTOR_BRIDGE_GLOBAL, projectorMethods } from '../shared/ipc/channels';
import { createBridge } from './bridge';

// The projector window's page: only what the room's screen needs, under a name of its own; no events reach it.
contextBridge.exposeInMainWorld(
  PROJECTOR_BRIDGE_GLOBAL,
  createBridge(
    { methods: projectorMethods, events: [] },
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    () => undefined,
  ),
);
