import { create } from 'zustand';

export interface UnsavedText {
  /** The field's label as the user sees it, e.g. "Anteckning 14:05". */
  label: string;
  text: string;
}

interface UnsavedTextsState {
  /** Texts whose latest write failed, by field: still on screen, retried, and offered as a file. */
  texts: Record<string, UnsavedText>;
  hold: (fieldId: string, unsaved: UnsavedText) => void;
  release: (fieldId: string) => void;
  /** The window was asked to close and stayed open because these texts are not written. */
  closeRefused: boolean;
  setCloseRefused: (refused: boolean) => void;
}

export const useUnsavedTexts = create<UnsavedTextsState>((set) => ({
  texts: {},
  closeRefused: false,
  setCloseRefused: (closeRefused) => set({ closeRefused }),
  hold: (fieldId, unsaved) => set((state) => ({ texts: { ...state.texts, [fieldId]: unsaved } })),
  release: (fieldId) =>
    set((state) => {
      if (!(fieldId in state.texts)) return state;
      const { [fieldId]: _released, ...rest } = state.texts;
      // Once every text is written, a refused close is history: the next close goes through.
      return { texts: rest, closeRefused: state.closeRefused && Object.keys(rest).length > 0 };
    }),
}));

/** The unsaved texts as one plain-text document, for the user to keep while the database will not take them. */
export function unsavedTextsDocument(texts: UnsavedText[], heading: string): string {
  return [heading, '', ...texts.flatMap(({ label, text }) => [label, text, ''])].join('\r\n');
}
