/** The app's own file types: each opens in Målsamtal by double-click, through the installers' file associations. */
export const appFileKinds = ['package', 'answer', 'backup'] as const;
export type AppFileKind = (typeof appFileKinds)[number];

/** Extensions without the dot, lower case; short and unique to Målsamtal so no other program claims them. */
export const appFileExtensions: Record<AppFileKind, string> = {
  package: 'msremiss',
  answer: 'msvar',
  backup: 'msbackup',
};

/** What the app opens through a dialog: its own files, and the remiss's documents the editor adds to a package. */
export const openableKinds = [...appFileKinds, 'document'] as const;
export type OpenableKind = (typeof openableKinds)[number];

/** What an open dialog offers for each kind: its own extension, plain JSON for a remiss package made by hand, PDF and Word. */
export const openableExtensions: Readonly<Record<OpenableKind, readonly string[]>> = {
  package: [appFileExtensions.package, 'json'],
  answer: [appFileExtensions.answer],
  backup: [appFileExtensions.backup],
  document: ['pdf', 'docx'],
};

const MEGABYTE = 1024 * 1024;

/**
 * The largest file of each kind the app reads, checked before a byte of it is read: by the shell when the user opens
 * one (by dialog or by double-click) and by each importer. Far above any real one (the example remiss is ~15 kB, an
 * answer ~5 kB; a backup holds every meeting of years), far below what could stall the app.
 */
export const appFileMaxBytes: Readonly<Record<AppFileKind, number>> = {
  // A package file carries its documents (at most 50 MB together) beside its data.
  package: 52 * MEGABYTE,
  answer: 5 * MEGABYTE,
  backup: 200 * MEGABYTE,
};

/** The largest file of each kind a dialog opens: the app's own, and one document of a remiss. */
export const openableMaxBytes: Readonly<Record<OpenableKind, number>> = {
  ...appFileMaxBytes,
  document: 30 * MEGABYTE,
};

/** A limit in whole megabytes, as the messages name it. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / MEGABYTE);
}

/** A file name's extension without the dot, lower case, or null when it has none. */
export function fileExtensionOf(fileName: string): string | null {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? null;
}

/** Which of our file types a file name is, by its extension (any case), or null when it is none of them. */
export function appFileKindOf(fileName: string): AppFileKind | null {
  const extension = fileExtensionOf(fileName);
  return appFileKinds.find((kind) => appFileExtensions[kind] === extension) ?? null;
}
