import { memo, useCallback, useRef, useState, type Ref } from 'react';
import { Button, Checkbox, Label, Text, TextArea, TextField } from 'react-aria-components';
import { noteMarkers, type Note, type NoteMarker } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import type { Step } from '../../shared/meeting/runningOrder';
import type { MeetingSession } from '../../shared/meeting/session';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useDatabase } from '../data/DatabaseProvider';
import { blankNote, updateNote, useNotes } from '../data/meetingRoom';
import { deleteNote, saveNoteText } from '../data/notes';
import type { TypedText } from '../data/typedText';
import { useTypedText } from '../data/useTypedText';
import { useI18n } from '../i18n/I18nProvider';
import { tryWrite } from '../stores/refusedWrite';
import { ChoiceSelect } from './ChoiceSelect';
import { clockTime, stepTitle } from './labels';
import { SaveIndicator } from './SaveIndicator';
import { ShowNoteButton } from './ShowNoteButton';

const NO_MARKER = 'none';

type Change = (fn: (s: MeetingSession) => MeetingSession) => Promise<unknown>;

/**
 * A note's marker, parking and projector buttons: drawn again only when one of them changes, not on every keystroke
 * or write of the text beside them.
 */
const NoteTools = memo(function NoteTools({
  noteId,
  marker,
  parked,
  projected,
  empty,
  label,
  onChange,
}: {
  noteId: string;
  marker: NoteMarker | null;
  parked: boolean;
  projected: boolean;
  /** An empty note may be deleted. */
  empty: boolean;
  label: string;
  onChange: Change;
}) {
  const database = useDatabase();
  const { messages } = useI18n();
  const m = messages.meeting.notes;
  return (
    <div className="note-tools">
      <ChoiceSelect
        label={`${m.marker} – ${label}`}
        value={marker ?? NO_MARKER}
        choices={[{ id: NO_MARKER, label: m.noMarker }, ...noteMarkers.map((id) => ({ id, label: m.markers[id] }))]}
        onChange={(id) =>
          void tryWrite('note', () => updateNote(database, noteId, { marker: id === NO_MARKER ? null : (id as NoteMarker) }))
        }
      />
      <Checkbox
        className="checkbox"
        isSelected={parked}
        onChange={(next) => void tryWrite('note', () => updateNote(database, noteId, { parked: next }))}
      >
        <span className="checkbox-box" aria-hidden="true" />
        {m.park} <span className="visually-hidden">{label}</span>
      </Checkbox>
      <ShowNoteButton noteId={noteId} label={label} projected={projected} onChange={onChange} />
      {empty && (
        <Button className="button" onPress={() => void tryWrite('note', () => deleteNote(database, noteId))}>
          {m.delete}
        </Button>
      )}
    </div>
  );
});

type NoteEditorProps = {
  note: Note;
  /** The open field at the end of the step's notes, not yet typed into. */
  open: boolean;
  /** Not in the database's list yet: the note's first write creates its row. */
  unstored: boolean;
  /** The open field's first key begins the note (and a new open field below it). */
  onBegin: (note: Note) => void;
  /** This very note is on the projector, because the chair chose it. */
  projected: boolean;
  onChange: Change;
};

/** Each write of one note hands every note in the list over as a new object: only the one that changed is drawn again. */
const sameNoteEditor = (a: NoteEditorProps, b: NoteEditorProps) =>
  a.open === b.open &&
  a.unstored === b.unstored &&
  a.onBegin === b.onBegin &&
  a.projected === b.projected &&
  a.onChange === b.onChange &&
  (['id', 'text', 'textRevision', 'marker', 'parked', 'createdAt'] as const).every((key) => a.note[key] === b.note[key]);

