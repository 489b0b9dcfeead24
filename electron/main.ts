import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEME } from '../shared/appOrigin';
import { defaultLanguage, messagesFor, type Language } from '../shared/i18n/messages';
import { ipcEvents } from '../shared/ipc/channels';
import { aboutBox } from './about';
import { createAppRequestHandler, registerAppScheme } from './appProtocol';
import { latestAutomaticBackup, readDataRecord, readLatestAutomaticBackup, storeBackupInFolder, writeDataRecord } from './backups';
import { guardWindowClose, type CloseGuard } from './closeGuard';
import { contextMenuTemplate } from './contextMenu';
import { appFilesInArgv, createFileOpener, fileRefusalBox } from './fileOpen';
import { backupFolderOnDisk, readFileUpTo, writeFileAtomic } from './files';
import { createIpcHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { createMainWindow } from './mainWindow';
import { createProjectorController, type ProjectorController } from './projectorWindow';
import { buildMenuTemplate } from './menu';
import { guardWebContents, hardenSession, hasLocalSpellchecker, ipcCallerPolicy } from './security';

const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const projectorPreloadPath = path.join(__dirname, 'projectorPreload.cjs');
const windowStateFile = (): string => path.join(app.getPath('userData'), 'window-state.json');

/** The automatic backups, and beside them the record of what the database held. */
const backupFolder = backupFolderOnDisk(
  () => path.join(app.getPath('userData'), 'Säkerhetskopior'),
  () => new Date(),
);

let mainWindow: BrowserWindow | null = null;
let mainCloseGuard: CloseGuard | null = null;
let projector: ProjectorController | null = null;
let language: Language = defaultLanguage;

registerAppScheme(protocol);

function showAbout(): void {
  void dialog.showMessageBox(aboutBox(messagesFor(language), { version: app.getVersion(), dataFolder: app.getPath('userData') }));
}

const fileOpener = createFileOpener({
  fs: { stat, readFile },
  send: (file) => mainWindow?.webContents.send(ipcEvents.fileOpened, file),
  refuse: (refusal) => void dialog.showMessageBox(fileRefusalBox(messagesFor(language), refusal)),
});

function applyMenu(): void {
  const template = buildMenuTemplate(messagesFor(language).menu, {
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    onAbout: showAbout,
    language,
    onLanguage: (chosen) => mainWindow?.webContents.send(ipcEvents.languageChosen, chosen),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    createWindow: (options) => new BrowserWindow(options),
    preloadPath,
    spellcheck: hasLocalSpellchecker(process.platform),
    workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    readState: () => {
      try {
        return readFileSync(windowStateFile(), 'utf8');
      } catch {
        return null;
      }
    },
    writeState: (serialized) => {
      // Where the window was is a convenience; failing to note it must not stop the window from closing.
      try {
        writeFileSync(windowStateFile(), serialized);
      } catch {
        /* the next start opens at the default size */
      }
    },
  });
  // A reload replaces the page and its preload; a change of #route does not.
  mainWindow.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) fileOpener.pageGone();
  });
  mainWindow.webContents.on('did-finish-load', () => fileOpener.pageReady());
  // Closing or quitting waits until the page has written the last keystrokes.
  mainCloseGuard = guardWindowClose(mainWindow, { channel: ipcEvents.closeRequested });
  mainWindow.on('closed', () => {
    mainWindow = null;
    mainCloseGuard = null;
    fileOpener.pageGone();
    // The projector belongs to the meeting on the laptop: without it, the room's screen closes too.
    projector?.close();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    void fileOpener.open(appFilesInArgv(argv, workingDirectory));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS hands a double-clicked file over by event, also before the app is ready.
  app.on('open-file', (event, filePath: string) => {
    event.preventDefault();
    void fileOpener.open([filePath]);
  });
  app.on('web-contents-created', (_event, contents) => {
    // Only the chair's window sends mail; the projector's page has no reason to.
    guardWebContents(contents, (mail) => {
      if (contents === mainWindow?.webContents) void shell.openExternal(mail);
    });
    contents.on('context-menu', (_menuEvent, params) => {
      const template = contextMenuTemplate(messagesFor(language).menu, params, {
        replace: (word) => contents.replaceMisspelling(word),
        learn: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
      });
      if (template.length > 0) Menu.buildFromTemplate(template).popup();
    });
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot, readFile));
    hardenSession(session.defaultSession);
    // Windows checks the languages it is told; macOS follows the system's own choice.
    if (process.platform === 'win32') session.defaultSession.setSpellCheckerLanguages(['sv-SE']);
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
        fileExists: (file) =>
          access(file).then(
            () => true,
            () => false,
          ),
        storeBackup: (bytes) => storeBackupInFolder(backupFolder, bytes),
        readLatestBackup: () => readLatestAutomaticBackup(backupFolder),
        latestBackup: () => latestAutomaticBackup(backupFolder),
        readDataRecord: () => readDataRecord(backupFolder),
        writeDataRecord: (meetings) => writeDataRecord(backupFolder, meetings),
        projector: (projector = createProjectorController({
          createWindow: (options) => new BrowserWindow(options),
          preloadPath: projectorPreloadPath,
          displays: () => screen.getAllDisplays(),
          primaryDisplayId: () => screen.getPrimaryDisplay().id,
          mainWindowBounds: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.getBounds() : null),
          displayMatching: (bounds) => screen.getDisplayMatching(bounds),
          onDisplaysChanged: (listener) => {
            screen.on('display-added', listener);
            screen.on('display-removed', listener);
          },
        })),
        fileSize: async (file) => (await stat(file)).size,
        readFileUpTo,
        currentLanguage: () => language,
        onLanguageChanged: (next) => {
          language = next;
          applyMenu();
        },
        answerClose: (window, close) => {
          if (window && window === mainWindow) mainCloseGuard?.answer(close);
        },
      }),
      ipcCallerPolicy({
        main: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
        projector: () => projector?.contents() ?? null,
      }),
    );
    applyMenu();
    openMainWindow();
    void fileOpener.open(appFilesInArgv(process.argv, process.cwd()));
    void fileOpener.appReady();
  });
}
