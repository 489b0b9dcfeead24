import { create } from 'zustand';

/** A document the screen has open in its reader, at a page. */
export interface OpenDocument {
  /** The package the document belongs to: a reader left open on another package's document shows nothing. */
  packageId: string;
  documentId: string;
  page: number;
  /** Bumped by every request to open, so asking again for the same page moves the reader (and focus) there again. */
  request: number;
}

interface DocumentReaderState {
  open: OpenDocument | null;
  openAt: (packageId: string, documentId: string, page: number) => void;
  close: () => void;
}

/** Which document the reader shows: a goal's link ("Bilaga 1, s. 4") and the list of documents both open it here. */
export const useDocumentReader = create<DocumentReaderState>((set) => ({
  open: null,
  openAt: (packageId, documentId, page) =>
    set((state) => ({ open: { packageId, documentId, page, request: (state.open?.request ?? 0) + 1 } })),
  close: () => set({ open: null }),
}));
