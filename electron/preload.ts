import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, ipcChannels, ipcEvents, subscriptionName, type IpcEvent, type IpcMethod } from '../shared/ipc/channels';
import type { MalsamtalBridge } from '../shared/ipc/contract';

type Listener = (payload: unknown) => void;

/**
 * One event's subscribers. Messages that arrive before the page has subscribed (a file opened by
 * double-click while the app was still starting) wait here and go to the first subscriber.
 */
function createEventHub(): { publish: Listener; subscribe: (listener: Listener) => () => void } {
  const listeners = new Set<Listener>();
  let waiting: unknown[] = [];
  return {
    publish: (payload) => {
      if (listeners.size === 0) waiting.push(payload);
      for (const listener of listeners) listener(payload);
    },
    subscribe: (listener) => {
      if (typeof listener !== 'function') throw new TypeError('Prenumerationen behöver en funktion');
      listeners.add(listener);
      const held = waiting;
      waiting = [];
      for (const payload of held) listener(payload);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * Exposes exactly the contract: each method a plain invoke on its channel, each event a subscription
 * that returns its own unsubscribe. Nothing of ipcRenderer leaks.
 */
export function createBridge(
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
  listen: (channel: string, listener: Listener) => void,
): MalsamtalBridge {
  const bridge: Record<string, unknown> = {};
  for (const method of Object.keys(ipcChannels) as IpcMethod[]) {
    const channel = ipcChannels[method];
    bridge[method] = (payload?: unknown) => invoke(channel, payload);
  }
  for (const event of Object.keys(ipcEvents) as IpcEvent[]) {
    const hub = createEventHub();
    listen(ipcEvents[event], hub.publish);
    bridge[subscriptionName(event)] = (listener: Listener) => hub.subscribe(listener);
  }
  return Object.freeze(bridge) as unknown as MalsamtalBridge;
}

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge(
    (channel, payload) => ipcRenderer.invoke(channel, payload),
    (channel, listener) => void ipcRenderer.on(channel, (_event, payload: unknown) => listener(payload)),
  ),
);
