import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipcChannels, isProjectorMethod, type IpcMethod } from '../shared/ipc/channels';
import { ipcContract } from '../shared/ipc/contract';
import { registerIpcHandlers, type IpcHandlers } from './ipc';
import { ipcCallerPolicy } from './security';

type Invoke = (event: unknown, payload: unknown) => Promise<unknown>;

/** The two windows' web contents, told apart by identity as Electron's are. */
const mainContents = { window: 'main' };
const projectorContents = { window: 'projector' };
const topFrame = { url: 'app://malsamtal/index.html', parent: null };

/** Marks that a handler ran; every handler throws it, so the test sees exactly which calls got through the edge. */
class Handled extends Error {}

function register() {
  const registered = new Map<string, Invoke>();
  const reached: IpcMethod[] = [];
  const handlers = Object.fromEntries(
    (Object.keys(ipcChannels) as IpcMethod[]).map((method) => [
      method,
      () => {
        reached.push(method);
        throw new Handled(method);
      },
    ]),
  ) as unknown as IpcHandlers;
  registerIpcHandlers(
    { handle: (channel: string, listener: Invoke) => registered.set(channel, listener) } as never,
    handlers,
    ipcCallerPolicy({ main: () => mainContents, projector: () => projectorContents }),
  );
  return { registered, reached };
}

const methods = Object.keys(ipcChannels) as IpcMethod[];

/** Payloads near the contract's shapes as well as anything at all, so the fuzzing reaches past the first check. */
const payload = fc.oneof(
  fc.anything(),
  fc.constantFrom('sv', 'en', 'de', undefined, null),
  fc.record(
    {
      suggestedName: fc.oneof(fc.string(), fc.constantFrom('Bilaga 1.pdf', '../x.pdf', 'CON', 'a'.repeat(300), '.hidden')),
      bytes: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string(), fc.array(fc.integer())),
      filters: fc.oneof(fc.constant([]), fc.anything()),
      reason: fc.oneof(fc.constantFrom('manual', 'automatic', 'statusChange', 'beforeRestore'), fc.string()),
    },
    { requiredKeys: [] },
  ),
);

/** Payloads the contract accepts, so that the refusal of a privileged call is seen to be the sender's alone. */
const validPayloads: Record<IpcMethod, unknown> = {
  getAppInfo: undefined,
  setLanguage: 'sv',
  saveFile: { suggestedName: 'Bilaga 1.pdf', bytes: new Uint8Array(4), filters: [{ name: 'PDF', extensions: ['pdf'] }] },
  storeBackup: { bytes: new Uint8Array(4), reason: 'automatic' },
  readLatestBackup: undefined,
  readDataRecord: undefined,
  writeDataRecord: { meetings: 3 },
  openProjector: { meetingId: 'm-1' },
  closeProjector: undefined,
  openFile: { title: 'Öppna', kind: 'answer', filters: [{ name: 'Svar', extensions: ['msvar'] }] },
  confirmClose: { close: true },
};

const foreignFrame = fc.oneof(
  fc.constant(null),
  fc.webUrl().map((url) => ({ url, parent: null })),
  fc.constant({ url: 'app://malsamtal/index.html', parent: { url: 'app://malsamtal/index.html' } }),
  fc.constant({ url: 'app://annan/index.html', parent: null }),
  fc.constant({ url: 'file:///etc/passwd', parent: null }),
);

describe('every IPC handler under random payloads', () => {
  it('lets a payload through from our own page only when the contract accepts it, and refuses the rest plainly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), payload, async (method, request) => {
        const { registered, reached } = register();
        const outcome = await registered.get(ipcChannels[method])!({ sender: mainContents, senderFrame: topFrame }, request).then(
          () => 'resolved',
          (error: Error) => error,
        );
        const valid = ipcContract[method].request.safeParse(request).success;
        if (valid) {
          expect(outcome).toBeInstanceOf(Handled);
          expect(reached).toEqual([method]);
        } else {
          expect(outcome).toBeInstanceOf(Error);
          expect((outcome as Error).message).toBe(`${ipcChannels[method]}: ogiltig begäran`);
          expect(reached).toEqual([]);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('never runs a handler for a foreign or framed sender, whatever the payload and whichever window it is in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods),
        fc.oneof(payload, fc.constantFrom(...Object.values(validPayloads))),
        foreignFrame,
        fc.constantFrom(mainContents, projectorContents, { window: 'another' }),
        async (method, request, senderFrame, sender) => {
          const { registered, reached } = register();
          await expect(registered.get(ipcChannels[method])!({ sender, senderFrame }, request)).rejects.toThrow(
            `${ipcChannels[method]}: okänd avsändare`,
          );
          expect(reached).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lets the projector window’s top frame make only the projector’s calls, whatever the payload', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods),
        fc.oneof(payload, fc.constant(undefined)),
        fc.boolean(),
        async (method, randomRequest, sendValid) => {
          const request = sendValid ? validPayloads[method] : randomRequest;
          const { registered, reached } = register();
          const outcome = await registered.get(ipcChannels[method])!({ sender: projectorContents, senderFrame: topFrame }, request).then(
            () => 'resolved',
            (error: Error) => error,
          );
          if (!isProjectorMethod(method)) {
            expect((outcome as Error).message).toBe(`${ipcChannels[method]}: okänd avsändare`);
            expect(reached).toEqual([]);
          } else if (ipcContract[method].request.safeParse(request).success) {
            expect(outcome).toBeInstanceOf(Handled);
            expect(reached).toEqual([method]);
          } else {
            expect((outcome as Error).message).toBe(`${ipcChannels[method]}: ogiltig begäran`);
            expect(reached).toEqual([]);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
