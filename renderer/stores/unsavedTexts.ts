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
}

export const useUnsavedTexts = create<UnsavedTextsState>((set) => ({
  texts: {},
  hold: (fieldId, unsaved) => set((state) => ({ texts: { ...state.texts, [fieldId]: unsaved } })),
  release: (fieldId) =>
    set((state) => {
      if (!(fieldId in state.texts)) return state;
      const { [fieldId]: _released, ...rest } = state.texts;
      return { texts: rest };
    }),
}));

/** The unsaved texts as one plain-text document, for the user to keep while the database will not take them. */
export function unsavedTextsDocument(texts: UnsavedText[], heading: string): string {
  return [heading, '', ...texts.flatMap(({ label, text }) => [label, text, ''])].join('\r\n');
}
