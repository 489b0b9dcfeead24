/** The app's own file types: each opens in Målsamtal by double-click, through the installers' file associations. */
export const appFileKinds = ['package', 'answer', 'backup'] as const;
export type AppFileKind = (typeof appFileKinds)[number];

/** Extensions without the dot, lower case; short and unique to Målsamtal so no other program claims them. */
export const appFileExtensions: Record<AppFileKind, string> = {
  package: 'msremiss',
  answer: 'msvar',
  backup: 'msbackup',
};

/** A file name's extension without the dot, lower case, or null when it has none. */
export function fileExtensionOf(fileName: string): string | null {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? null;
}

/** Which of our file types a file name is, by its extension (any case), or null when it is none of them. */
export function appFileKindOf(fileName: string): AppFileKind | null {
  const extension = fileExtensionOf(fileName);
  return appFileKinds.find((kind) => appFileExtensions[kind] === extension) ?? null;
}
