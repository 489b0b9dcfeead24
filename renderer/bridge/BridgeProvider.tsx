import { createContext, useContext, type ReactNode } from 'react';
import type { MalsamtalBridge } from '../../shared/ipc/contract';

const BridgeContext = createContext<MalsamtalBridge | null>(null);

/** The shell's bridge for the components below; tests pass a recording one. */
export function BridgeProvider({ bridge, children }: { bridge: MalsamtalBridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

export function useBridge(): MalsamtalBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge must be used inside <BridgeProvider>');
  return bridge;
}

/** The shell's file calls, which most screens need and nothing more. */
export type FileBridge = Pick<MalsamtalBridge, 'openFile' | 'saveFile'>;

export function useFiles(): FileBridge {
  return useBridge();
}
