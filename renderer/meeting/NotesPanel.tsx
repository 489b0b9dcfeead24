import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import { Button, Checkbox, Label, TextArea, TextField } from 'react-aria-components';
import { noteMarkers, type Note, type NoteMarker } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import type { Step } from '../../shared/meeting/runningOrder';
import type { MeetingSession } from '../../shared/meeting/session';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useDatabase } from '../data/DatabaseProvider';
import { deleteNote, updateNote, useNotes } from '../data/meetingRoom';
import { useI18n } from '../i18n/I18nProvider';
import { ChoiceSelect } from './ChoiceSelect';
import { clockTime, stepTitle } from './labels';
import { SaveIndicator } from './SaveIndicator';
import { ShowNoteButton } from './ShowNoteButton';
import { useAutosave } from '../data/useAutosave';

const NO_MARKER = 'none';

type Change = (fn: (s: MeetingSession) => MeetingSession) => Promise<void>;

function NoteEditor({
  note,
  focusOnMount,
  projected,
  onChange,
}: {
  note: Note;
  focusOnMount: boolean;
  /** This very note is on the projector, because the chair chose it. */
  projected: boolean;
  onChange: Change;
}) {
  const database = useDatabase();
  const { messages } = useI18n();
  const m = messages.meeting.notes;
  const [text, setText] = useState(note.text);
  const save = useCallback((value: string) => updateNote(database, note.id, { text: value }), [database, note.id]);
  const label = m.note(clockTime(note.createdAt));
  const autosave = useAutosave(save, label);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, [focusOnMount]);
  return (
    <li className="note">
      <TextField
        className="field"
        value={text}
        onChange={(value) => {
          setText(value);
          autosave.change(value);
        }}
        onBlur={() => void autosave.flush()}
      >
        <Label>{label}</Label>
        <TextArea className="input textarea" rows={3} data-note-editor="" ref={input} />
      </TextField>
      <SaveIndicator state={autosave.state} onRetry={() => void autosave.flush()} />
      <div className="note-tools">
        <ChoiceSelect
          label={`${m.marker} – ${label}`}
          value={note.marker ?? NO_MARKER}
          choices={[{ id: NO_MARKER, label: m.noMarker }, ...noteMarkers.map((id) => ({ id, label: m.markers[id] }))]}
          onChange={(id) => void updateNote(database, note.id, { marker: id === NO_MARKER ? null : (id as NoteMarker) })}
        />
        <Checkbox className="checkbox" isSelected={note.parked} onChange={(parked) => void updateNote(database, note.id, { parked })}>
          <span className="checkbox-box" aria-hidden="true" />
          {m.park} <span className="visually-hidden">{label}</span>
        </Checkbox>
        <ShowNoteButton noteId={note.id} label={label} projected={projected} onChange={onChange} />
        {text === '' && (
          <Button className="button" onPress={() => void deleteNote(database, note.id)}>
            {m.delete}
          </Button>
        )}
      </div>
      {projected && <p className="field-hint">{messages.projector.noteOnProjector}</p>}
    </li>
  );
}

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
