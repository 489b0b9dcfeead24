import { describe, expect, it, vi } from 'vitest';
import { messagesFor } from '../shared/i18n/messages';
import { contextMenuTemplate } from './contextMenu';

const flags = {
  canUndo: true,
  canRedo: false,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false,
};
const sv = messagesFor('sv').menu;
const spelling = () => ({ replace: vi.fn(), learn: vi.fn() });

describe('the right-click menu', () => {
  it('offers undo, cut, copy, paste and select all in a text field, in Swedish, greying what cannot be done', () => {
    const template = contextMenuTemplate(sv, { isEditable: true, selectionText: 'ambitionsnivå', editFlags: flags }, spelling());
    expect(template.filter((item) => item.type !== 'separator').map((item) => [item.role, item.label, item.enabled])).toEqual([
      ['undo', 'Ångra', true],
      ['redo', 'Gör om', false],
      ['cut', 'Klipp ut', true],
      ['copy', 'Kopiera', true],
      ['paste', 'Klistra in', true],
      ['selectAll', 'Markera allt', true],
    ]);
  });

  it('offers only copy over selected text outside a field, and nothing where there is nothing to do', () => {
    expect(
      contextMenuTemplate(sv, { isEditable: false, selectionText: 'Mål 2', editFlags: flags }, spelling()).map((item) => item.role),
    ).toEqual(['copy']);
    expect(contextMenuTemplate(sv, { isEditable: false, selectionText: '  ', editFlags: flags }, spelling())).toEqual([]);
  });

  it('offers the spell checker’s suggestions for a misspelled word first, and to add the word to the dictionary', () => {
    const actions = spelling();
    const template = contextMenuTemplate(
      sv,
      {
        isEditable: true,
        selectionText: '',
        editFlags: flags,
        misspelledWord: 'ambitionsnivå',
        dictionarySuggestions: ['ambitionsnivån', 'ambitionsnivåer'],
      },
      actions,
    );
    expect(template.slice(0, 3).map((item) => item.label)).toEqual(['ambitionsnivån', 'ambitionsnivåer', 'Lägg till i ordlistan']);
    (template[1]!.click as () => void)();
    expect(actions.replace).toHaveBeenCalledWith('ambitionsnivåer');
    (template[2]!.click as () => void)();
    expect(actions.learn).toHaveBeenCalledWith('ambitionsnivå');

    const none = contextMenuTemplate(
      sv,
      { isEditable: true, selectionText: '', editFlags: flags, misspelledWord: 'Vaggeryd', dictionarySuggestions: [] },
      actions,
    );
    expect(none[0]).toMatchObject({ label: 'Inga förslag', enabled: false });
  });

  it('speaks English when the user chose English', () => {
    const labels = contextMenuTemplate(messagesFor('en').menu, { isEditable: true, selectionText: '', editFlags: flags }, spelling()).map(
      (item) => item.label,
    );
    expect(labels).toContain('Paste');
  });
});
