/** A no-break space: "§ 45" and "KS 2019/160" must never be split across two lines of a protocol. */
export const NO_BREAK_SPACE = '\u00a0';

/** Joins a text's words with no-break spaces, so a paragraph sign, a diarienummer or a date stays on one line. */
export function unbroken(text: string): string {
  return text.trim().replace(/ +/g, NO_BREAK_SPACE);
}

/**
 * The Swedish genitive of a name, as Språkrådet's rules write it: an s is added ("Barn- och utbildningsnämndens",
 * "Vaggeryds kommuns"); a name that already ends in s, x or z takes none ("Kultur och fritid Hans", "Växjö Linux");
 * an abbreviation or a name ending in a digit takes a colon before the s ("Vaggeryd-Skillingaryds Bostads AB:s",
 * "KS:s", "Område 13:s").
 */
export function swedishGenitive(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return trimmed;
  const lastWord = trimmed.split(/[\s\u00a0-]+/).pop() ?? trimmed;
  const isAbbreviation = /^[\p{Lu}\d&]{2,}$/u.test(lastWord) || /\d$/.test(lastWord);
  if (isAbbreviation) return `${trimmed}:s`;
  return /[sxz]$/i.test(trimmed) ? trimmed : `${trimmed}s`;
}
