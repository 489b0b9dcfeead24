import { createContext, useContext, type ReactNode } from 'react';
import type { MalsamtalBridge } from '../../shared/ipc/contract';
import { bridge } from './bridge';

/** The shell's file calls; a test hands in its own so no dialog or download happens. */
export type FileBridge = Pick<MalsamtalBridge, 'openFile' | 'saveFile'>;

const FilesContext = createContext<FileBridge>(bridge);

export function FilesProvider({ files, children }: { files: FileBridge; children: ReactNode }) {
  return <FilesContext.Provider value={files}>{children}</FilesContext.Provider>;
}

export function useFiles(): FileBridge {
  return useContext(FilesContext);
}
