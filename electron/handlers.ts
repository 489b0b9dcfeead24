import type { BrowserWindow, Dialog, IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import type { Language } from '../shared/i18n/messages';
import { messagesFor } from '../shared/i18n/messages';
import type { StoredBackup } from '../shared/backup/retention';
import { MAX_OPEN_FILE_BYTES, type AppInfo, type DataRecord } from '../shared/ipc/contract';
import type { IpcHandlers } from './ipc';
import type { ProjectorController } from './projectorWindow';

export interface HandlerDependencies {
  appInfo: () => AppInfo;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | null;
  documentsFolder: () => string;
  /** Writes the whole file or nothing: a half-written attachment must never be left behind. */
  writeFileAtomic: (file: string, bytes: Uint8Array) => Promise<void>;
  /** Writes a backup into the app's data folder and prunes it; returns the file's name. */
  storeBackup: (bytes: Uint8Array) => Promise<string>;
  /** The newest automatic backup with its bytes, or null. */
  readLatestBackup: () => Promise<{ backup: StoredBackup; bytes: Uint8Array<ArrayBuffer> } | null>;
  latestBackup: () => Promise<StoredBackup | null>;
  /** The record of what the database held, beside the backups. */
  readDataRecord: () => Promise<DataRecord | null>;
  writeDataRecord: (meetings: number) => Promise<void>;
  projector: ProjectorController;
  /** Reads the whole file, or says it is larger than the limit without reading it all. */
  readFileUpTo: (file: string, maxBytes: number) => Promise<{ bytes: Uint8Array<ArrayBuffer> } | { tooLarge: true }>;
  currentLanguage: () => Language;
  onLanguageChanged: (language: Language) => void;
  /** Passes a page's answer to its window's close guard; windows without one (the projector) are not held. */
  answerClose: (window: BrowserWindow | null, close: boolean) => void;
}

export function createIpcHandlers(deps: HandlerDependencies): IpcHandlers {
  return {
    getAppInfo: () => deps.appInfo(),
    setLanguage: (language) => {
      deps.onLanguageChanged(language);
      return undefined;
    },
    saveFile: async ({ suggestedName, bytes, filters }, event) => {
      const options = {
        title: messagesFor(deps.currentLanguage()).files.saveDialogTitle,
        defaultPath: path.join(deps.documentsFolder(), suggestedName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const window = deps.windowOf(event);
      const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
      await deps.writeFileAtomic(choice.filePath, bytes);
      return { outcome: 'saved', fileName: path.basename(choice.filePath) };
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
    openFile: async ({ title, filters }, event) => {
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
      const read = await deps.readFileUpTo(file, MAX_OPEN_FILE_BYTES);
      if ('tooLarge' in read) return { outcome: 'tooLarge', fileName, maxBytes: MAX_OPEN_FILE_BYTES };
      return { outcome: 'opened', fileName, bytes: read.bytes };
    },
    confirmClose: ({ close }, event) => {
      deps.answerClose(deps.windowOf(event), close);
      return undefined;
    },
  };
}
