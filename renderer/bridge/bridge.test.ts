import { describe, expect, it } from 'vitest';
import { windowRoleOf } from './bridge';

const mainBridge = {} as NonNullable<Window['malsamtal']>;
const projectorBridge = {} as NonNullable<Window['malsamtalProjector']>;

describe('which window a page is', () => {
  it('in Electron, goes by the bridge the window’s preload gave it, whatever the address says', () => {
    expect(windowRoleOf({ malsamtalProjector: projectorBridge }, '#/projektor/m-1')).toBe('projector');
    expect(windowRoleOf({ malsamtalProjector: projectorBridge }, '#/moten')).toBe('projector');
    expect(windowRoleOf({ malsamtal: mainBridge }, '#/moten')).toBe('main');
    // The chair's window stays the chair's, with its whole bridge, should its address ever name the projector.
    expect(windowRoleOf({ malsamtal: mainBridge }, '#/projektor/m-1')).toBe('main');
  });

  it('in the browser shell, goes by the address the projector window is opened at', () => {
    expect(windowRoleOf({}, '#/projektor/m-1')).toBe('projector');
    expect(windowRoleOf({}, '#/moten/m-1')).toBe('main');
    expect(windowRoleOf({}, '')).toBe('main');
  });
});
