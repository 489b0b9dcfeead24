import { ipcContract, type AppInfo, type MalsamtalBridge, type SaveFileResult } from '../../shared/ipc/contract';

export interface BrowserBridgeEnvironment {
  document: Document;
  createObjectUrl: (blob: Blob) => string;
  revokeObjectUrl: (url: string) => void;
  platform: string;
}

/**
 * The browser shell's side of the bridge: the same contract as the preload, the same validation,
 * with a download where Electron shows a save dialog.
 */
export function createBrowserBridge(environment: BrowserBridgeEnvironment): MalsamtalBridge {
  return {
    getAppInfo: async (): Promise<AppInfo> =>
      ipcContract.getAppInfo.response.parse({
        name: 'Målsamtal',
        version: __APP_VERSION__,
        shell: 'browser',
        platform: environment.platform,
        versions: {},
      }),
    setLanguage: async (language) => {
      ipcContract.setLanguage.request.parse(language);
    },
    saveFile: async (request): Promise<SaveFileResult> => {
      const { suggestedName, bytes } = ipcContract.saveFile.request.parse(request);
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
    // A browser has no file associations, so no file ever arrives this way; the subscription is real but stays silent.
    onFileOpened: () => () => undefined,
  };
}
