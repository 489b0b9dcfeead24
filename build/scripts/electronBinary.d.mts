export type DownloadResult = { ok: true } | { ok: false; reason: string };
export function findElectronBinary(projectRoot: string): string | null;
export function downloadElectronBinary(projectRoot: string): Promise<DownloadResult>;
export function ensureElectronBinary(steps: {
  find: () => string | null;
  download: () => Promise<DownloadResult>;
  skipDownload: boolean;
  report: (message: string) => void;
  missing: (reason: string) => string;
}): Promise<string | null>;
export const fetchingElectronMessage: string;
export function missingElectronMessage(reason: string): string;
