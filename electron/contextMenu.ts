import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { Messages } from '../shared/i18n/messages';

export type ContextMenuContext = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>;

/**
 * The right-click menu a secretary expects in a text field (undo, cut, copy, paste, select all, in Swedish), and
 * "copy" over selected text elsewhere; nothing where there is nothing to do. Items the field cannot do are greyed.
 */
export function contextMenuTemplate(
  m: Messages['menu'],
  { isEditable, selectionText, editFlags }: ContextMenuContext,
): MenuItemConstructorOptions[] {
  if (isEditable)
    return [
      { role: 'undo', label: m.undo, enabled: editFlags.canUndo },
      { role: 'redo', label: m.redo, enabled: editFlags.canRedo },
      { type: 'separator' },
      { role: 'cut', label: m.cut, enabled: editFlags.canCut },
      { role: 'copy', label: m.copy, enabled: editFlags.canCopy },
      { role: 'paste', label: m.paste, enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: m.selectAll, enabled: editFlags.canSelectAll },
    ];
  if (selectionText.trim() !== '') return [{ role: 'copy', label: m.copy, enabled: editFlags.canCopy }];
  return [];
}
