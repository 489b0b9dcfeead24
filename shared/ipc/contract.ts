import { z } from '../validation/zod';
import { backupReasons } from '../backup/backupFile';
import { appFileKindOf, appFileKinds } from '../files/appFiles';
import { languages } from '../i18n/messages';
import { packageLimits } from '../remiss/packageFile';
import type { IpcEvent, IpcMethod, SubscriptionName } from './channels';

/** The largest file the renderer may ask the shell to write: far above any attachment or backup. */
export const MAX_SAVE_FILE_BYTES = 200 * 1024 * 1024;

const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
  versions: z.record(z.string(), z.string()),
});

/** A bare file name: no folders, nothing Windows forbids, no hidden files. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(240)
  .refine((name) => !/[<>:"/\\|?*]/.test(name) && ![...name].some((char) => char.charCodeAt(0) < 0x20), 'Ogiltigt tecken i filnamnet')
  .refine((name) => !name.startsWith('.') && !/[. ]$/.test(name), 'Ogiltigt filnamn');

/** The largest file the shell reads for the renderer: a package file with its documents; each format sets its own limit. */
export const MAX_OPEN_FILE_BYTES = packageLimits.fileBytes;

const fileFiltersSchema = z
  .array(
    z.object({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,10}$/))
        .min(1)
        .max(10),
    }),
  )
  .max(10);

const saveFileRequestSchema = z.object({
  suggestedName: fileNameSchema,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_FILE_BYTES, 'Filen är för stor'),
  filters: fileFiltersSchema,
});

const saveFileResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
]);

const storeBackupRequestSchema = z.object({
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_FILE_BYTES, 'Filen är för stor'),
  reason: z.enum(backupReasons),
});

const storeBackupResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('stored'), fileName: z.string() }),
  z.object({ outcome: z.literal('unsupported') }),
]);

const openProjectorRequestSchema = z.object({ meetingId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });
const openProjectorResultSchema = z.object({ display: z.enum(['external', 'window']) });
/** The largest file the shell opens by double-click: whatever the app saved, it can open again. */
export const MAX_OPENED_FILE_BYTES = MAX_SAVE_FILE_BYTES;

const openedFileSchema = z
  .object({
    fileName: fileNameSchema,
    kind: z.enum(appFileKinds),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_OPENED_FILE_BYTES, 'Filen är för stor'),
  })
  .refine((file) => appFileKindOf(file.fileName) === file.kind, 'Filtypen stämmer inte med filnamnet');

/** Every message the shell sends to the page, validated before it is sent. */
export const ipcEventContract = {
  fileOpened: openedFileSchema,
  /** The user closes the window or quits: the page writes what waits, then answers with confirmClose. */
  closeRequested: z.undefined(),
} satisfies Record<IpcEvent, z.ZodType>;

export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEventContract)[E]>;

/** A file of ours that the user opened from the file manager, read by the shell. */
export type OpenedFile = IpcEventPayload<'fileOpened'>;

/** The name of a file the user chose: shown, never used as a path, so any name their system allows will do. */
const openedFileNameSchema = z.string().min(1).max(1000);

const openFileRequestSchema = z.object({
  title: z.string().min(1).max(200),
  filters: fileFiltersSchema,
});

const openFileResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('opened'),
    fileName: openedFileNameSchema,
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_OPEN_FILE_BYTES, 'Filen är för stor'),
  }),
  z.object({ outcome: z.literal('tooLarge'), fileName: openedFileNameSchema, maxBytes: z.number().int().positive() }),
  z.object({ outcome: z.literal('cancelled') }),
]);

/** Every call that crosses from a page to the shell: its request and its response, validated at the edge. */
export const ipcContract = {
  getAppInfo: { request: z.undefined(), response: appInfoSchema },
  setLanguage: { request: z.enum(languages), response: z.undefined() },
  saveFile: { request: saveFileRequestSchema, response: saveFileResultSchema },
  /** Keeps a backup in the app's own data folder (Electron); the browser shell has none and says so. */
  storeBackup: { request: storeBackupRequestSchema, response: storeBackupResultSchema },
  /** Opens (or reuses) the one projector window for a meeting: full screen on an external display when there is one. */
  openProjector: { request: openProjectorRequestSchema, response: openProjectorResultSchema },
  closeProjector: { request: z.undefined(), response: z.undefined() },
  openFile: { request: openFileRequestSchema, response: openFileResultSchema },
  /** The page's answer to closeRequested (or the user's "close anyway"): close only once everything is written. */
  confirmClose: { request: z.object({ close: z.boolean() }).strict(), response: z.undefined() },
} satisfies Record<IpcMethod, { request: z.ZodType; response: z.ZodType }>;

export type IpcRequest<M extends IpcMethod> = z.output<(typeof ipcContract)[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<(typeof ipcContract)[M]['response']>;

export type AppInfo = IpcResponse<'getAppInfo'>;
export type SaveFileRequest = IpcRequest<'saveFile'>;
export type SaveFileResult = IpcResponse<'saveFile'>;
export type StoreBackupResult = IpcResponse<'storeBackup'>;
export type OpenFileRequest = IpcRequest<'openFile'>;
export type OpenFileResult = IpcResponse<'openFile'>;

/** Stops a subscription. */
export type Unsubscribe = () => void;

type BridgeCalls = {
  [M in IpcMethod]: IpcRequest<M> extends undefined ? () => Promise<IpcResponse<M>> : (request: IpcRequest<M>) => Promise<IpcResponse<M>>;
};

type BridgeSubscriptions = {
  [E in IpcEvent as SubscriptionName<E>]: (listener: (payload: IpcEventPayload<E>) => void) => Unsubscribe;
};

/** What the preload exposes as `window.malsamtal`, and what the browser shell implements too. */
export type MalsamtalBridge = BridgeCalls & BridgeSubscriptions;

export { BRIDGE_GLOBAL } from './channels';
