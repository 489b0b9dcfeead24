import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannels, type IpcMethod } from '../shared/ipc/channels';
import { ipcContract, ipcPayloadLimits, type IpcRequest, type IpcResponse } from '../shared/ipc/contract';
import { isPayloadWithin } from '../shared/ipc/payloadSize';

export type IpcHandlers = {
  [M in IpcMethod]: (request: IpcRequest<M>, event: IpcMainInvokeEvent) => Promise<IpcResponse<M>> | IpcResponse<M>;
};

/** Thrown back to the page when a call is refused; the message names the channel, never the payload. */
export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

/**
 * Wires each contract method to its handler. Every call is checked at the edge before a handler sees it: the sender
 * must be a window's top frame that may make this call, the payload must weigh no more than the channel carries (before the schema reads it:
 * Electron has already deserialized it, but no further work is done on it), and it must match the contract.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  mayCall: (method: IpcMethod, caller: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean,
): void {
  for (const method of Object.keys(ipcChannels) as IpcMethod[]) {
    const channel = ipcChannels[method];
    const { request, response } = ipcContract[method];
    const handler = handlers[method] as (payload: unknown, event: IpcMainInvokeEvent) => unknown;
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!mayCall(method, event)) throw new IpcRefusedError(`${channel}: okänd avsändare`);
      if (!isPayloadWithin(payload, ipcPayloadLimits[method])) throw new IpcRefusedError(`${channel}: begäran är för stor`);
      const parsed = request.safeParse(payload);
      if (!parsed.success) throw new IpcRefusedError(`${channel}: ogiltig begäran`);
      return response.parse(await handler(parsed.data, event));
    });
  }
}
