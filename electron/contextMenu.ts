import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { Messages } from '../shared/i18n/messages';

export type ContextMenuContext = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'> &
  Partial<Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions'>>;

export interface SpellingActions {
  replace: (word: string) => void;
  learn: (word: string) => void;
}

/** A misspelled word's suggestions, then "add to the dictionary"; nothing when the word is spelled right. */
function spellingItems(m: Messages['menu'], context: ContextMenuContext, actions: SpellingActions): MenuItemConstructorOptions[] {
  const word = context.misspelledWord ?? '';
  if (word === '') return [];
  const suggestions = (context.dictionarySuggestions ?? []).slice(0, 5);
  return [
    ...(suggestions.length > 0
      ? suggestions.map((suggestion): MenuItemConstructorOptions => ({ label: suggestion, click: () => actions.replace(suggestion) }))
      : [{ label: m.noSuggestions, enabled: false }]),
    { label: m.addToDictionary, click: () => actions.learn(word) },
    { type: 'separator' },
  ];
}

/**
 * The right-click menu a secretary expects in a text field (spelling suggestions, undo, cut, copy, paste, select all,
 * in Swedish), and "copy" over selected text elsewhere; nothing where there is nothing to do. Items the field cannot
 * do are greyed.
 */
export function contextMenuTemplate(
  m: Messages['menu'],
  context: ContextMenuContext,
  spelling: SpellingActions,
): MenuItemConstructorOptions[] {
  const { isEditable, selectionText, editFlags } = context;
  if (isEditable)
    return [
      ...spellingItems(m, context, spelling),
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
