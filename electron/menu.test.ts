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
    const template = buildMenuTemplate(messagesFor('sv').menu, { isMac: false, isPackaged: true, onAbout: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(labels(template)).toEqual(expect.arrayContaining(['Ångra', 'Klistra in', 'Avsluta Målsamtal', 'Om Målsamtal']));
  });

  it('follows the user to English', () => {
    const template = buildMenuTemplate(messagesFor('en').menu, { isMac: false, isPackaged: true, onAbout: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('puts the app menu first on macOS, as Mac users expect', () => {
    const template = buildMenuTemplate(messagesFor('sv').menu, { isMac: true, isPackaged: true, onAbout: vi.fn() });
    expect(template[0]!.label).toBe('Målsamtal');
    expect(template.map((item) => item.label)).not.toContain('Hjälp');
  });

  it('offers developer tools and reload only in a development build', () => {
    const packaged = roles(buildMenuTemplate(messagesFor('sv').menu, { isMac: false, isPackaged: true, onAbout: vi.fn() }));
    const development = roles(buildMenuTemplate(messagesFor('sv').menu, { isMac: false, isPackaged: false, onAbout: vi.fn() }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(development).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('opens the About box from the Help menu', () => {
    const onAbout = vi.fn();
    const template = buildMenuTemplate(messagesFor('sv').menu, { isMac: false, isPackaged: true, onAbout });
    const help = template.find((item) => item.label === 'Hjälp')!.submenu as MenuItemConstructorOptions[];
    (help[0]!.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });
});
