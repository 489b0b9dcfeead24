import type { MessageBoxOptions } from 'electron';
import path from 'node:path';
import { appFileKindOf, appFileMaxBytes, type AppFileKind } from '../shared/files/appFiles';
import { fileTooLargeMessage, type Messages } from '../shared/i18n/messages';
import { ipcEventContract, type OpenedFile } from '../shared/ipc/contract';

export type FileRefusalReason = 'unknownType' | 'missing' | 'notAFile' | 'tooLarge' | 'unreadable';

/** Why a file did not open; a file too large is one of our kinds, whose own words and limit the user is told. */
export type FileRefusal = { fileName: string } & (
  { reason: 'tooLarge'; kind: AppFileKind } | { reason: Exclude<FileRefusalReason, 'tooLarge'> }
);

export type FileReadOutcome = { outcome: 'read'; file: OpenedFile } | { outcome: 'refused'; refusal: FileRefusal };

export interface FileSystemAccess {
  stat: (filePath: string) => Promise<{ isFile: () => boolean; size: number }>;
  readFile: (filePath: string) => Promise<Uint8Array>;
}

/**
 * The files of ours named on a command line: what Windows and Linux pass when the user double-clicks one.
 * Switches (Chromium adds some to a second instance's argv) and other arguments are ignored.
 */
export function appFilesInArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((argument) => !argument.startsWith('-') && appFileKindOf(argument) !== null)
    .map((argument) => path.resolve(workingDirectory, argument));
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Reads one file the user asked to open, after checking that it is ours, there, a file, and within its kind's limit:
 * a file too large is never read.
 */
export async function readAppFile(filePath: string, fs: FileSystemAccess): Promise<FileReadOutcome> {
  const fileName = path.basename(filePath);
  const refuse = (reason: Exclude<FileRefusalReason, 'tooLarge'>): FileReadOutcome => ({
    outcome: 'refused',
    refusal: { fileName, reason },
  });
  const kind = appFileKindOf(fileName);
  if (!kind) return refuse('unknownType');
  const tooLarge: FileReadOutcome = { outcome: 'refused', refusal: { fileName, reason: 'tooLarge', kind } };
  const maxBytes = appFileMaxBytes[kind];
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return refuse('notAFile');
    if (stat.size > maxBytes) return tooLarge;
    const read = await fs.readFile(filePath);
    // A plain Uint8Array of exactly the file: a Buffer may share a larger pool that IPC would copy whole.
    bytes = read.byteOffset === 0 && read.byteLength === read.buffer.byteLength ? new Uint8Array(read.buffer) : new Uint8Array(read);
  } catch (error) {
    return refuse(isMissing(error) ? 'missing' : 'unreadable');
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) return tooLarge;
  const parsed = ipcEventContract.fileOpened.safeParse({ fileName, kind, bytes });
  return parsed.success ? { outcome: 'read', file: parsed.data } : refuse('unknownType');
}

export interface FileOpenerDependencies {
  fs: FileSystemAccess;
  /** Sends a file to the page; called only while the page is loaded. */
  send: (file: OpenedFile) => void;
  /** Tells the user why a file was not opened. */
  refuse: (refusal: FileRefusal) => void;
}

/**
 * Takes the paths of files the user opened from the file manager at any moment, reads them, and hands them
 * to the page once it can listen: paths that come before the app is ready, and files read before the page
 * has loaded, wait in order.
 */
export function createFileOpener(deps: FileOpenerDependencies) {
  let appReady = false;
  let pageReady = false;
  const pendingPaths: string[] = [];
  const pendingFiles: OpenedFile[] = [];
  let reading: Promise<void> = Promise.resolve();

  const deliver = (file: OpenedFile): void => {
    if (pageReady) deps.send(file);
    else pendingFiles.push(file);
  };

  const readInOrder = (paths: readonly string[]): Promise<void> => {
    reading = reading.then(async () => {
      for (const filePath of paths) {
        const outcome = await readAppFile(filePath, deps.fs);
        if (outcome.outcome === 'read') deliver(outcome.file);
        else deps.refuse(outcome.refusal);
      }
    });
    return reading;
  };

  return {
    /** The user opened these files (by double-click, on the command line or from the Finder). */
    open(paths: readonly string[]): Promise<void> {
      if (!appReady) {
        pendingPaths.push(...paths);
        return Promise.resolve();
      }
      return readInOrder(paths);
    },
    /** Electron is ready: files can be read and refusals shown. */
    appReady(): Promise<void> {
      appReady = true;
      return readInOrder(pendingPaths.splice(0));
    },
    /** The page has loaded, so its preload listens; what waited goes now. */
    pageReady(): void {
      pageReady = true;
      for (const file of pendingFiles.splice(0)) deps.send(file);
    },
    /** The page is gone (window closed or reloading); hold files until it is back. */
    pageGone(): void {
      pageReady = false;
    },
  };
}

export type FileOpener = ReturnType<typeof createFileOpener>;

/** Why a file the user double-clicked did not open, in their language. */
export function fileRefusalBox(m: Messages, refusal: FileRefusal): MessageBoxOptions {
  return {
    type: 'warning',
    title: m.fileOpen.title,
    message: m.fileOpen.message(refusal.fileName),
    detail: refusal.reason === 'tooLarge' ? fileTooLargeMessage(m, refusal.kind) : m.fileOpen.reasons[refusal.reason],
    buttons: [m.fileOpen.ok],
  };
}
