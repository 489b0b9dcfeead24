import { describe, expect, it } from 'vitest';
import { messagesFor } from '../shared/i18n/messages';
import { aboutBox } from './about';

const facts = { version: '0.1.0', dataFolder: 'C:\\Users\\sekr\\AppData\\Roaming\\Målsamtal' };

describe('About box', () => {
  it('shows the version, the licence and the data folder, in Swedish', () => {
    const box = aboutBox(messagesFor('sv'), facts);
    expect(box.title).toBe('Om Målsamtal');
    expect(box.message).toBe('Målsamtal 0.1.0');
    expect(box.detail).toContain('Version 0.1.0');
    expect(box.detail).toContain('Licens: EUPL-1.2');
    expect(box.detail).toContain('C:\\Users\\sekr\\AppData\\Roaming\\Målsamtal');
    expect(box.buttons).toEqual(['OK']);
  });

  it('follows the user to English', () => {
    const box = aboutBox(messagesFor('en'), facts);
    expect(box.title).toBe('About Målsamtal');
    expect(box.detail).toContain('Licence: EUPL-1.2');
    expect(box.detail).toContain('Your data is kept on this computer');
  });
});
