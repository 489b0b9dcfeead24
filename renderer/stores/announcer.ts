import { create } from 'zustand';

interface AnnouncerState {
  /** The latest polite announcement for screen readers, e.g. that a meeting was created. */
  message: string;
  /** Bumped on every announcement so the same text twice is read twice. */
  sequence: number;
  announce: (message: string) => void;
}

export const useAnnouncer = create<AnnouncerState>((set) => ({
  message: '',
  sequence: 0,
  announce: (message) => set((state) => ({ message, sequence: state.sequence + 1 })),
}));
