import { openableMaxBytes } from '../../shared/files/appFiles';
import { isLanguage } from '../../shared/i18n/language';
import { dataRecordOf, isWriteDataRecordRequest } from '../../shared/ipc/dataRecord';
import type { AppInfo, MalsamtalBridge, OpenFileResult, SaveFileResult } from '../../shared/ipc/contract';

export interface BrowserBridgeEnvironment {
  document: Document;
  createObjectUrl: (blob: Blob) => string;
  revokeObjectUrl: (url: string) => void;
  platform: string;
  /** window.open: the browser shell's projector is a second window of the same origin. */
  openWindow: (url: string, target: string, features: string) => { close: () => void } | null;
  /** Where the record of what the database held is kept: the origin's localStorage, apart from IndexedDB. */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

const DATA_RECORD_KEY = 'malsamtal:innehall';

const PROJECTOR_WINDOW_NAME = 'malsamtal-projektor';
/** Reads a chosen file through FileReader, which every browser (and jsdom) has. */
function readAll(file: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The browser shell's side of the bridge: the same contract as the preload, the same validation,
 * with a download where Electron shows a save dialog.
 */
/**
 * The contract's schemas (and zod with them) load on the first call that needs them, so the start screen does without
 * them: what the app asks at every start (the language, the record of what the database held) is checked by hand.
 */
const loadContract = () => import('../../shared/ipc/contract');

export function createBrowserBridge(environment: BrowserBridgeEnvironment): MalsamtalBridge {
  let projector: { close: () => void } | null = null;
  return {
    getAppInfo: async (): Promise<AppInfo> =>
      (await loadContract()).ipcContract.getAppInfo.response.parse({
        name: 'Målsamtal',
        version: __APP_VERSION__,
        shell: 'browser',
        platform: environment.platform,
        versions: {},
      }),
    setLanguage: async (language) => {
      if (!isLanguage(language)) throw new TypeError('setLanguage: not a language of the app');
    },
    saveFile: async (request): Promise<SaveFileResult> => {
      const { suggestedName, bytes } = (await loadContract()).ipcContract.saveFile.request.parse(request);
      const url = environment.createObjectUrl(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      const link = environment.document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      environment.document.body.append(link);
      try {
        link.click();
      } finally {
        link.remove();
        // The download has started from the click; a short delay lets slow browsers read the blob first.
        setTimeout(() => environment.revokeObjectUrl(url), 10_000);
      }
      return { outcome: 'saved', fileName: suggestedName };
    },
    storeBackup: async (request) => {
      (await loadContract()).ipcContract.storeBackup.request.parse(request);
      return { outcome: 'unsupported' };
    },
    // A browser keeps no automatic backups.
    readLatestBackup: async () => ({ outcome: 'none' }),
    readDataRecord: async () => {
      let record: unknown = null;
      try {
        record = JSON.parse(environment.storage.getItem(DATA_RECORD_KEY) ?? 'null');
      } catch {
        // A record that cannot be read says nothing.
      }
      return { record: dataRecordOf(record), latestBackup: null };
    },
    writeDataRecord: async (request) => {
      if (!isWriteDataRecordRequest(request)) throw new TypeError('writeDataRecord: not a meeting count');
      environment.storage.setItem(DATA_RECORD_KEY, JSON.stringify({ meetings: request.meetings, recordedAt: new Date().toISOString() }));
    },
    openProjector: async (request) => {
      const { meetingId } = (await loadContract()).ipcContract.openProjector.request.parse(request);
      // The window's name makes the browser reuse one projector window rather than open another; it is not
      // focused, so the chair's keys keep working in the meeting room.
      projector = environment.openWindow(
        `#/projektor/${encodeURIComponent(meetingId)}`,
        PROJECTOR_WINDOW_NAME,
        'popup,width=1280,height=720',
      );
      return { display: 'window' };
    },
    closeProjector: async () => {
      projector?.close();
      projector = null;
    },
    // A browser has no file associations, so no file ever arrives this way; the subscription is real but stays silent.
    onFileOpened: () => () => undefined,
    // A browser closes a tab without asking the page; useCloseGuard holds it with beforeunload instead.
    onCloseRequested: () => () => undefined,
    // A browser tab has no application menu: the language is chosen in the page's own settings.
    onLanguageChosen: () => () => undefined,
    confirmClose: async (request) => {
      (await loadContract()).ipcContract.confirmClose.request.parse(request);
    },
    openFile: async (request): Promise<OpenFileResult> => {
      const { kind, filters } = (await loadContract()).ipcContract.openFile.request.parse(request);
      const input = environment.document.createElement('input');
      input.type = 'file';
      input.hidden = true;
      input.accept = filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
      environment.document.body.append(input);
      try {
        const file = await new Promise<File | null>((resolve) => {
          input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
          input.addEventListener('cancel', () => resolve(null), { once: true });
          input.click();
        });
        if (!file) return { outcome: 'cancelled' };
        // As in Electron: a file beyond its kind's limit is refused before it is read.
        const maxBytes = openableMaxBytes[kind];
        if (file.size > maxBytes) return { outcome: 'tooLarge', fileName: file.name, maxBytes };
        return (await loadContract()).ipcContract.openFile.response.parse({
          outcome: 'opened',
          fileName: file.name,
          bytes: await readAll(file),
        });
      } finally {
        input.remove();
      }
    },
  };
}
