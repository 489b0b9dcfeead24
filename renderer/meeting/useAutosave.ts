import { useEffect, useId, useState } from 'react';
import { useUnsavedTexts } from '../stores/unsavedTexts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const RETRY_MS = 3000;
/** However fast someone types, what they typed is written at least this often, so a crash loses less than a second. */
const MAX_WAIT_MS = 350;

/** Saves the latest text one write at a time; the hook below ties it to React and to the page's life. */
class Autosaver {
  private pending: string | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;

  constructor(
    private save: (value: string) => Promise<void>,
    private label: string,
    private readonly report: (state: SaveState | ((current: SaveState) => SaveState)) => void,
    private readonly delayMs: number,
    /** Told when a text could not be written, and when it finally was: the app-wide banner keeps a copy meanwhile. */
    private readonly onUnsaved: (text: string | null, label: string) => void,
  ) {}

  /** The save function and the field's label follow the component's latest props. */
  use(save: (value: string) => Promise<void>, label: string): void {
    this.save = save;
    this.label = label;
  }

  change(value: string): void {
    this.pending = value;
    this.report((current) => (current === 'failed' ? current : 'saving'));
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.flush(), this.delayMs);
    this.maxWait ??= setTimeout(() => void this.flush(), MAX_WAIT_MS);
  }

  async flush(): Promise<void> {
    clearTimeout(this.debounce);
    clearTimeout(this.maxWait);
    this.maxWait = undefined;
    clearTimeout(this.retry);
    while (this.inFlight) await this.inFlight;
    const value = this.pending;
    if (value === null) return;
    this.pending = null;
    this.report('saving');
    const attempt = this.save(value).then(
      () => {
        if (this.pending === null) {
          this.report('saved');
          this.onUnsaved(null, this.label);
        }
      },
      () => {
        // Newer text, if any, wins; otherwise this text waits for the next try.
        this.pending ??= value;
        this.onUnsaved(this.pending, this.label);
        this.report('failed');
        this.retry = setTimeout(() => void this.flush(), RETRY_MS);
      },
    );
    const tracked: Promise<void> = attempt.finally(() => {
      if (this.inFlight === tracked) this.inFlight = null;
    });
    this.inFlight = tracked;
    await tracked;
  }
}

/**
 * Saves typed text a short pause after the last key, and at once on flush (blur, step switch, unmount, the page
 * being hidden or closed). "saved" is reported only after the write has resolved; a failed write keeps the text
 * pending and is tried again.
 */
export function useAutosave(save: (value: string) => Promise<void>, label: string, delayMs = 300) {
  const [state, setState] = useState<SaveState>('idle');
  const fieldId = useId();
  const [saver] = useState(
    () =>
      new Autosaver(save, label, setState, delayMs, (text, currentLabel) => {
        const { hold, release } = useUnsavedTexts.getState();
        if (text === null) release(fieldId);
        else hold(fieldId, { label: currentLabel, text });
      }),
  );

  useEffect(() => {
    saver.use(save, label);
  }, [saver, save, label]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onLeave = () => void saver.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      // Leaving the step or the screen must not drop what was typed.
      void saver.flush();
    };
  }, [saver]);

  return { state, change: (value: string) => saver.change(value), flush: () => saver.flush() };
}
