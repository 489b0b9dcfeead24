import { create } from 'zustand';
import type { Note } from '../../shared/domain/dialogue';
import type { TextWrite } from '../../shared/text/mergeText';
import type { MalsamtalDatabase } from './db';
import { writeReconnecting } from './reconnect';
import { revise, type TypedText } from './typedText';

/**
 * Notes started in this window that the database's list does not show yet. A new note is on screen, with the caret in
 * it, in the same moment as the click or key that asked for it; its row is written behind, so no key typed meanwhile
 * goes anywhere else.
 */
export const useStartedNotes = create<{ notes: Record<string, Note> }>(() => ({ notes: {} }));

/** Started notes whose row no write has created yet: the first write creates it; after that, a missing row was deleted. */
const awaitingRow = new Set<string>();

/** Shows a new note at once (call it inside flushSync to focus it in the same event); write it with storeStartedNote. */
export function startNote(note: Note): void {
  awaitingRow.add(note.id);
  useStartedNotes.setState((state) => ({ notes: { ...state.notes, [note.id]: note } }));
}

/** Writes a started note's row, unless its first text has already done so. */
export async function storeStartedNote(database: MalsamtalDatabase, note: Note): Promise<void> {
  await writeReconnecting(database, () =>
    database.transaction('rw', database.notes, async () => {
      if (!(await database.notes.get(note.id))) await database.notes.add(note);
    }),
  );
  awaitingRow.delete(note.id);
}

/** The database's notes of a meeting, followed by those started here that it does not list yet. */
export function withStartedNotes(stored: Note[], meetingId: string, started: Record<string, Note>): Note[] {
  const storedIds = new Set(stored.map((note) => note.id));
  const waiting = Object.values(started).filter((note) => note.meetingId === meetingId && !storedIds.has(note.id));
  return waiting.length === 0 ? stored : [...stored, ...waiting];
}

function forgetStartedNotes(noteIds: string[]): void {
  const { notes } = useStartedNotes.getState();
  const held = noteIds.filter((id) => id in notes);
  if (held.length === 0) return;
  const rest = { ...notes };
  for (const id of held) delete rest[id];
  useStartedNotes.setState({ notes: rest });
}

/** Once the database lists a started note, the list carries it: it is no longer held here. */
export function forgetListedNotes(stored: Note[]): void {
  forgetStartedNotes(stored.map((note) => note.id));
}

/** Thrown when the text of a note is written after the note was deleted (in another window, say). */
export class NoteGoneError extends Error {
  constructor(readonly noteId: string) {
    super(`Note ${noteId} is gone`);
    this.name = 'NoteGoneError';
  }
}

/** Writes what was typed into a note (see TypedText); the first text of a note started here creates its row. */
export async function saveNoteText(database: MalsamtalDatabase, note: Note, typed: TypedText): Promise<TextWrite> {
  const write = await writeReconnecting(database, () =>
    database.transaction('rw', database.notes, async () => {
      const now = new Date().toISOString();
      const stored = await database.notes.get(note.id);
      if (!stored) {
        if (!awaitingRow.has(note.id)) throw new NoteGoneError(note.id);
        const first = revise({ text: note.text, revision: note.textRevision ?? 0 }, typed);
        await database.notes.add({ ...note, text: first.text, textRevision: first.revision, updatedAt: now });
        return first;
      }
      const next = revise({ text: stored.text, revision: stored.textRevision ?? 0 }, typed);
      if (next.text !== stored.text) await database.notes.put({ ...stored, text: next.text, textRevision: next.revision, updatedAt: now });
      return next;
    }),
  );
  awaitingRow.delete(note.id);
  return write;
}

export async function deleteNote(database: MalsamtalDatabase, noteId: string): Promise<void> {
  awaitingRow.delete(noteId);
  forgetStartedNotes([noteId]);
  await writeReconnecting(database, () => database.notes.delete(noteId));
}
