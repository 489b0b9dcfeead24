import { useState } from 'react';
import { Button } from 'react-aria-components';
import { toggleProjected, type MeetingSession } from '../../shared/meeting/session';
import { ConfirmDialog } from '../app/Dialogs';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Puts one note on the projector, only after the chair confirms: notes are working material the room never sees by
 * accident. Taking it down needs no question.
 */
export function ShowNoteButton({
  noteId,
  label,
  projected,
  onChange,
}: {
  noteId: string;
  /** The note's own name ("Anteckning 10:32"), so each button says which note it shows. */
  label: string;
  projected: boolean;
  onChange: (fn: (s: MeetingSession) => MeetingSession) => Promise<unknown>;
}) {
  const { messages } = useI18n();
  const m = messages.projector;
  const [asking, setAsking] = useState(false);
  const toggle = () => onChange((s) => toggleProjected(s, { kind: 'note', noteId }));
  return (
    <>
      <Button className="button" aria-pressed={projected} onPress={() => (projected ? void toggle() : setAsking(true))}>
        {projected ? m.hideNote : m.showNote} <span className="visually-hidden">{label}</span>
      </Button>
      <ConfirmDialog
        isOpen={asking}
        title={m.confirmNoteTitle}
        confirmLabel={m.confirmNote}
        cancelLabel={m.cancel}
        tone="primary"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void toggle();
        }}
      >
        <p>{m.confirmNoteBody}</p>
      </ConfirmDialog>
    </>
  );
}
