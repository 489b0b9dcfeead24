import { z } from '../validation/zod';
import { backupReasons } from '../backup/backupReasons';
import {
  appFileExtensions,
  appFileKindOf,
  appFileKinds,
  appFileMaxBytes,
  fileExtensionOf,
  openableExtensions,
  openableKinds,
  openableMaxBytes,
} from '../files/appFiles';
import { languages } from '../i18n/messages';
import { DATA_RECORD_LIMITS } from './dataRecord';
import type { IpcEvent, IpcMethod, ProjectorMethod, SubscriptionName } from './channels';

/** The largest file the renderer may ask the shell to write: a backup at its limit, so whatever the app saved, it opens. */
export const MAX_SAVE_FILE_BYTES = appFileMaxBytes.backup;

/** The largest file of any kind the shell reads for the renderer; each kind has its own limit in openableMaxBytes. */
const MAX_READ_FILE_BYTES = Math.max(...openableKinds.map((kind) => openableMaxBytes[kind]));

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

/**
 * The only kinds of file the shell writes: the app's own and the formats it exports, nothing a system would run.
 * The contract checks a save request against it, and the main process checks the name the user chose.
 */
export const savableExtensions: readonly string[] = [
  ...appFileKinds.map((kind) => appFileExtensions[kind]),
  'pdf',
  'docx',
  'txt',
  'csv',
  'eml',
];

export function isSavableExtension(extension: string | null): boolean {
  return extension !== null && savableExtensions.includes(extension);
}

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

/** The extensions a save dialog may offer and the suggested name must have: savable, and one of the filters'. */
export function isAllowedSave({
  suggestedName,
  filters,
}: {
  suggestedName: string;
  filters: ReadonlyArray<{ extensions: readonly string[] }>;
}): boolean {
  const offered = filters.flatMap((filter) => filter.extensions);
  const suggested = fileExtensionOf(suggestedName);
  return offered.length > 0 && offered.every(isSavableExtension) && suggested !== null && offered.includes(suggested);
}

const saveFileRequestSchema = z
  .object({
    suggestedName: fileNameSchema,
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_FILE_BYTES, 'Filen är för stor'),
    filters: fileFiltersSchema,
  })
  .refine(isAllowedSave, 'Filtypen sparas inte');

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

/** The app's own record of what its database held, kept outside it (in Electron, a file beside the automatic backups). */
const dataRecordSchema = z.object({
  meetings: z.number().int().nonnegative().max(DATA_RECORD_LIMITS.meetings),
  recordedAt: z.string().max(DATA_RECORD_LIMITS.recordedAt),
});

/** When the newest automatic backup was taken, read from its name. */
const backupTimeSchema = z.string().max(40);

const dataRecordResultSchema = z.object({
  record: dataRecordSchema.nullable(),
  /** The newest automatic backup, if the shell keeps any (the browser shell has none). */
  latestBackup: z.object({ fileName: fileNameSchema, createdAt: backupTimeSchema }).nullable(),
});

const latestBackupResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('found'),
    fileName: fileNameSchema,
    createdAt: backupTimeSchema,
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_FILE_BYTES, 'Filen är för stor'),
  }),
  z.object({ outcome: z.literal('none') }),
]);

const openProjectorRequestSchema = z.object({ meetingId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });
const openProjectorResultSchema = z.object({ display: z.enum(['external', 'window']) });
const openedFileSchema = z
  .object({
    fileName: fileNameSchema,
    kind: z.enum(appFileKinds),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_READ_FILE_BYTES, 'Filen är för stor'),
  })
  .refine((file) => appFileKindOf(file.fileName) === file.kind, 'Filtypen stämmer inte med filnamnet')
  .refine((file) => file.bytes.byteLength <= appFileMaxBytes[file.kind], 'Filen är för stor');

/** Every message the shell sends to the page, validated before it is sent. */
export const ipcEventContract = {
  fileOpened: openedFileSchema,
  /** The user closes the window or quits: the page writes what waits, then answers with confirmClose. */
  closeRequested: z.undefined(),
  /** The user chose a language in the application menu; the page stores it as if chosen in its own settings. */
  languageChosen: z.enum(languages),
} satisfies Record<IpcEvent, z.ZodType>;

