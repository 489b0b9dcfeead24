import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useI18n } from '../i18n/I18nProvider';
import type { SaveState } from '../data/useAutosave';

/** How long the save state must hold before a screen reader hears it. */
const SETTLE_MS = 700;

/** The value once it has held for a while: what a screen reader is told, not every flicker between. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The honest save state beside a text: "Sparat" only once the database has the text. With a write behind every key,
 * the state changes with every key; the screen shows each change, while a screen reader is told the state, with the
 * field's name, once the typing pauses (a failure is an alert at once). `notice` says that a change made at the same
 * time in another window was merged in (the live region has announced it already).
 */
export function SaveIndicator({
  state,
  label,
  notice = null,
  onRetry,
}: {
  state: SaveState;
  /** The field's name, as the screen reader says it with the state. */
  label: string;
  notice?: string | null;
  onRetry: () => void;
}) {
  const { messages } = useI18n();
  const m = messages.meeting.save;
  const settled = useSettled(state, SETTLE_MS);
  const merged = notice && <p className="notice">{notice}</p>;
  if (state === 'failed')
    return (
      <>
        <div className="save-failed" role="alert">
          <p className="alert">{m.failed}</p>
          <Button className="button" onPress={onRetry}>
            {m.retry}
          </Button>
        </div>
        {merged}
      </>
    );
  return (
    <>
      <p className="save-state" aria-hidden="true">
        {state === 'saving' ? m.saving : state === 'saved' ? m.saved : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {settled === 'saving' ? m.savingField(label) : settled === 'saved' ? m.savedField(label) : ''}
      </p>
      {merged}
    </>
  );
}
