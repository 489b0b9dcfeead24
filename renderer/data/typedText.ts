import { reviseText, type RevisedText, type TextWrite, type TypingHint } from '../../shared/text/mergeText';

/**
 * A text as typed in a field, with what the field last saw of it in the database: written over that revision, or
 * merged with what another window wrote since. A plain string is written as it is, over whatever is stored.
 */
export type TypedText =
  | string
  | ({
      text: string;
      seen: RevisedText;
      /** Joins two versions that changed the same words into one text, marking where the other begins. */
      keepBoth: (mine: string, theirs: string) => string;
    } & TypingHint);

/** What to write over the stored text for what was typed. */
export function revise(stored: RevisedText, typed: TypedText): TextWrite {
  if (typeof typed === 'string') return reviseText(stored, stored, typed, () => typed);
  return reviseText(stored, typed.seen, typed.text, typed.keepBoth, typed);
}
