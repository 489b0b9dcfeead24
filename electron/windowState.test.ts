import { describe, expect, it } from 'vitest';
import { restoreWindowState, serializeWindowState } from './windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const projector = { x: 1920, y: 0, width: 1920, height: 1080 };

describe('restoreWindowState', () => {
  it('brings the window back where the user left it', () => {
    const state = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(serializeWindowState(state), [laptop])).toEqual(state);
  });

  it('keeps a window that was on a display that is still connected', () => {
    const state = { bounds: { x: 2000, y: 50, width: 1200, height: 800 }, maximized: true };
    expect(restoreWindowState(serializeWindowState(state), [laptop, projector])).toEqual(state);
  });

  it('forgets a position on a projector that is no longer connected', () => {
    const state = { bounds: { x: 2000, y: 50, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(serializeWindowState(state), [laptop])).toBeNull();
  });

  it.each([
    ['no saved state', null],
    ['a damaged file', '{"bounds": {"x": 1'],
    ['the wrong shape', '{"x": 1, "y": 2}'],
    ['an absurd size', JSON.stringify({ bounds: { x: 0, y: 0, width: 10, height: 5 }, maximized: false })],
    ['text', '"hello"'],
  ])('opens at the default size when there is %s', (_, saved) => {
    expect(restoreWindowState(saved, [laptop])).toBeNull();
  });
});
