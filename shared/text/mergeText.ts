/** base[start, end) replaced by insert: the one stretch in which a text differs from the text it was changed from. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Where `changed` differs from `base`: all that lies between their common start and their common end. Its edges
 * never fall inside a character written as two UTF-16 units, so splicing two such edits never breaks one.
 */
export function editBetween(base: string, changed: string): TextEdit | null {
  if (base === changed) return null;
  const shorter = Math.min(base.length, changed.length);
  let start = 0;
  while (start < shorter && base.charCodeAt(start) === changed.charCodeAt(start)) start += 1;
  if (start > 0 && isHighSurrogate(base.charCodeAt(start - 1))) start -= 1;
  let same = 0;
  while (same < shorter - start && base.charCodeAt(base.length - 1 - same) === changed.charCodeAt(changed.length - 1 - same)) same += 1;
  if (same > 0 && isLowSurrogate(base.charCodeAt(base.length - same))) same -= 1;
  return { start, end: base.length - same, insert: changed.slice(start, changed.length - same) };
}

export type MergeOutcome = 'merged' | 'keptBoth';

/**
 * Two changes made to the same text at the same time, `mine` and `theirs`, both from `base`. Edits in different
 * places are both applied; where the two typed at the same spot, theirs (written first) comes first and mine after it.
 * Where both changed the same stretch, no guess is made: the result is mine with theirs after it, `keepBoth` marking
 * where theirs begins. Nothing either side typed is ever dropped.
 */
export function mergeTexts(
  base: string,
  mine: string,
  theirs: string,
  keepBoth: (mine: string, theirs: string) => string,
): { text: string; outcome: MergeOutcome | null } {
  const my = editBetween(base, mine);
  const their = editBetween(base, theirs);
  if (their === null || mine === theirs) return { text: mine, outcome: null };
  if (my === null) return { text: theirs, outcome: 'merged' };
  const inOrder = their.end <= my.start ? [their, my] : my.end <= their.start ? [my, their] : null;
  if (inOrder === null) return { text: keepBoth(mine, theirs), outcome: 'keptBoth' };
  const [first, second] = inOrder as [TextEdit, TextEdit];
  return {
    text: base.slice(0, first.start) + first.insert + base.slice(first.end, second.start) + second.insert + base.slice(second.end),
    outcome: 'merged',
  };
}

/** A text as stored, with the number of times it has been written: a field that saw revision n writes over n only. */
export interface RevisedText {
  text: string;
  revision: number;
}

export interface TextWrite extends RevisedText {
  /** Null when the text was written as typed; otherwise what was done with a change from elsewhere. */
  outcome: MergeOutcome | null;
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
): TextWrite {
  if (stored.revision === seen.revision || stored.text === seen.text)
    return { text: typed, revision: typed === stored.text ? stored.revision : stored.revision + 1, outcome: null };
  const merged = mergeTexts(seen.text, typed, stored.text, keepBoth);
  return { text: merged.text, revision: merged.text === stored.text ? stored.revision : stored.revision + 1, outcome: merged.outcome };
}

/** Where a caret at `caret` in `before` belongs once the text reads `after`: it stays with the text around it. */
export function caretAfterChange(before: string, after: string, caret: number): number {
  const edit = editBetween(before, after);
  if (edit === null || caret <= edit.start) return caret;
  if (caret >= edit.end) return caret + edit.insert.length - (edit.end - edit.start);
  return edit.start + edit.insert.length;
}
