import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../tests/support/fakeElectron';
import { chooseProjectorDisplay, createProjectorController } from './projectorWindow';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const projector = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 }, workArea: { x: 1920, y: 0, width: 1280, height: 720 } };
const bigScreen = { id: 3, bounds: { x: 3200, y: 0, width: 3840, height: 2160 }, workArea: { x: 3200, y: 0, width: 3840, height: 2160 } };

describe('chooseProjectorDisplay', () => {
  it('picks the display that is not the laptop’s, the largest of several', () => {
    expect(chooseProjectorDisplay([laptop], 1)).toBeNull();
    expect(chooseProjectorDisplay([laptop, projector], 1)).toBe(projector);
    expect(chooseProjectorDisplay([projector, laptop, bigScreen], 1)).toBe(bigScreen);
  });
});

type Bounds = (typeof laptop)['bounds'];
const contains = (outer: Bounds, point: { x: number; y: number }) =>
  point.x >= outer.x && point.x < outer.x + outer.width && point.y >= outer.y && point.y < outer.y + outer.height;

function setUp(displays: (typeof laptop)[], options: { mainBounds?: Bounds | null } = {}) {
  const electron = createFakeElectron();
  let displaysChanged: () => void = () => undefined;
  const current = { displays, mainBounds: options.mainBounds ?? null };
  const controller = createProjectorController({
    createWindow: (options) => new electron.BrowserWindow(options as Record<string, unknown>) as never,
    preloadPath: '/app/projectorPreload.cjs',
    displays: () => current.displays,
    primaryDisplayId: () => 1,
    mainWindowBounds: () => current.mainBounds,
    displayMatching: (bounds) => current.displays.find((display) => contains(display.bounds, bounds)) ?? current.displays[0]!,
    onDisplaysChanged: (listener) => (displaysChanged = listener),
  });
  return { electron, controller, current, changeDisplays: () => displaysChanged() };
}

describe('the projector window', () => {
  it('on a docked laptop whose external screen is primary, avoids the screen the chair’s window is on', () => {
    // The external screen (id 1) is primary; the laptop's own screen (id 4) to its right holds the chair's window.
    const laptopBeside = {
      id: 4,
      bounds: { x: 1920, y: 0, width: 1440, height: 900 },
      workArea: { x: 1920, y: 0, width: 1440, height: 860 },
    };
    const { electron, controller } = setUp([laptop, laptopBeside], { mainBounds: { x: 2000, y: 40, width: 1200, height: 800 } });
    expect(controller.open('m-1')).toEqual({ display: 'external' });
    expect(electron.BrowserWindow.instances[0]!.setBounds).toHaveBeenCalledWith(laptop.bounds);
  });

  it('follows the chair’s window: when it is moved to the other screen, a change of displays moves the projector away', () => {
    const { electron, controller, current, changeDisplays } = setUp([laptop, projector], {
      mainBounds: { x: 10, y: 10, width: 800, height: 600 },
    });
    controller.open('m-1');
    const [window] = electron.BrowserWindow.instances;
    expect(window!.setBounds).toHaveBeenLastCalledWith(projector.bounds);

    current.mainBounds = { x: 1950, y: 10, width: 800, height: 600 };
    current.displays = [laptop, projector, bigScreen];
    changeDisplays();
    expect(window!.setBounds).toHaveBeenLastCalledWith(bigScreen.bounds);

    current.displays = [laptop, projector];
    changeDisplays();
    expect(window!.setBounds).toHaveBeenLastCalledWith(laptop.bounds);
    expect(window!.setFullScreen).toHaveBeenLastCalledWith(true);
  });

  it('with the chair’s window alone on the only screen, opens as an ordinary window', () => {
    const { electron, controller } = setUp([laptop], { mainBounds: { x: 10, y: 10, width: 800, height: 600 } });
    expect(controller.open('m-1')).toEqual({ display: 'window' });
    expect(electron.BrowserWindow.instances[0]!.setFullScreen).toHaveBeenLastCalledWith(false);
  });

  it('opens full screen on the external display, hardened like every window, showing the meeting’s projector route', () => {
    const { electron, controller } = setUp([laptop, projector]);
    expect(controller.open('m-1')).toEqual({ display: 'external' });
    const [window] = electron.BrowserWindow.instances;
    expect(window!.options.webPreferences).toMatchObject({
      preload: '/app/projectorPreload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window!.loadURL).toHaveBeenCalledWith('app://malsamtal/index.html#/projektor/m-1');
    expect(window!.setBounds).toHaveBeenCalledWith(projector.bounds);
    expect(window!.setFullScreen).toHaveBeenLastCalledWith(true);
  });

  it('opens as an ordinary window without a second screen, and moves there when one is plugged in', () => {
    const { electron, controller, current, changeDisplays } = setUp([laptop]);
    expect(controller.open('m-1')).toEqual({ display: 'window' });
    const [window] = electron.BrowserWindow.instances;
    expect(window!.setFullScreen).toHaveBeenLastCalledWith(false);

    current.displays = [laptop, projector];
    changeDisplays();
    expect(window!.setBounds).toHaveBeenLastCalledWith(projector.bounds);
    expect(window!.setFullScreen).toHaveBeenLastCalledWith(true);

    current.displays = [laptop];
    changeDisplays();
    expect(window!.setFullScreen).toHaveBeenLastCalledWith(false);
  });

  it('keeps one projector window: a second open reuses it, and closing it lets a new one open', () => {
    const { electron, controller } = setUp([laptop, projector]);
    controller.open('m-1');
    controller.open('m-2');
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(electron.BrowserWindow.instances[0]!.loadURL).toHaveBeenLastCalledWith('app://malsamtal/index.html#/projektor/m-2');

    electron.BrowserWindow.instances[0]!.emit('closed');
    controller.open('m-2');
    expect(electron.BrowserWindow.instances).toHaveLength(2);
  });

  it('never takes the keyboard from the chair: it shows without focus, and a reopen leaves focus where it is', () => {
    const { electron, controller } = setUp([laptop, projector]);
    controller.open('m-1');
    const [window] = electron.BrowserWindow.instances;
    expect(window!.options.show).toBe(false);
    window!.emit('ready-to-show');
    expect(window!.showInactive).toHaveBeenCalledTimes(1);
    expect(window!.show).not.toHaveBeenCalled();

    controller.open('m-2');
    expect(window!.focus).not.toHaveBeenCalled();
    expect(window!.show).not.toHaveBeenCalled();
  });

  it('closes on request and does nothing when there is none', () => {
    const { electron, controller } = setUp([laptop]);
    controller.close();
    controller.open('m-1');
    const close = vi.fn();
    electron.BrowserWindow.instances[0]!.close = close;
    controller.close();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('names its page’s web contents while it is open, so the main process can tell the projector’s calls, and none after', () => {
    const { electron, controller } = setUp([laptop]);
    expect(controller.contents()).toBeNull();
    controller.open('m-1');
    const [window] = electron.BrowserWindow.instances;
    expect(controller.contents()).toBe(window!.webContents);
    window!.isDestroyed.mockReturnValue(true);
    expect(controller.contents()).toBeNull();
    window!.isDestroyed.mockReturnValue(false);
    controller.close();
    expect(controller.contents()).toBeNull();
  });
});
