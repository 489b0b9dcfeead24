import { describe, expect, it, vi } from 'vitest';
import { CLOSE_ANSWER_TIMEOUT_MS, guardWindowClose } from './closeGuard';

function fakeWindow() {
  const closeListeners: Array<(event: { preventDefault: () => void }) => void> = [];
  const window = {
    on: vi.fn((_event: 'close', listener: (event: { preventDefault: () => void }) => void) => closeListeners.push(listener)),
    close: vi.fn(() => userCloses()),
    destroy: vi.fn(),
    isDestroyed: vi.fn(() => false),
    webContents: { send: vi.fn(), isCrashed: vi.fn(() => false), isLoadingMainFrame: vi.fn(() => false) },
  };
  /** What Electron does on the close button, on quit and on window.close(): emit 'close', then close unless prevented. */
  function userCloses(): boolean {
    const event = { preventDefault: vi.fn() };
    for (const listener of closeListeners) listener(event);
    return event.preventDefault.mock.calls.length === 0;
  }
  return { window, userCloses };
}

interface FakeTimer {
  callback: () => void;
  ms: number;
  cleared: boolean;
}

function guarded() {
  const { window, userCloses } = fakeWindow();
  const timers: FakeTimer[] = [];
  const guard = guardWindowClose(window, {
    channel: 'window:close-requested',
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      if (timer) (timer as FakeTimer).cleared = true;
    },
  });
  return { window, userCloses, guard, timers };
}

describe('closing the main window', () => {
  it('holds the window and asks the page once, however often the user clicks close meanwhile', () => {
    const { window, userCloses } = guarded();
    expect(userCloses()).toBe(false);
    expect(userCloses()).toBe(false);
    expect(window.webContents.send.mock.calls).toEqual([['window:close-requested']]);
    expect(window.close).not.toHaveBeenCalled();
  });

  it('closes once the page says everything is written, and lets that close through', () => {
    const { window, userCloses, guard, timers } = guarded();
    userCloses();
    guard.answer(true);
    expect(window.close).toHaveBeenCalledOnce();
    expect(window.close.mock.results[0]!.value).toBe(true);
    expect(timers[0]!.cleared).toBe(true);
  });

  it('stays open when a write failed, and asks again on the next close', () => {
    const { window, userCloses, guard } = guarded();
    userCloses();
    guard.answer(false);
    expect(window.close).not.toHaveBeenCalled();
    expect(userCloses()).toBe(false);
    expect(window.webContents.send).toHaveBeenCalledTimes(2);
  });

  it('closes when the user chooses "close anyway" after a refused close', () => {
    const { window, userCloses, guard } = guarded();
    userCloses();
    guard.answer(false);
    guard.answer(true);
    expect(window.close).toHaveBeenCalledOnce();
    expect(window.close.mock.results[0]!.value).toBe(true);
  });

  it('closes a hung page after the time limit rather than trap the user', () => {
    const { window, userCloses, guard, timers } = guarded();
    userCloses();
    expect(timers[0]!.ms).toBe(CLOSE_ANSWER_TIMEOUT_MS);
    timers[0]!.callback();
    expect(window.destroy).toHaveBeenCalledOnce();
    // A late answer changes nothing.
    guard.answer(true);
    expect(window.close).not.toHaveBeenCalled();
  });

  it('does not hold a window whose page has crashed or is still loading', () => {
    const crashed = guarded();
    crashed.window.webContents.isCrashed.mockReturnValue(true);
    expect(crashed.userCloses()).toBe(true);
    const loading = guarded();
    loading.window.webContents.isLoadingMainFrame.mockReturnValue(true);
    expect(loading.userCloses()).toBe(true);
    expect(crashed.window.webContents.send).not.toHaveBeenCalled();
    expect(loading.window.webContents.send).not.toHaveBeenCalled();
  });
});
