import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { messagesFor } from '../shared/i18n/messages';
import { buildMenuTemplate } from './menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.label ? [item.label] : []), ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);
}

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);

describe('application menu', () => {
  it('speaks Swedish by default, on Windows and Linux', () => {
    const template = buildMenuTemplate(messagesFor('sv').menu, {
      isMac: false,
      isPackaged: true,
      onAbout: vi.fn(),
      language: 'sv',
      onLanguage: vi.fn(),
    });
    expect(template.map((item) => item.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(labels(template)).toEqual(expect.arrayContaining(['Ångra', 'Klistra in', 'Avsluta Målsamtal', 'Om Målsamtal']));
  });

  it('follows the user to English', () => {
    const template = buildMenuTemplate(messagesFor('en').menu, {
      isMac: false,
      isPackaged: true,
      onAbout: vi.fn(),
      language: 'sv',
      onLanguage: vi.fn(),
    });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('puts the app menu first on macOS, as Mac users expect', () => {
    const template = buildMenuTemplate(messagesFor('sv').menu, {
      isMac: true,
      isPackaged: true,
      onAbout: vi.fn(),
      language: 'sv',
      onLanguage: vi.fn(),
    });
    expect(template[0]!.label).toBe('Målsamtal');
    expect(template.map((item) => item.label)).not.toContain('Hjälp');
  });

  it('offers developer tools and reload only in a development build', () => {
    const packaged = roles(
      buildMenuTemplate(messagesFor('sv').menu, { isMac: false, isPackaged: true, onAbout: vi.fn(), language: 'sv', onLanguage: vi.fn() }),
    );
    const development = roles(
      buildMenuTemplate(messagesFor('sv').menu, { isMac: false, isPackaged: false, onAbout: vi.fn(), language: 'sv', onLanguage: vi.fn() }),
    );
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(development).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('opens the About box from the Help menu', () => {
    const onAbout = vi.fn();
    const template = buildMenuTemplate(messagesFor('sv').menu, {
      isMac: false,
      isPackaged: true,
      onAbout,
      language: 'sv',
      onLanguage: vi.fn(),
    });
    const help = template.find((item) => item.label === 'Hjälp')!.submenu as MenuItemConstructorOptions[];
    (help[0]!.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('offers the language in the View menu, each named in itself, the current one checked, and tells the page the choice', () => {
    const onLanguage = vi.fn();
    const template = buildMenuTemplate(messagesFor('en').menu, {
      isMac: false,
      isPackaged: true,
      onAbout: vi.fn(),
      language: 'en',
      onLanguage,
    });
    const view = template.find((item) => item.label === 'View')!.submenu as MenuItemConstructorOptions[];
    const languageMenu = view.find((item) => item.label === 'Language')!.submenu as MenuItemConstructorOptions[];
    expect(languageMenu.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['Svenska', 'radio', false],
      ['English', 'radio', true],
    ]);
    (languageMenu[0]!.click as () => void)();
    expect(onLanguage).toHaveBeenCalledWith('sv');
  });
});