const NoteEditor = memo(function NoteEditor({ note, open, unstored, onBegin, projected, onChange }: NoteEditorProps) {
  const database = useDatabase();
  const { messages } = useI18n();
  const m = messages.meeting.notes;
  const save = useCallback((typed: TypedText) => saveNoteText(database, note, typed, unstored), [database, note, unstored]);
  const label = open ? m.add : m.note(clockTime(note.createdAt));
  const input = useRef<HTMLTextAreaElement>(null);
  const field = useTypedText({ text: note.text, revision: note.textRevision ?? 0 }, save, label, input);
  const { change: changeText } = field;
  const change = useCallback(
    (value: string) => {
      if (open && value !== '') onBegin(note);
      changeText(value);
    },
    [changeText, note, onBegin, open],
  );
  return (
    <li className="note">
      <TextField className="field" value={field.text} onChange={change} onBlur={field.leave}>
        <Label>{label}</Label>
        <TextArea className="input textarea" rows={open ? 2 : 3} data-note-editor="" ref={input} />
        {open && (
          <Text slot="description" className="field-hint">
            {m.openHint}
          </Text>
        )}
      </TextField>
      <SaveIndicator state={field.state} label={label} notice={field.notice} onRetry={() => void field.flush()} />
      {!unstored && (
        <NoteTools
          noteId={note.id}
          marker={note.marker}
          parked={note.parked}
          projected={projected}
          empty={field.text === ''}
          label={label}
          onChange={onChange}
        />
      )}
      {projected && <p className="field-hint">{messages.projector.noteOnProjector}</p>}
    </li>
  );
}, sameNoteEditor);

/**
 * The secretary's notes for the step on show, and the parking lot for points to take up later. The step's notes end in
 * an open field: typing there begins a note (no button first), and a new open field appears below it.
 */
export function NotesPanel({
  meeting,
  session,
  step,
  pkg,
  onChange,
  ref,
}: {
  meeting: Meeting;
  session: MeetingSession;
  step: Step;
  pkg: RemissPackage;
  onChange: Change;
  ref: Ref<HTMLElement>;
}) {
  const { messages } = useI18n();
  const m = messages.meeting.notes;
  const notes = useNotes(meeting.id);
  const stepNotes = notes?.filter((n) => n.stepId === step.id) ?? [];
  const [openNote, setOpenNote] = useState(() => blankNote(meeting.id, step.id));
  /** Notes begun here whose rows are still on their way to the database's list. */
  const [begun, setBegun] = useState<Note[]>([]);
  if (openNote.stepId !== step.id || openNote.meetingId !== meeting.id) setOpenNote(blankNote(meeting.id, step.id));
  // The first key in the open field makes it a note (timed from that key) and puts a new open field below it at once,
  // so Alt+N or Tab right after finds the next one. The begun note keeps the field's key: the caret stays in it.
  const begin = useCallback(
    (note: Note) => {
      const now = new Date();
      const stamped = { ...note, createdAt: now.toISOString(), updatedAt: now.toISOString() };
      // Keys typed before the screen has caught up begin the same note once.
      setBegun((notes) => (notes.some((begunNote) => begunNote.id === note.id) ? notes : [...notes, stamped]));
      setOpenNote((current) => (current.id === note.id ? blankNote(meeting.id, step.id, now) : current));
    },
    [meeting.id, step.id],
  );
  const listed = new Set(notes?.map((note) => note.id));
  // Once its row is listed a begun note is the database's: kept here it would come back as "on its way" when deleted.
  if (begun.some((note) => listed.has(note.id))) setBegun(begun.filter((note) => !listed.has(note.id)));
  const waiting = begun.filter((note) => note.stepId === step.id && note.meetingId === meeting.id && !listed.has(note.id));
  const parked = notes?.filter((n) => n.parked) ?? [];
  const title = stepTitle(step, pkg, messages);
  const titleOf = (stepId: string | null) => {
    const found = session.steps.find((s) => s.id === stepId);
    return found ? stepTitle(found, pkg, messages) : '';
  };

  return (
    <section className="panel notes-panel" aria-labelledby="notes-title" ref={ref}>
      <h2 id="notes-title">{m.forStep(title)}</h2>
      <ul className="note-list">
        {[...stepNotes, ...waiting, openNote].map((note) => (
          <NoteEditor
            key={note.id}
            note={note}
            open={note === openNote}
            unstored={!listed.has(note.id)}
            onBegin={begin}
            projected={session.projected?.kind === 'note' && session.projected.noteId === note.id}
            onChange={onChange}
          />
        ))}
      </ul>
      <h3 id="parking-lot-title">{m.parkingLot}</h3>
      {parked.length === 0 ? (
        <p>{m.parkingEmpty}</p>
      ) : (
        <ul className="parking-lot" aria-labelledby="parking-lot-title">
          {parked.map((note) => (
            <li key={note.id}>
              {note.text || '…'} <span className="field-hint">({m.from(titleOf(note.stepId))})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
