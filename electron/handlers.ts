import type { BrowserWindow, Dialog, IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import type { Language } from '../shared/i18n/messages';
import { messagesFor } from '../shared/i18n/messages';
import type { StoredBackup } from '../shared/backup/retention';
import { fileExtensionOf, openableMaxBytes } from '../shared/files/appFiles';
import { isAllowedSave, type AppInfo, type DataRecord, type SaveFileRequest } from '../shared/ipc/contract';
import { IpcRefusedError, type IpcHandlers } from './ipc';
import type { ProjectorController } from './projectorWindow';

export interface HandlerDependencies {
  appInfo: () => AppInfo;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | null;
  documentsFolder: () => string;
  /** Writes the whole file or nothing: a half-written attachment must never be left behind. */
  writeFileAtomic: (file: string, bytes: Uint8Array) => Promise<void>;
  /** Whether a file is there: a save to a name the dialog did not ask about must not replace one. */
  fileExists: (file: string) => Promise<boolean>;
  /** Writes a backup into the app's data folder and prunes it; returns the file's name. */
  storeBackup: (bytes: Uint8Array) => Promise<string>;
  /** The newest automatic backup with its bytes, or null. */
  readLatestBackup: () => Promise<{ backup: StoredBackup; bytes: Uint8Array<ArrayBuffer> } | null>;
  latestBackup: () => Promise<StoredBackup | null>;
  /** The record of what the database held, beside the backups. */
  readDataRecord: () => Promise<DataRecord | null>;
  writeDataRecord: (meetings: number) => Promise<void>;
  projector: ProjectorController;
  /** The size of a file on disk, looked at before any of it is read. */
  fileSize: (file: string) => Promise<number>;
  /** Reads the whole file, or says it is larger than the limit without reading it all (it may grow after fileSize). */
  readFileUpTo: (file: string, maxBytes: number) => Promise<{ bytes: Uint8Array<ArrayBuffer> } | { tooLarge: true }>;
  currentLanguage: () => Language;
  onLanguageChanged: (language: Language) => void;
  /** Passes a page's answer to its window's close guard; windows without one (the projector) are not held. */
  answerClose: (window: BrowserWindow | null, close: boolean) => void;
}

/**
 * Where to write what the user saved: the path they chose when its extension is one the dialog offered, otherwise that
 * path with the suggested name's extension added. A Linux dialog adds none to a bare name, and a typed ".exe" must not
 * be what is written.
 */
export function savePathFor(chosen: string, { suggestedName, filters }: Pick<SaveFileRequest, 'suggestedName' | 'filters'>): string {
  const offered = filters.flatMap((filter) => filter.extensions);
  const chosenExtension = fileExtensionOf(path.basename(chosen));
  if (chosenExtension !== null && offered.includes(chosenExtension)) return chosen;
  return `${chosen}.${fileExtensionOf(suggestedName) ?? offered[0]}`;
}

export function createIpcHandlers(deps: HandlerDependencies): IpcHandlers {
  return {
    getAppInfo: () => deps.appInfo(),
    setLanguage: (language) => {
      deps.onLanguageChanged(language);
      return undefined;
    },
    saveFile: async (request, event) => {
      // Checked again where the file is written, whatever the contract lets through.
      if (!isAllowedSave(request)) throw new IpcRefusedError('file:save: filtypen sparas inte');
      const { suggestedName, bytes, filters } = request;
      const options = {
        title: messagesFor(deps.currentLanguage()).files.saveDialogTitle,
        defaultPath: path.join(deps.documentsFolder(), suggestedName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const window = deps.windowOf(event);
      const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
      const target = savePathFor(choice.filePath, request);
      // The dialog asked before replacing the name the user chose, not this one.
      if (target !== choice.filePath && (await deps.fileExists(target)))
        throw new IpcRefusedError('file:save: en fil med det namnet finns redan');
      await deps.writeFileAtomic(target, bytes);
      return { outcome: 'saved', fileName: path.basename(target) };
    },
    storeBackup: async ({ bytes }) => ({ outcome: 'stored', fileName: await deps.storeBackup(bytes) }),
    readLatestBackup: async () => {
      const latest = await deps.readLatestBackup();
      if (!latest) return { outcome: 'none' };
      return { outcome: 'found', fileName: latest.backup.name, createdAt: latest.backup.createdAt.toISOString(), bytes: latest.bytes };
    },
    readDataRecord: async () => {
      const [record, latest] = await Promise.all([deps.readDataRecord(), deps.latestBackup()]);
      return { record, latestBackup: latest && { fileName: latest.name, createdAt: latest.createdAt.toISOString() } };
    },
    writeDataRecord: async ({ meetings }) => {
      await deps.writeDataRecord(meetings);
      return undefined;
    },
    openProjector: ({ meetingId }) => deps.projector.open(meetingId),
    closeProjector: () => {
      deps.projector.close();
      return undefined;
    },
    openFile: async ({ title, kind, filters }, event) => {
      const options = {
        title,
        defaultPath: deps.documentsFolder(),
        filters,
        properties: ['openFile'] as Array<'openFile'>,
      };
      const window = deps.windowOf(event);
      const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return { outcome: 'cancelled' };
      const fileName = path.basename(file);
      const maxBytes = openableMaxBytes[kind];
      if ((await deps.fileSize(file)) > maxBytes) return { outcome: 'tooLarge', fileName, maxBytes };
      const read = await deps.readFileUpTo(file, maxBytes);
      if ('tooLarge' in read) return { outcome: 'tooLarge', fileName, maxBytes };
      return { outcome: 'opened', fileName, bytes: read.bytes };
    },
    confirmClose: ({ close }, event) => {
      deps.answerClose(deps.windowOf(event), close);
      return undefined;
    },
  };
}
