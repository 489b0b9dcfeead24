/** One marked part of a text: [from, to) in it, and the number of the hit it belongs to. */
export interface MarkedRange {
  from: number;
  to: number;
  hit: number;
}

/**
 * Marks the found parts of a text element: its text is split around them into <mark> elements, the current hit's
 * mark told apart; nothing else in the element changes. Returns the current hit's mark, if it is here.
 */
export function markText(element: HTMLElement, text: string, ranges: readonly MarkedRange[], current: number): HTMLElement | null {
  const parts: Node[] = [];
  let at = 0;
  let currentMark: HTMLElement | null = null;
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    if (range.from < at) continue;
    if (range.from > at) parts.push(document.createTextNode(text.slice(at, range.from)));
    const mark = document.createElement('mark');
    mark.className = range.hit === current ? 'reader-hit reader-hit-current' : 'reader-hit';
    mark.textContent = text.slice(range.from, range.to);
    if (range.hit === current) currentMark = mark;
    parts.push(mark);
    at = range.to;
  }
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  element.replaceChildren(...parts);
  return currentMark;
}
