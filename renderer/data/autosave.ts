export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const RETRY_MS = 3000;

type Report = (state: SaveState | ((current: SaveState) => SaveState)) => void;
const ignoreReport: Report = () => undefined;

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
  /** Told when a value could not be written (as text the user can keep), and with null once it finally was. */
  onUnsaved: (text: string | null, label: string) => void;
  asText: (value: T) => string;
}

/**
 * Writes each change right behind the typing: at most one write in flight, and whatever was typed meanwhile is
 * written, as one value, the moment it finishes. "saved" is reported only once a write has resolved with nothing newer
 * waiting; a failed write keeps the latest value waiting and is tried again every few seconds and on flush.
 */
export class Autosaver<T> {
  private pending: { value: T } | null = null;
  private writing: Promise<void> | null = null;
  private failed = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private report: Report = ignoreReport;

  constructor(private options: AutosaverOptions<T>) {}

  /** The save function and the field's label follow the component's latest props. */
  use(save: (value: T) => Promise<void>, label: string): void {
    this.options = { ...this.options, save, label };
    // A text held for the user goes by the field's current name (a note begun while the disk was full gets its time).
    if (this.failed && this.pending) this.options.onUnsaved(this.options.asText(this.pending.value), label);
  }

  /** Where the save state is shown; a saver whose field has gone keeps writing but reports to no one. */
  attach(report: Report): void {
    this.report = report;
  }

  detach(): void {
    this.report = ignoreReport;
  }

  /** True while a value waits for its write or is being written. */
  isBusy(): boolean {
    return this.pending !== null || this.writing !== null;
  }

  /** Rewrites the value still waiting for its write (a merge with another window's text reaches it this way). */
  revisePending(revise: (value: T) => T): void {
    if (this.pending) this.pending = { value: revise(this.pending.value) };
  }

  change(value: T): void {
    this.pending = { value };
    unwritten.add(this);
    if (this.failed) {
      // The retry writes it; meanwhile the copy the user is offered follows what they type.
      this.options.onUnsaved(this.options.asText(value), this.options.label);
      return;
    }
    this.report('saving');
    void this.writeBehind();
  }

  /** Writes whatever waits now, also after a failure; resolves once it is written or has failed again. */
  async flush(): Promise<void> {
    clearTimeout(this.retry);
    this.retry = undefined;
    this.failed = false;
    await this.writeBehind();
  }

  private writeBehind(): Promise<void> {
    // Nothing waits: the saver is not busy for a moment (a field following another window's writes would skip one and,
    // its state reading "saved" before and after, never take it), nor does a field left without typing claim "saved".
    if (this.pending === null && this.writing === null) return Promise.resolve();
    this.writing ??= this.writeAll().finally(() => {
      this.writing = null;
    });
    return this.writing;
  }

  private async writeAll(): Promise<void> {
    while (this.pending !== null && !this.failed) {
      const { value } = this.pending;
      this.pending = null;
      const { save } = this.options;
      // A retry does not take back "failed" (nor re-announce it) until it has succeeded.
      this.report((current) => (current === 'failed' ? current : 'saving'));
      try {
        await save(value);
      } catch {
        // Newer text, if any, wins; otherwise this text waits for the next try.
        this.pending ??= { value };
        this.failed = true;
        // By the field's name now, which may have changed during the write (a note begun gets its time).
        this.options.onUnsaved(this.options.asText(this.pending.value), this.options.label);
        this.report('failed');
        this.retry = setTimeout(() => void this.flush(), RETRY_MS);
        return;
      }
    }
    if (this.pending === null) {
      unwritten.delete(this);
      this.report('saved');
      this.options.onUnsaved(null, this.options.label);
    }
  }
}
