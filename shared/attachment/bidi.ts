/**
 * Right-to-left text for a writer that draws left to right. The font engine orders the letters within a Hebrew or
 * Arabic word; what is left is the order of the words on each line, decided here as the Unicode bidi rules would
 * for the text a board writes: Swedish with Hebrew or Arabic words in it, or a right-to-left paragraph with Latin
 * names and numbers in it.
 */

export const rightToLeft = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** A letter of any left-to-right script: Latin, Greek, Cyrillic, Devanagari, Ethiopic … (a letter, less the right-to-left ones). */
const leftToRight = /[^\P{L}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

const isRtlWord = (token: string) => rightToLeft.test(token) && !leftToRight.test(token);

/** The paragraph's direction, from its first strong character, as the Unicode bidi rules decide it. */
export function isRightToLeftParagraph(text: string): boolean {
  const strong = /\p{L}/u.exec(text);
  return strong !== null && rightToLeft.test(strong[0]);
}

/** A run of right-to-left words turned to visual order; a word's punctuation goes to its left, where it is read last. */
function turnRun(run: string[]): string[] {
  return run
    .map((token) => {
      const before = /^[^\p{L}\p{N}\s]*/u.exec(token)?.[0] ?? '';
      const after = /[^\p{L}\p{N}\s]*$/u.exec(token.slice(before.length))?.[0] ?? '';
      return after + token.slice(before.length, token.length - after.length) + before;
    })
    .reverse();
}

/**
 * One line in the order pdfkit must draw it, left to right. The font engine already orders the letters within a
 * Hebrew or Arabic word, so only word order is turned: in a left-to-right line, each run of right-to-left words; in a
 * right-to-left line, the whole sequence of runs, with left-to-right runs kept reading forwards.
 */
export function visualWordOrder(line: string, rightToLeftBase = false): string {
  const tokens = line.split(/( +)/);
  if (rightToLeftBase) {
    const words = tokens.filter((token) => token.trim() !== '');
    const runs: { rtl: boolean; words: string[] }[] = [];
    for (const word of words) {
      const last = runs[runs.length - 1];
      // A word without letters (a number, a dash) goes with the run before it, as numbers after Latin text do.
      const rtl = isRtlWord(word) ? true : leftToRight.test(word) ? false : (last?.rtl ?? true);
      if (last && last.rtl === rtl) last.words.push(word);
      else runs.push({ rtl, words: [word] });
    }
    return runs
      .reverse()
      .map((run) => (run.rtl ? turnRun(run.words) : run.words).join(' '))
      .join(' ');
  }
  const result: string[] = [];
  for (let index = 0; index < tokens.length;) {
    if (!isRtlWord(tokens[index] ?? '')) {
      result.push(tokens[index] ?? '');
      index += 1;
      continue;
    }
    let end = index;
    while (end + 2 < tokens.length && isRtlWord(tokens[end + 2] ?? '')) end += 2;
    // Punctuation at the run's edges belongs to the surrounding left-to-right text, as the Unicode bidi rules say.
    const run = tokens.slice(index, end + 1);
    const first = run[0] ?? '';
    const last = run[run.length - 1] ?? '';
    const lead = /^[^\p{L}\p{N}]*/u.exec(first)?.[0] ?? '';
    const trail = /[^\p{L}\p{N}]*$/u.exec(last)?.[0] ?? '';
    run[0] = first.slice(lead.length);
    run[run.length - 1] = (run[run.length - 1] ?? '').slice(0, (run[run.length - 1] ?? '').length - trail.length);
    result.push(lead, ...turnRun(run), trail);
    index = end + 1;
  }
  return result.join('');
}
