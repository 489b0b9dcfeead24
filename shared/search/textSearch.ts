/** What a search can find: a meeting itself, or a note, comment or reservation in it. */
export const searchKinds = ['meeting', 'note', 'comment', 'dissent'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchDocument {
  meetingId: string;
  kind: SearchKind;
  text: string;
}

export interface SearchHit {
  meetingId: string;
  kind: SearchKind;
  /** The text around the first match, with the matched part marked. */
  snippet: { before: string; match: string; after: string };
}

interface IndexedDocument extends SearchDocument {
  folded: string;
}

export interface SearchIndex {
  documents: IndexedDocument[];
}

const SNIPPET_CONTEXT = 60;

/** Case folded the Swedish way, so "Åsa" finds "åsa"; the length stays the same, so positions carry over. */
export function fold(text: string): string {
  const folded = text.toLocaleLowerCase('sv');
  return folded.length === text.length ? folded : text.toLowerCase();
}

export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  return {
    documents: documents
      .filter((document) => document.text.trim() !== '')
      .map((document) => ({ ...document, folded: fold(document.text) })),
  };
}

/**
 * Every document that holds all the query's words (in any order, anywhere in a word), in the index's order, at most
 * `limit`. Plain substring search: a few tens of thousands of texts are scanned in milliseconds.
 */
export function search(index: SearchIndex, query: string, limit = 100): SearchHit[] {
  const terms = fold(query)
    .split(/\s+/)
    .filter((term) => term !== '');
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const document of index.documents) {
    if (!terms.every((term) => document.folded.includes(term))) continue;
    const first = terms[0]!;
    const at = document.folded.indexOf(first);
    const start = Math.max(0, at - SNIPPET_CONTEXT);
    const end = Math.min(document.text.length, at + first.length + SNIPPET_CONTEXT);
    hits.push({
      meetingId: document.meetingId,
      kind: document.kind,
      snippet: {
        before: `${start > 0 ? '…' : ''}${document.text.slice(start, at)}`,
        match: document.text.slice(at, at + first.length),
        after: `${document.text.slice(at + first.length, end)}${end < document.text.length ? '…' : ''}`,
      },
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
