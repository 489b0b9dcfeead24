import { create } from 'zustand';
import type { BodyInput } from '../../shared/domain/body';

export interface BodyDraft {
  /** The body being edited, or null for a new one. */
  bodyId: string | null;
  input: BodyInput;
}

interface BodyDraftState {
  /** The open form's text; kept here, outside the screen, so it survives going to another screen and back. */
  draft: BodyDraft | null;
  open: (draft: BodyDraft) => void;
  update: (recipe: (input: BodyInput) => BodyInput) => void;
  close: () => void;
}

export const useBodyDraft = create<BodyDraftState>((set) => ({
  draft: null,
  open: (draft) => set({ draft }),
  update: (recipe) => set((state) => (state.draft ? { draft: { ...state.draft, input: recipe(state.draft.input) } } : state)),
  close: () => set({ draft: null }),
}));
