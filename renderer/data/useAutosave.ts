import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useUnsavedTexts } from '../stores/unsavedTexts';
import { Autosaver, type SaveState } from './autosave';

export type { SaveState } from './autosave';

interface AutosaveOptions<T> {
  /** How the value reads in the file of unsaved texts, should the database refuse it. */
  asText?: (value: T) => string;
}

/**
 * Ties an Autosaver to a component: each change is written right behind the typing, the app-wide banner holds a copy
 * of what fails to save, and whatever still waits (after a failed write, say) is tried again at once when the page is
 * hidden or left, or when the component goes away (leaving the step or screen).
 * Closing the window waits for it too (useCloseGuard).
 */
export function useAutosave<T = string>(save: (value: T) => Promise<void>, label: string, options: AutosaveOptions<T> = {}) {
  const [state, setState] = useState<SaveState>('idle');
  const fieldId = useId();
  const [saver] = useState(
    () =>
      new Autosaver<T>({
        save,
        label,
        asText: options.asText ?? String,
        onUnsaved: (text, currentLabel) => {
          const { hold, release } = useUnsavedTexts.getState();
          if (text === null) release(fieldId);
          else hold(fieldId, { label: currentLabel, text });
        },
      }),
  );

  useEffect(() => {
    saver.use(save, label);
  }, [saver, save, label]);

  useEffect(() => {
    saver.attach(setState);
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onLeave = () => void saver.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onLeave);
      // The field is gone: what it still holds is written all the same, but its state is no longer shown anywhere.
      saver.detach();
      void saver.flush();
    };
  }, [saver]);

  const change = useCallback((value: T) => saver.change(value), [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  return { state, change, flush, saver };
}

/** Autosaves a value held in the component's state (a whole edited document) whenever it changes. */
export function useAutosavedValue<T>(
  value: T,
  save: (value: T) => Promise<void>,
  label: string,
  options: AutosaveOptions<T> = {},
): SaveState {
  const { state, change } = useAutosave(save, label, options);
  const initial = useRef(value);
  useEffect(() => {
    if (value !== initial.current) change(value);
  }, [value, change]);
  return state;
}
