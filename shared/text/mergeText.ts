/** base[start, end) replaced by insert: the one stretch in which a text differs from the text it was changed from. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const splitsPair = (text: string, index: number) =>
  index > 0 && isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index));

/**
 * Where `changed` differs from `base`: all that lies between their common start and their common end. Its edges
 * never fall inside a character written as two UTF-16 units, so splicing two such edits never breaks one. A letter
 * typed into a run of the same letters could have gone anywhere in the run; `caret`, where the caret stood in
 * `changed` after the typing, says where it did.
 */
export function editBetween(base: string, changed: string, caret?: number): TextEdit | null {
  if (base === changed) return null;
  const shorter = Math.min(base.length, changed.length);
  let start = 0;
  while (start < shorter && base.charCodeAt(start) === changed.charCodeAt(start)) start += 1;
  if (start > 0 && isHighSurrogate(base.charCodeAt(start - 1))) start -= 1;
  let same = 0;
  while (same < shorter - start && base.charCodeAt(base.length - 1 - same) === changed.charCodeAt(changed.length - 1 - same)) same += 1;
  if (same > 0 && isLowSurrogate(base.charCodeAt(base.length - same))) same -= 1;
  const end = base.length - same;
  const length = changed.length - same - start;
  if (caret === undefined || start !== end) return { start, end, insert: changed.slice(start, start + length) };
  // An insertion ends where the caret stopped: slide it back along the run of equal letters it was typed into.
  let at = start;
  while (at > 0 && at + length > caret && base.charCodeAt(at - 1) === changed.charCodeAt(at - 1 + length)) at -= 1;
  if (splitsPair(base, at)) at += 1;
  return { start: at, end: at, insert: changed.slice(at, at + length) };
}

export type MergeOutcome = 'merged' | 'keptBoth';

/** What a side knows of its own change that the two texts alone do not tell. */
export interface TypingHint {
  /** Where the caret stood in that side's text after the change (see editBetween). */
  caret?: number;
  /**
   * Where in the base this side's own earlier typing ended, when it was the last to type there; null when it was not.
   * Left out, this side's text always comes first where both typed at one spot (see mergeTexts).
   */
  continuesAt?: number | null;
}

const sameEdit = (a: TextEdit, b: TextEdit) => a.start === b.start && a.end === b.end && a.insert === b.insert;

/**
 * Two changes made to the same text at the same time, `mine` and `theirs`, both from `base`. Edits in different
 * places are both applied. Where the two typed at the same spot, both are kept even when they typed the same (two
 * people's keys are two keys), and the side that was already typing there keeps its place first, so that each one's
 * words stay together as both go on typing: mine comes first when my own typing ended there (`continuesAt`), or when
 * no such account is given, as in a field that puts its own keys before what arrives right at its caret.
 * Where both removed or replaced the same stretch alike, that is done once. Where they changed the same stretch
 * differently, no guess is made: the result is mine with theirs after it, `keepBoth` marking where theirs begins.
 * Nothing either side typed is ever dropped. `mineEnd` is where my change ends in the result.
 */
export function mergeTexts(
  base: string,
  mine: string,
  theirs: string,
  keepBoth: (mine: string, theirs: string) => string,
  hint: TypingHint = {},
): { text: string; outcome: MergeOutcome | null; mineEnd: number | null } {
  const my = editBetween(base, mine, hint.caret);
  const their = editBetween(base, theirs);
  const myEnd = my && my.start + my.insert.length;
  if (their === null) return { text: mine, outcome: null, mineEnd: myEnd };
  if (my === null) return { text: theirs, outcome: 'merged', mineEnd: null };
  if (sameEdit(my, their) && my.start !== my.end) return { text: mine, outcome: null, mineEnd: myEnd };
  const atOneSpot = my.start === my.end && their.start === their.end && my.start === their.start;
  const mineFirst = atOneSpot
    ? hint.continuesAt === undefined || hint.continuesAt === my.start
    : my.end <= their.start
      ? true
      : their.end <= my.start
        ? false
        : null;
  if (mineFirst === null) return { text: keepBoth(mine, theirs), outcome: 'keptBoth', mineEnd: myEnd };
  const [first, second] = mineFirst ? [my, their] : [their, my];
  const head = base.slice(0, first.start) + first.insert;
  const text = head + base.slice(first.end, second.start) + second.insert + base.slice(second.end);
  return { text, outcome: 'merged', mineEnd: mineFirst ? head.length : text.length - (base.length - second.end) };
}

/** A text as stored, with the number of times it has been written: a field that saw revision n writes over n only. */
export interface RevisedText {
  text: string;
  revision: number;
}

export interface TextWrite extends RevisedText {
  /** Null when the text was written as typed; otherwise what was done with a change from elsewhere. */
  outcome: MergeOutcome | null;
  /** Where what was typed ends in the written text (null when nothing was). */
  mineEnd: number | null;
}

/**
 * What to store when `typed` was written in a field that last saw `seen`, and the row now holds `stored`. When no one
 * else wrote in between, the typed text; otherwise the typed text merged with what was written meanwhile.
 */
export function reviseText(
  stored: RevisedText,
  seen: RevisedText,
  typed: string,
  keepBoth: (mine: string, theirs: string) => string,
  hint: TypingHint = {},
): TextWrite {
  const merged =
    stored.revision === seen.revision || stored.text === seen.text
      ? mergeTexts(stored.text, typed, stored.text, keepBoth, hint)
      : mergeTexts(seen.text, typed, stored.text, keepBoth, hint);
  const revision = merged.text === stored.text ? stored.revision : stored.revision + 1;
  return { ...merged, revision };
}

/** Where a caret at `caret` in `before` belongs once the text reads `after`: it stays with the text around it. */
export function caretAfterChange(before: string, after: string, caret: number): number {
  const edit = editBetween(before, after);
  if (edit === null || caret <= edit.start) return caret;
  if (caret >= edit.end) return caret + edit.insert.length - (edit.end - edit.start);
  return edit.start + edit.insert.length;
}
