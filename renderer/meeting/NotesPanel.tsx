import { memo, useCallback, useLayoutEffect, useRef, type Ref } from 'react';
import { Button, Checkbox, Label, TextArea, TextField } from 'react-aria-components';
import { noteMarkers, type Note, type NoteMarker } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import type { Step } from '../../shared/meeting/runningOrder';
import type { MeetingSession } from '../../shared/meeting/session';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useDatabase } from '../data/DatabaseProvider';
import { updateNote, useNotes } from '../data/meetingRoom';
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
  focusOnMount: boolean;
  /** This very note is on the projector, because the chair chose it. */
  projected: boolean;
  onChange: Change;
};

/** Each write of one note hands every note in the list over as a new object: only the one that changed is drawn again. */
const sameNoteEditor = (a: NoteEditorProps, b: NoteEditorProps) =>
  a.focusOnMount === b.focusOnMount &&
  a.projected === b.projected &&
  a.onChange === b.onChange &&
  (['id', 'text', 'textRevision', 'marker', 'parked', 'createdAt'] as const).every((key) => a.note[key] === b.note[key]);

const NoteEditor = memo(function NoteEditor({ note, focusOnMount, projected, onChange }: NoteEditorProps) {
  const database = useDatabase();
  const { messages } = useI18n();
  const m = messages.meeting.notes;
  const save = useCallback((typed: TypedText) => saveNoteText(database, note, typed), [database, note]);
  const label = m.note(clockTime(note.createdAt));
  const input = useRef<HTMLTextAreaElement>(null);
  const field = useTypedText({ text: note.text, revision: note.textRevision ?? 0 }, save, label, input);
  // Before the browser paints, so a key pressed right after the click or shortcut that made the note lands in it.
  useLayoutEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, [focusOnMount]);
  return (
    <li className="note">
      <TextField className="field" value={field.text} onChange={field.change} onBlur={field.leave}>
        <Label>{label}</Label>
        <TextArea className="input textarea" rows={3} data-note-editor="" ref={input} />
      </TextField>
      <SaveIndicator state={field.state} label={label} notice={field.notice} onRetry={() => void field.flush()} />
      <NoteTools
        noteId={note.id}
        marker={note.marker}
        parked={note.parked}
        projected={projected}
        empty={field.text === ''}
        label={label}
        onChange={onChange}
      />
      {projected && <p className="field-hint">{messages.projector.noteOnProjector}</p>}
    </li>
  );
}, sameNoteEditor);

/** The secretary's notes for the step on show, and the parking lot for points to take up later. */
export function NotesPanel({
  meeting,
  session,
  step,
  pkg,
  focusNoteId,
  onAdd,
  onChange,
  ref,
}: {
  meeting: Meeting;
  session: MeetingSession;
  step: Step;
  pkg: RemissPackage;
  /** The note just added, which takes the focus when it appears. */
  focusNoteId: string | null;
  onAdd: () => Promise<void>;
  onChange: Change;
  ref: Ref<HTMLElement>;
}) {
  const { messages } = useI18n();
  const m = messages.meeting.notes;
  const notes = useNotes(meeting.id);
  const stepNotes = notes?.filter((n) => n.stepId === step.id) ?? [];
  const parked = notes?.filter((n) => n.parked) ?? [];
  const title = stepTitle(step, pkg, messages);
  const titleOf = (stepId: string | null) => {
    const found = session.steps.find((s) => s.id === stepId);
    return found ? stepTitle(found, pkg, messages) : '';
  };

  return (
    <section className="panel notes-panel" aria-labelledby="notes-title" ref={ref}>
      <h2 id="notes-title">{m.forStep(title)}</h2>
      {notes !== undefined && stepNotes.length === 0 && <p>{m.empty}</p>}
      <ul className="note-list">
        {stepNotes.map((note) => (
          <NoteEditor
            key={note.id}
            note={note}
            focusOnMount={note.id === focusNoteId}
            projected={session.projected?.kind === 'note' && session.projected.noteId === note.id}
            onChange={onChange}
          />
        ))}
      </ul>
      <Button className="button" onPress={() => void onAdd()}>
        {m.add}
      </Button>
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
