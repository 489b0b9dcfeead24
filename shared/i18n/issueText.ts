/**
 * A validation message in its two parts: where the problem is ("Mål 3, fråga 1") and what it is ("text saknas").
 * `where` is null for a problem of the whole file. A form shows `what` beside the field; a list shows the sentence.
 */
export interface IssueText {
  where: string | null;
  what: string;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

/** The message as one sentence: "Mål 3: titel saknas", or "Filen är inte giltig JSON" when it concerns the whole. */
export function issueSentence({ where, what }: IssueText): string {
  return where === null ? capitalise(what) : `${where}: ${what}`;
}
