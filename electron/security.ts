import type { IpcMainInvokeEvent, Session, WebContents, WebFrameMain, WebPreferences } from 'electron';
import { isAppUrl } from '../shared/appOrigin';
import { safeMailtoLink } from '../shared/attachment/mailto';
import { isProjectorMethod, type IpcMethod } from '../shared/ipc/channels';

/**
 * Spell checking with the system's own dictionaries, where the system has them: Windows and macOS. On Linux Chromium
 * would fetch Hunspell dictionaries from Google, which the session refuses; there it stays off.
 */
export function hasLocalSpellchecker(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}

/** Electron's security checklist, as the options of every window we open. */
export function secureWebPreferences(preloadPath: string, { spellcheck = false }: { spellcheck?: boolean } = {}): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck,
    safeDialogs: true,
  };
}

/** URL schemes the app's own pages may load besides its own origin; all stay on this machine. No extensions run here. */
const localSchemes = new Set(['data:', 'blob:', 'devtools:']);

/** Whether a request from the app's session may go ahead. Anything not ours is refused: nothing leaves the machine. */
export function isRequestAllowed(rawUrl: string): boolean {
  if (isAppUrl(rawUrl)) return true;
  try {
    return localSchemes.has(new URL(rawUrl).protocol);
  } catch {
    return false;
  }
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/** Refuses every permission and every request that is not the app's own content. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));
}

type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps every page on the app's origin: navigation elsewhere and new windows are refused. A mailto: link is how an
 * answer is sent: rebuilt with only its addresses, subject and body, it goes to `openMail`, which hands it to the
 * user's mail program if the page may send mail at all.
 */
export function guardWebContents(contents: WebContentsLike, openMail: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const mail = safeMailtoLink(url);
    if (mail !== null) openMail(mail);
    return { action: 'deny' };
  });
}

/** Only the top frame of one of our own pages may call the shell. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** The web contents of the app's two windows, each null while its window is not open. */
export interface AppWindows {
  main: () => object | null;
  projector: () => object | null;
}

export type IpcCaller = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Who may make which call: the main window's top frame any; the projector window's top frame only the calls its own
 * bridge offers; nothing else, not even another page of ours, anything.
 */
export function ipcCallerPolicy(windows: AppWindows): (method: IpcMethod, caller: IpcCaller) => boolean {
  return (method, { sender, senderFrame }) => {
    if (!isTrustedSender(senderFrame)) return false;
    const main = windows.main();
    if (main !== null && sender === main) return true;
    const projector = windows.projector();
    return projector !== null && sender === projector && isProjectorMethod(method);
  };
}
