import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { caretAfterChange, mergeTexts, type MergeOutcome, type RevisedText, type TextWrite } from '../../shared/text/mergeText';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import type { TypedText } from './typedText';
import { useAutosave } from './useAutosave';

type Selection = { start: number; end: number };

/**
 * A text field that more than one window may type into (a note, a draft, the decision): each change is written right
 * behind the typing over the revision the field last saw. When another window wrote in between, the database merges
 * the two and the field shows the result, with what was typed meanwhile kept, and says so (visibly and to a screen
 * reader). While nothing typed here waits, the field follows the other window's writes as they come. A text replaced
 * from elsewhere keeps the caret beside the words it was next to.
 */
export function useTypedText(
  stored: RevisedText,
  save: (typed: TypedText) => Promise<TextWrite>,
  label: string,
  /** The field's text area, whose caret is kept when the text changes from elsewhere. */
  input: RefObject<HTMLTextAreaElement | null>,
) {
  // Held in a ref of the hook's own, so that the callbacks below read the text area only when they run.
  const textArea = useRef(input);
  const { messages } = useI18n();
  const m = messages.meeting.save;
  const announce = useAnnouncer((state) => state.announce);
  const [text, setText] = useState(stored.text);
  const [merged, setMerged] = useState<MergeOutcome | null>(null);
  /** The text the field is to show, also between a change and its render. */
  const shown = useRef(stored.text);
  /** The text the text area held at the last render: what a key pressed before the next render was typed into. */
  const rendered = useRef(stored.text);
  /** The stored text as this field last saw it: what its next write goes over. */
  const seen = useRef<RevisedText>(stored);
  /** Where this field's own typing ended in the seen text, while it was the last to type there. */
  const ownEnd = useRef<number | null>(null);
  const keptSelection = useRef<Selection | null>(null);
  const saverRef = useRef<ReturnType<typeof useAutosave<string>>['saver'] | null>(null);
  const line = m.otherWindowLine;
  const keepBoth = useCallback((mine: string, theirs: string) => `${mine}\n\n${line}\n${theirs}`, [line]);

  /** Shows a text that did not come from the keyboard (`from` is what the text area holds), keeping the caret by its words. */
  /** The caret in the text area, when it holds `text` and has the focus. */
  const caretIn = useCallback((text: string) => {
    const field = textArea.current.current;
    return field && field.ownerDocument.activeElement === field && field.value === text ? field.selectionEnd : undefined;
  }, []);

  const show = useCallback((from: string, next: string) => {
    const field = textArea.current.current;
    if (field && field.ownerDocument.activeElement === field)
      keptSelection.current = {
        start: caretAfterChange(from, next, field.selectionStart),
        end: caretAfterChange(from, next, field.selectionEnd),
      };
    shown.current = next;
    setText(next);
  }, []);

  const write = useCallback(
    async (value: string) => {
      const typed = { text: value, seen: seen.current, keepBoth, caret: caretIn(value), continuesAt: ownEnd.current };
      const written = await save(typed);
      seen.current = { text: written.text, revision: written.revision };
      ownEnd.current = written.mineEnd;
      if (written.text === value) return;
      // Another window's text came in: the field takes it, and whatever was typed here meanwhile stays on top of it.
      const rebased = mergeTexts(value, shown.current, written.text, keepBoth, { caret: caretIn(shown.current) }).text;
      saverRef.current?.revisePending(() => rebased);
      show(shown.current, rebased);
      if (written.outcome) {
        setMerged(written.outcome);
        announce(written.outcome === 'keptBoth' ? m.keptBoth(label, line) : m.merged(label));
      }
    },
    [announce, caretIn, keepBoth, label, line, m, save, show],
  );
  const autosave = useAutosave(write, label);
  useEffect(() => {
    saverRef.current = autosave.saver;
  }, [autosave.saver]);

  const { text: storedText, revision: storedRevision } = stored;
  useEffect(() => {
    // Nothing typed here waits: the field follows what another window wrote.
    if (storedRevision > seen.current.revision && !autosave.saver.isBusy()) {
      if (ownEnd.current !== null) ownEnd.current = caretAfterChange(seen.current.text, storedText, ownEnd.current);
      seen.current = { text: storedText, revision: storedRevision };
      show(shown.current, storedText);
    }
    // The save state is a dependency so that a write from elsewhere that came during this field's own is taken after it
    // (each write moves the state from "saving" to "saved"; a flush with nothing to write leaves the saver idle).
  }, [storedText, storedRevision, autosave.state, autosave.saver, show]);

  useLayoutEffect(() => {
    rendered.current = text;
    const selection = keptSelection.current;
    keptSelection.current = null;
    if (selection) textArea.current.current?.setSelectionRange(selection.start, selection.end);
  }, [text]);

  const { change: changeSaved, flush } = autosave;
  const change = useCallback(
    (value: string) => {
      // A key pressed after a text from elsewhere was taken but before it was drawn went into the text still drawn:
      // the key is applied to the text taken, so neither is lost.
      const next =
        rendered.current === shown.current
          ? value
          : mergeTexts(rendered.current, value, shown.current, keepBoth, { caret: caretIn(value) }).text;
      if (next === value) {
        shown.current = value;
        setText(value);
      } else show(value, next);
      changeSaved(next);
    },
    [caretIn, changeSaved, keepBoth, show],
  );
  /** Leaving the field writes what waits; a note about a merge has been seen by then. */
  const leave = useCallback(() => {
    setMerged(null);
    void flush();
  }, [flush]);

  /** What the field says about the latest merge, until the field is left. */
  const notice = merged === null ? null : merged === 'keptBoth' ? m.keptBoth(label, line) : m.merged(label);
  return { text, change, flush, leave, state: autosave.state, notice };
}
