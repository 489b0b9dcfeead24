import { useCallback, useEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'saved' | 'saving' | 'failed';

/**
 * Saves a value a moment after the user stops typing, and at once when the screen goes away or the page
 * is hidden, so a navigation or a closed window never loses what was typed. A failed save is retried on the next change.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<void>, delayMs = 400): AutosaveStatus {
  const [status, setStatus] = useState<AutosaveStatus>('saved');
  const latest = useRef(value);
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  const initial = useRef(value);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    pending.current = false;
    setStatus('saving');
    try {
      await saveRef.current(latest.current);
      if (!pending.current) setStatus('saved');
    } catch {
      pending.current = true;
      setStatus('failed');
    }
  }, []);

  useEffect(() => {
    if (value === initial.current) return;
    latest.current = value;
    pending.current = true;
    // Said at once, so "saved" is never shown while a change still waits for its write.
    setStatus('saving');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [value, delayMs, flush]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return status;
}
