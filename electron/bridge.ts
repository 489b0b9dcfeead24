import { ipcChannels, ipcEvents, subscriptionName, type IpcEvent, type IpcMethod } from '../shared/ipc/channels';

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
 * The object a preload exposes to its page: exactly the given methods, each a plain invoke on its channel, and the
 * given events, each a subscription that returns its own unsubscribe. Nothing of ipcRenderer leaks, and a window is
 * offered nothing it was not given. Each preload imports this file (bundled into it), never the schemas.
 */
export function createBridge(
  surface: { methods: readonly IpcMethod[]; events: readonly IpcEvent[] },
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
  listen: (channel: string, listener: Listener) => void,
): Readonly<Record<string, unknown>> {
  const bridge: Record<string, unknown> = {};
  for (const method of surface.methods) {
    const channel = ipcChannels[method];
    bridge[method] = (payload?: unknown) => invoke(channel, payload);
  }
  for (const event of surface.events) {
    const hub = createEventHub();
    listen(ipcEvents[event], hub.publish);
    bridge[subscriptionName(event)] = (listener: Listener) => hub.subscribe(listener);
  }
  return Object.freeze(bridge);
}
