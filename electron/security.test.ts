import { describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
  hardenSession,
  hasLocalSpellchecker,
  ipcCallerPolicy,
  isRequestAllowed,
  isTrustedSender,
  secureWebPreferences,
} from './security';

type Listener = (...args: unknown[]) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => (openHandler = handler)),
    emit(event: string, ...args: unknown[]) {
      listeners.get(event)?.(...args);
    },
    open: (url: string) => openHandler!({ url }),
  };
}

const navigationEvent = (url?: string) => ({ preventDefault: vi.fn(), url });

describe('spell checking', () => {
  it('uses the system’s own dictionaries on Windows and macOS, and stays off on Linux, where Chromium would download them', () => {
    expect(['win32', 'darwin', 'linux'].map((platform) => hasLocalSpellchecker(platform as NodeJS.Platform))).toEqual([true, true, false]);
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({ spellcheck: false });
  });
});

describe('secureWebPreferences', () => {
  it('turns on every isolation Electron’s security checklist asks for', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });
});

describe('isRequestAllowed', () => {
  it.each(['app://malsamtal/index.html', 'app://malsamtal/assets/index.js', 'data:image/png;base64,AAAA', 'blob:app://malsamtal/1234'])(
    'lets the app load its own %s',
    (url) => expect(isRequestAllowed(url)).toBe(true),
  );

  it.each([
    'https://fonts.googleapis.com/css',
    'http://127.0.0.1:8080/',
    'wss://example.org/',
    'file:///etc/passwd',
    'app://other/',
    'ftp://x/',
    'chrome-extension://fmkadmapgofadopljbjfkapdkoienihi/main.html',
  ])('blocks %s, which would leave the app or is not its own', (url) => expect(isRequestAllowed(url)).toBe(false));
});

describe('hardenSession', () => {
  function hardened() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as never);
    return session;
  }

  it('denies every permission a page asks for, and every permission check', () => {
    const session = hardened();
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(checkHandler()).toBe(false);
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]![0] as () => boolean;
    expect(deviceHandler()).toBe(false);
  });

  it('cancels every request that is not the app’s own content, and lets the app’s own through', () => {
    const session = hardened();
    const filter = session.webRequest.onBeforeRequest.mock.calls[0]![0] as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const decide = (url: string) => {
      const callback = vi.fn();
      filter({ url }, callback);
      return callback.mock.calls[0]![0];
    };
    expect(decide('https://example.org/tracker.js')).toEqual({ cancel: true });
    expect(decide('http://192.0.2.1/')).toEqual({ cancel: true });
    expect(decide('app://malsamtal/index.html')).toEqual({ cancel: false });
  });
});

describe('guardWebContents', () => {
  it('stops navigation, frame navigation and redirects away from the app', () => {
    const contents = fakeWebContents();
    guardWebContents(contents as never, vi.fn());

    const away = navigationEvent();
    contents.emit('will-navigate', away, 'https://example.org/');
    expect(away.preventDefault).toHaveBeenCalled();

    const frameAway = navigationEvent('file:///etc/passwd');
    contents.emit('will-frame-navigate', frameAway);
    expect(frameAway.preventDefault).toHaveBeenCalled();

    const redirect = navigationEvent();
    contents.emit('will-redirect', redirect, 'https://example.org/');
    expect(redirect.preventDefault).toHaveBeenCalled();

    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('lets the app move between its own pages', () => {
    const contents = fakeWebContents();
    guardWebContents(contents as never, vi.fn());
    const inside = navigationEvent();
    contents.emit('will-navigate', inside, 'app://malsamtal/index.html#/projector');
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('opens no new windows, and hands only mailto: links to the mail program', () => {
    const contents = fakeWebContents();
    const openMail = vi.fn();
    guardWebContents(contents as never, openMail);

    expect(contents.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(contents.open('app://malsamtal/index.html')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openMail).not.toHaveBeenCalled();

    expect(contents.open('mailto:kommunstyrelsen@vaggeryd.se?subject=Svar')).toEqual({ action: 'deny' });
    expect(openMail).toHaveBeenCalledExactlyOnceWith('mailto:kommunstyrelsen%40vaggeryd.se?subject=Svar&body=');
  });

  it('hands on a mailto: link rebuilt with only its addresses, subject and body, and nothing of a hostile one', () => {
    const contents = fakeWebContents();
    const openMail = vi.fn();
    guardWebContents(contents as never, openMail);

    contents.open('mailto:kommunstyrelsen@vaggeryd.se?subject=Svar&attach=C:%5CUsers%5Csekr%5Chemligt.docx&cc=x@example.org');
    expect(openMail).toHaveBeenLastCalledWith('mailto:kommunstyrelsen%40vaggeryd.se?subject=Svar&body=');
    contents.open('mailto:x%0D%0ABcc:spion@example.org');
    contents.open(`mailto:a@b.se?body=${'x'.repeat(100_000)}`);
    expect(openMail).toHaveBeenCalledOnce();
  });
});

describe('isTrustedSender', () => {
  const top = { url: 'app://malsamtal/index.html', parent: null };

  it('trusts the top frame of the app’s own page', () => {
    expect(isTrustedSender(top as never)).toBe(true);
  });

  it.each([
    ['no frame at all', null],
    ['a sub-frame of our page', { url: 'app://malsamtal/index.html', parent: top }],
    ['a foreign page', { url: 'https://example.org/', parent: null }],
    ['a local file', { url: 'file:///tmp/evil.html', parent: null }],
  ])('refuses %s', (_, frame) => {
    expect(isTrustedSender(frame as never)).toBe(false);
  });
});

describe('ipcCallerPolicy', () => {
  const main = { window: 'main' };
  const projector = { window: 'projector' };
  const top = { url: 'app://malsamtal/index.html', parent: null };
  const policy = ipcCallerPolicy({ main: () => main, projector: () => projector });
  const caller = (sender: unknown, senderFrame: unknown) => ({ sender, senderFrame }) as never;

  it('lets the main window’s top frame make every call', () => {
    for (const method of ['getAppInfo', 'saveFile', 'openFile', 'storeBackup', 'setLanguage', 'confirmClose'] as const)
      expect(policy(method, caller(main, top))).toBe(true);
  });

  it('lets the projector window’s top frame read the app’s facts and nothing else', () => {
    expect(policy('getAppInfo', caller(projector, top))).toBe(true);
    for (const method of ['saveFile', 'openFile', 'storeBackup', 'setLanguage', 'openProjector', 'closeProjector', 'confirmClose'] as const)
      expect(policy(method, caller(projector, top))).toBe(false);
  });

  it('refuses a frame inside either window, a foreign page in them, and any other web contents', () => {
    expect(policy('getAppInfo', caller(main, { ...top, parent: top }))).toBe(false);
    expect(policy('getAppInfo', caller(projector, { url: 'https://example.org/', parent: null }))).toBe(false);
    expect(policy('getAppInfo', caller({ window: 'another' }, top))).toBe(false);
    expect(policy('getAppInfo', caller(main, null))).toBe(false);
  });

  it('refuses everything from a window that is closed', () => {
    const closed = ipcCallerPolicy({ main: () => null, projector: () => null });
    expect(closed('getAppInfo', caller(undefined, top))).toBe(false);
    expect(closed('getAppInfo', caller(null, top))).toBe(false);
  });
});
