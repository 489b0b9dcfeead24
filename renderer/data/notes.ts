import type { Note } from '../../shared/domain/dialogue';
import type { TextWrite } from '../../shared/text/mergeText';
import type { MalsamtalDatabase } from './db';
import { writeReconnecting } from './reconnect';
import { revise, type TypedText } from './typedText';

/** Thrown when the text of a note is written after the note was deleted (in another window, say). */
export class NoteGoneError extends Error {
  constructor(readonly noteId: string) {
    super(`Note ${noteId} is gone`);
    this.name = 'NoteGoneError';
  }
}

/**
 * Writes what was typed into a note (see TypedText). The notes panel's open field is a note without a row: its first
 * text creates the row (`open`), stamped with the time of that first write, so the note is timed by when it began.
 */
export async function saveNoteText(database: MalsamtalDatabase, note: Note, typed: TypedText, open = false): Promise<TextWrite> {
  return writeReconnecting(database, () =>
    database.transaction('rw', database.notes, async () => {
      const now = new Date().toISOString();
      const stored = await database.notes.get(note.id);
      if (!stored) {
        if (!open) throw new NoteGoneError(note.id);
        const first = revise({ text: note.text, revision: note.textRevision ?? 0 }, typed);
        await database.notes.add({ ...note, text: first.text, textRevision: first.revision, createdAt: now, updatedAt: now });
        return first;
      }
      const next = revise({ text: stored.text, revision: stored.textRevision ?? 0 }, typed);
      if (next.text !== stored.text) await database.notes.put({ ...stored, text: next.text, textRevision: next.revision, updatedAt: now });
      return next;
    }),
  );
}

export async function deleteNote(database: MalsamtalDatabase, noteId: string): Promise<void> {
  await writeReconnecting(database, () => database.notes.delete(noteId));
}
