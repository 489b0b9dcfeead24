import { describe, expect, it } from 'vitest';
import { findInPages, firstHitFrom, hitRangesByItem, MAX_DOCUMENT_HITS, type PageText } from './documentSearch';

const page = (...lines: string[][]): PageText => ({
  items: lines.flatMap((line) => line.map((str, index) => ({ str, hasEOL: index === line.length - 1 }))),
});

describe('searching a document', () => {
  const pages = [
    page(['Intern remiss 2'], ['Ambitionsnivån för ', 'mål 1 gäller'], ['hela mandat-', 'perioden.']),
    page(['Bilaga 1 – sida 2']),
    page(['Ambitionsnivå och ÅTERKOPPLING'], ['ambitionsnivå']),
  ];

  it('finds a word on every page it stands on, whatever its case, in reading order', () => {
    const hits = findInPages(pages, 'AMBITIONSNIVÅ');
    expect(hits.map((hit) => hit.page)).toEqual([1, 3, 3]);
    expect(hits[0]).toEqual({ page: 1, start: { item: 1, offset: 0 }, end: { item: 1, offset: 13 } });
    expect(findInPages(pages, 'återkoppling')).toEqual([{ page: 3, start: { item: 0, offset: 18 }, end: { item: 0, offset: 30 } }]);
  });

  it('finds a phrase that runs from one text item into the next, and one broken over two lines', () => {
    expect(findInPages(pages, 'för mål 1')).toEqual([{ page: 1, start: { item: 1, offset: 15 }, end: { item: 2, offset: 5 } }]);
    expect(findInPages(pages, 'remiss 2 ambitionsnivån')).toEqual([
      { page: 1, start: { item: 0, offset: 7 }, end: { item: 1, offset: 14 } },
    ]);
  });

  it('finds nothing for an empty query or a word that is not there, and takes special characters literally', () => {
    expect(findInPages(pages, '   ')).toEqual([]);
    expect(findInPages(pages, 'budget')).toEqual([]);
    expect(findInPages(pages, 'mål.*')).toEqual([]);
    expect(findInPages(pages, '2 –')).toHaveLength(0);
    expect(findInPages(pages, '1 – sida')).toHaveLength(1);
  });

  it('stops at a thousand hits', () => {
    const many = [page(Array.from({ length: 1500 }, () => 'mål '))];
    expect(findInPages(many, 'mål')).toHaveLength(MAX_DOCUMENT_HITS);
  });

  it('goes first to the hit on or after the reader’s page', () => {
    const hits = findInPages(pages, 'ambitionsnivå');
    expect(firstHitFrom(hits, 2)).toBe(1);
    expect(firstHitFrom(hits, 1)).toBe(0);
    expect(firstHitFrom(hits, 4)).toBe(0);
  });

  it('tells, per text item, which part a hit covers, so it can be marked', () => {
    const first = pages[0]!;
    const hits = findInPages([first], 'för mål 1');
    expect([...hitRangesByItem(hits, first)]).toEqual([
      [1, [{ from: 15, to: 19, hit: 0 }]],
      [2, [{ from: 0, to: 5, hit: 0 }]],
    ]);
  });
});
