import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, type IpcMethod } from '../shared/ipc/channels';
import { BRIDGE_GLOBAL, type MalsamtalBridge } from '../shared/ipc/contract';

/** Exposes exactly the contract's methods, each a plain invoke on its channel; nothing of ipcRenderer leaks. */
export function createBridge(invoke: (channel: string, payload: unknown) => Promise<unknown>): MalsamtalBridge {
  const bridge: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const method of Object.keys(ipcChannels) as IpcMethod[]) {
    const channel = ipcChannels[method];
    bridge[method] = (payload?: unknown) => invoke(channel, payload);
  }
  return Object.freeze(bridge) as unknown as MalsamtalBridge;
}

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
