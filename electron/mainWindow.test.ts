import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../tests/support/fakeElectron';
import { createMainWindow } from './mainWindow';
import { DEFAULT_WINDOW_SIZE } from './windowState';

function open(saved: string | null, spellcheck = false) {
  const { BrowserWindow } = createFakeElectron();
  const writeState = vi.fn();
  const window = createMainWindow({
    createWindow: (options) => new BrowserWindow(options as Record<string, unknown>) as never,
    preloadPath: '/app/preload.cjs',
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
    readState: () => saved,
    writeState,
    spellcheck,
  }) as unknown as InstanceType<typeof BrowserWindow>;
  return { window, writeState };
}

describe('createMainWindow', () => {
  it('opens at the default size the first time, hidden until painted', () => {
    const { window } = open(null);
    expect(window.options).toMatchObject({ ...DEFAULT_WINDOW_SIZE, show: false });
    expect(window.options).not.toHaveProperty('x');
  });

  it('checks spelling only where it is told the system has its own dictionaries', () => {
    expect(open(null, true).window.options).toMatchObject({ webPreferences: { spellcheck: true, sandbox: true } });
    expect(open(null, false).window.options).toMatchObject({ webPreferences: { spellcheck: false } });
  });

  it('opens where the user left it, maximised if it was', () => {
    const { window } = open(JSON.stringify({ bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: true }));
    expect(window.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    expect(window.maximize).toHaveBeenCalled();
  });

  it('remembers its size and place when closed', () => {
    const { window, writeState } = open(null);
    window.emit('close', { preventDefault: vi.fn() });
    expect(JSON.parse(writeState.mock.calls[0]![0] as string)).toEqual({
      bounds: { x: 10, y: 20, width: 1100, height: 700 },
      maximized: false,
    });
  });

  it('does not remember a minimised or full-screen window, which would reopen oddly', () => {
    const { window, writeState } = open(null);
    window.isMinimized.mockReturnValue(true);
    window.emit('close', { preventDefault: vi.fn() });
    window.isMinimized.mockReturnValue(false);
    window.isFullScreen.mockReturnValue(true);
    window.emit('close', { preventDefault: vi.fn() });
    expect(writeState).not.toHaveBeenCalled();
  });
});
