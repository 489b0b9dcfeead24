import type { MenuItemConstructorOptions } from 'electron';
import { languages, messagesFor, type Language, type Messages } from '../shared/i18n/messages';

export interface MenuOptions {
  isMac: boolean;
  isPackaged: boolean;
  onAbout: () => void;
  language: Language;
  onLanguage: (language: Language) => void;
}

/** The application menu in the user's language (Swedish unless they chose otherwise). */
export function buildMenuTemplate(
  m: Messages['menu'],
  { isMac, isPackaged, onAbout, language, onLanguage }: MenuOptions,
): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Målsamtal',
          submenu: [
            { label: m.about, click: onAbout },
            { type: 'separator' },
            { role: 'services', label: m.services },
            { type: 'separator' },
            { role: 'hide', label: m.hide },
            { role: 'hideOthers', label: m.hideOthers },
            { role: 'unhide', label: m.unhide },
            { type: 'separator' },
            { role: 'quit', label: m.quit },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: m.file,
      submenu: [
        { role: 'close', label: m.close },
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: m.quit } as const]),
      ],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        ...(isPackaged ? [] : [{ role: 'reload', label: m.reload } as const, { role: 'toggleDevTools', label: m.devTools } as const]),
        { role: 'resetZoom', label: m.resetZoom },
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullscreen },
        { type: 'separator' },
        {
          label: m.language,
          // Each language named in itself, so a user who cannot read the current one still finds their own.
          submenu: languages.map((code) => ({
            label: messagesFor(code).language.names[code],
            type: 'radio' as const,
            checked: code === language,
            click: () => onLanguage(code),
          })),
        },
      ],
    },
    { label: m.window, submenu: [{ role: 'minimize', label: m.minimize }] },
    ...(isMac ? [] : [{ label: m.help, submenu: [{ label: m.about, click: onAbout }] }]),
  ];
}