export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEventContract)[E]>;

/** A file of ours that the user opened from the file manager, read by the shell. */
export type OpenedFile = IpcEventPayload<'fileOpened'>;

/** The name of a file the user chose: shown, never used as a path, so any name their system allows will do. */
const openedFileNameSchema = z.string().min(1).max(1000);

/** The kind of file the page asks for decides the size limit the shell checks before reading, and what it offers. */
const openFileRequestSchema = z
  .object({
    title: z.string().min(1).max(200),
    kind: z.enum(openableKinds),
    filters: fileFiltersSchema,
  })
  .refine(
    ({ kind, filters }) => filters.every((filter) => filter.extensions.every((extension) => openableExtensions[kind].includes(extension))),
    'Filtypen öppnas inte',
  );

const openFileResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('opened'),
    fileName: openedFileNameSchema,
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_READ_FILE_BYTES, 'Filen är för stor'),
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
  /** The newest automatic backup, read whole, for a restore the user asked for when the database was found empty. */
  readLatestBackup: { request: z.undefined(), response: latestBackupResultSchema },
  /** What the app last recorded its database held, and when the newest automatic backup was taken. */
  readDataRecord: { request: z.undefined(), response: dataRecordResultSchema },
  writeDataRecord: { request: z.object({ meetings: dataRecordSchema.shape.meetings }).strict(), response: z.undefined() },
  /** Opens (or reuses) the one projector window for a meeting: full screen on an external display when there is one. */
  openProjector: { request: openProjectorRequestSchema, response: openProjectorResultSchema },
  closeProjector: { request: z.undefined(), response: z.undefined() },
  openFile: { request: openFileRequestSchema, response: openFileResultSchema },
  /** The page's answer to closeRequested (or the user's "close anyway"): close only once everything is written. */
  confirmClose: { request: z.object({ close: z.boolean() }).strict(), response: z.undefined() },
} satisfies Record<IpcMethod, { request: z.ZodType; response: z.ZodType }>;

/** Room for a request's names, titles and filters beside its bytes. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The most a request may weigh on each channel, checked before the contract's schema reads it: only the calls that
 * carry a file carry more than a few names.
 */
export const ipcPayloadLimits: Readonly<Record<IpcMethod, number>> = {
  getAppInfo: ENVELOPE_BYTES,
  setLanguage: ENVELOPE_BYTES,
  saveFile: MAX_SAVE_FILE_BYTES + ENVELOPE_BYTES,
  storeBackup: MAX_SAVE_FILE_BYTES + ENVELOPE_BYTES,
  readLatestBackup: ENVELOPE_BYTES,
  readDataRecord: ENVELOPE_BYTES,
  writeDataRecord: ENVELOPE_BYTES,
  openProjector: ENVELOPE_BYTES,
  closeProjector: ENVELOPE_BYTES,
  openFile: ENVELOPE_BYTES,
  confirmClose: ENVELOPE_BYTES,
};

export type IpcRequest<M extends IpcMethod> = z.output<(typeof ipcContract)[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<(typeof ipcContract)[M]['response']>;

export type AppInfo = IpcResponse<'getAppInfo'>;
export type SaveFileRequest = IpcRequest<'saveFile'>;
export type SaveFileResult = IpcResponse<'saveFile'>;
export type StoreBackupResult = IpcResponse<'storeBackup'>;
export type DataRecord = z.output<typeof dataRecordSchema>;
export type DataRecordResult = IpcResponse<'readDataRecord'>;
export type LatestBackupResult = IpcResponse<'readLatestBackup'>;
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

/** What the main window's preload exposes as `window.malsamtal`, and what the browser shell implements too. */
export type MalsamtalBridge = BridgeCalls & BridgeSubscriptions;

/** What the projector window's preload exposes as `window.malsamtalProjector`: its calls only, and no events. */
export type ProjectorBridge = Pick<BridgeCalls, ProjectorMethod>;

export { BRIDGE_GLOBAL, PROJECTOR_BRIDGE_GLOBAL } from './channels';
