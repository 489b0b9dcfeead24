/** The parts of a BrowserWindow the guard uses, so tests can hand it a plain object. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault: () => void }) => void): unknown;
  close(): void;
  destroy(): void;
  isDestroyed(): boolean;
  webContents: {
    send(channel: string): void;
    isCrashed(): boolean;
    isLoadingMainFrame(): boolean;
  };
}

export interface CloseGuardOptions {
  /** The event channel that asks the page to write what waits. */
  channel: string;
  /** A page that has not answered by then is hung; the window closes rather than trap the user. */
  timeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface CloseGuard {
  /** The page's answer: close now that everything is written, or stay open because a write failed. */
  answer(close: boolean): void;
}

export const CLOSE_ANSWER_TIMEOUT_MS = 5000;

/**
 * Holds the window open when the user closes it (or quits) until the page has written the last keystrokes to
 * IndexedDB, which a page being torn down is not guaranteed to finish. The page answers through confirmClose.
 */
export function guardWindowClose(window: GuardedWindow, options: CloseGuardOptions): CloseGuard {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'open' | 'asking' | 'closing' = 'open';
  let timer: unknown;

  const finish = (close: boolean): void => {
    clearTimer(timer);
    if (window.isDestroyed()) return;
    state = close ? 'closing' : 'open';
    if (close) window.close();
  };

  window.on('close', (event) => {
    if (state === 'closing') return;
    // A page that is gone or still loading has nothing typed to write.
    if (window.webContents.isCrashed() || window.webContents.isLoadingMainFrame()) return;
    event.preventDefault();
    if (state === 'asking') return;
    state = 'asking';
    window.webContents.send(options.channel);
    timer = setTimer(() => {
      if (state !== 'asking' || window.isDestroyed()) return;
      state = 'closing';
      window.destroy();
    }, options.timeoutMs ?? CLOSE_ANSWER_TIMEOUT_MS);
  });

  return {
    answer: (close) => {
      // "Close anyway" after a refused close arrives while the window is open; both mean the same.
      if (state === 'closing') return;
      finish(close);
    },
  };
}
