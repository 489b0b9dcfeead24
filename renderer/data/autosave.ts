export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const RETRY_MS = 3000;
/** However fast someone types, what they typed is written at least this often, so a crash loses less than a second. */
const MAX_WAIT_MS = 350;

/** Every autosaver in this page that holds something not yet on disk: closing the window waits for them. */
const unwritten = new Set<{ flush: () => Promise<void> }>();

/** True while any typed text in this page is not yet written to the database. */
export function hasUnwrittenWork(): boolean {
  return unwritten.size > 0;
}

/** Writes everything still waiting, at once; true when all of it is on disk, false when a write failed. */
export async function flushAllWork(): Promise<boolean> {
  await Promise.all([...unwritten].map((saver) => saver.flush()));
  return !hasUnwrittenWork();
}

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<void>;
  label: string;
  delayMs: number;
  report: (state: SaveState | ((current: SaveState) => SaveState)) => void;
  /** Told when a value could not be written (as text the user can keep), and with null once it finally was. */
  onUnsaved: (text: string | null, label: string) => void;
  asText: (value: T) => string;
}

/**
 * Saves the latest value one write at a time: a short pause after the last change, at least every
 * MAX_WAIT_MS while changes keep coming, and at once on flush. "saved" is reported only after the write has
 * resolved; a failed write keeps the value pending and is tried again.
 */
export class Autosaver<T> {
  private pending: { value: T } | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private maxWait: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;

  constructor(private options: AutosaverOptions<T>) {}

  /** The save function and the field's label follow the component's latest props. */
  use(save: (value: T) => Promise<void>, label: string): void {
    this.options = { ...this.options, save, label };
  }

  change(value: T): void {
    this.pending = { value };
    unwritten.add(this);
    this.options.report((current) => (current === 'failed' ? current : 'saving'));
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.flush(), this.options.delayMs);
    this.maxWait ??= setTimeout(() => void this.flush(), MAX_WAIT_MS);
  }

  async flush(): Promise<void> {
    clearTimeout(this.debounce);
    clearTimeout(this.maxWait);
    this.maxWait = undefined;
    clearTimeout(this.retry);
    while (this.inFlight) await this.inFlight;
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    const { save, label, report, onUnsaved, asText } = this.options;
    report('saving');
    const attempt = save(pending.value).then(
      () => {
        if (this.pending !== null) return;
        unwritten.delete(this);
        report('saved');
        onUnsaved(null, label);
      },
      () => {
        // Newer text, if any, wins; otherwise this text waits for the next try.
        this.pending ??= pending;
        onUnsaved(asText(this.pending.value), label);
        report('failed');
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
