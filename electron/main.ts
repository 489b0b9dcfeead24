import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEME } from '../shared/appOrigin';
import { defaultLanguage, messagesFor, type Language } from '../shared/i18n/messages';
import { createAppRequestHandler, registerAppScheme } from './appProtocol';
import { readFileUpTo, writeFileAtomic } from './files';
import { createIpcHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu';
import { guardWebContents, hardenSession, isTrustedSender } from './security';

const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const windowStateFile = (): string => path.join(app.getPath('userData'), 'window-state.json');

let mainWindow: BrowserWindow | null = null;
let language: Language = defaultLanguage;

registerAppScheme(protocol);

function showAbout(): void {
  const m = messagesFor(language);
  void dialog.showMessageBox({ type: 'info', title: m.menu.about, message: `${m.app.name} ${app.getVersion()}`, detail: m.app.tagline });
}

function applyMenu(): void {
  const template = buildMenuTemplate(messagesFor(language).menu, {
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    onAbout: showAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    createWindow: (options) => new BrowserWindow(options),
    preloadPath,
    workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    readState: () => {
      try {
        return readFileSync(windowStateFile(), 'utf8');
      } catch {
        return null;
      }
    },
    writeState: (serialized) => writeFileSync(windowStateFile(), serialized),
  });
  mainWindow.on('closed', () => (mainWindow = null));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => void shell.openExternal(url)));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot, readFile));
    hardenSession(session.defaultSession);
    registerIpcHandlers(
      ipcMain,
      createIpcHandlers({
        appInfo: () => ({
          name: app.getName(),
          version: app.getVersion(),
          shell: 'electron',
          platform: process.platform,
          versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '' },
        }),
        dialog,
        windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
        documentsFolder: () => app.getPath('documents'),
        writeFileAtomic,
        readFileUpTo,
        currentLanguage: () => language,
        onLanguageChanged: (next) => {
          language = next;
          applyMenu();
        },
      }),
      isTrustedSender,
    );
    applyMenu();
    openMainWindow();
  });
}
