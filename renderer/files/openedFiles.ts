import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { AppFileKind } from '../../shared/files/appFiles';
import type { OpenedFile } from '../../shared/ipc/contract';

interface OpenedFilesState {
  /** A file the user opened from the file manager, waiting for the screen that handles its kind. */
  pending: OpenedFile | null;
  receive: (file: OpenedFile) => void;
  /** Hands the waiting file to the screen for its kind, once; null when none waits. */
  take: (kind: AppFileKind) => OpenedFile | null;
}

export const useOpenedFiles = create<OpenedFilesState>((set, get) => ({
  pending: null,
  receive: (file) => set({ pending: file }),
  take: (kind) => {
    const { pending } = get();
    if (pending?.kind !== kind) return null;
    set({ pending: null });
    return pending;
  },
}));

/**
 * Hands the screen each file of its kind that the user opens by double-click: one waiting when the screen mounts,
 * and any that arrives while it is on show.
 */
export function useOpenedFile(kind: AppFileKind, handle: (file: OpenedFile) => void): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    const consume = () => {
      const file = useOpenedFiles.getState().take(kind);
      if (file) latest.current(file);
    };
    const unsubscribe = useOpenedFiles.subscribe(consume);
    void Promise.resolve().then(consume);
    return unsubscribe;
  }, [kind]);
}
