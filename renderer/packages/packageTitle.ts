import type { Messages } from '../../shared/i18n/messages';
import type { RemissPackage } from '../../shared/remiss/remissPackage';

/** A package's title as lists and headings show it: a package started from nothing has none yet. */
export const shownTitle = (content: Pick<RemissPackage, 'title'>, messages: Messages): string =>
  content.title.trim() || messages.packageEditor.untitled;
