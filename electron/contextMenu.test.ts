import { describe, expect, it } from 'vitest';
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

describe('the right-click menu', () => {
  it('offers undo, cut, copy, paste and select all in a text field, in Swedish, greying what cannot be done', () => {
    const template = contextMenuTemplate(sv, { isEditable: true, selectionText: 'ambitionsnivå', editFlags: flags });
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
    expect(contextMenuTemplate(sv, { isEditable: false, selectionText: 'Mål 2', editFlags: flags }).map((item) => item.role)).toEqual([
      'copy',
    ]);
    expect(contextMenuTemplate(sv, { isEditable: false, selectionText: '  ', editFlags: flags })).toEqual([]);
  });

  it('speaks English when the user chose English', () => {
    const labels = contextMenuTemplate(messagesFor('en').menu, { isEditable: true, selectionText: '', editFlags: flags }).map(
      (item) => item.label,
    );
    expect(labels).toContain('Paste');
  });
});
