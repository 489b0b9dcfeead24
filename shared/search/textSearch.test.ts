import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, type SearchDocument } from './textSearch';

const documents: SearchDocument[] = [
  { meetingId: 'm1', kind: 'meeting', text: 'Barn- och utbildningsnämnden 2020-09-15' },
  { meetingId: 'm1', kind: 'note', text: 'Förslag: höj ambitionsnivån för mål 2 – Åsa instämmer.' },
  { meetingId: 'm2', kind: 'comment', text: 'Nämnden anser att landsbygdens service måste följas upp.' },
  { meetingId: 'm2', kind: 'dissent', text: 'Reservation: jag vill höja nivån ytterligare.' },
  { meetingId: 'm3', kind: 'note', text: '   ' },
];
const index = buildSearchIndex(documents);

describe('search', () => {
  it('finds a word in notes, comments and reservations, whatever its case, and marks it in a snippet', () => {
    expect(search(index, 'ÅSA')).toEqual([
      {
        meetingId: 'm1',
        kind: 'note',
        snippet: { before: 'Förslag: höj ambitionsnivån för mål 2 – ', match: 'Åsa', after: ' instämmer.' },
      },
    ]);
    expect(search(index, 'höj').map((hit) => [hit.meetingId, hit.kind])).toEqual([
      ['m1', 'note'],
      ['m2', 'dissent'],
    ]);
  });

  it('wants every word of the query, in any order', () => {
    expect(search(index, 'uppföljning landsbygd')).toEqual([]);
    expect(search(index, 'service landsbygd').map((hit) => hit.meetingId)).toEqual(['m2']);
    expect(search(index, '   ')).toEqual([]);
  });

  it('cuts long texts to the words around the match', () => {
    const long = buildSearchIndex([{ meetingId: 'm', kind: 'comment', text: `${'a '.repeat(200)}mitten${' b'.repeat(200)}` }]);
    const [hit] = search(long, 'mitten');
    expect(hit!.snippet.before.startsWith('…')).toBe(true);
    expect(hit!.snippet.after.endsWith('…')).toBe(true);
    expect(hit!.snippet.before.length + hit!.snippet.after.length).toBeLessThan(130);
  });

  it('always finds a piece of any text it holds, and its snippet reads back as the text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        fc.pre(text.trim() !== '');
        const [start, end] = [a % text.length, b % text.length].sort((x, y) => x - y) as [number, number];
        const piece = text.slice(start, end + 1).trim();
        fc.pre(piece !== '' && !/\s/.test(piece));
        const [hit] = search(buildSearchIndex([{ meetingId: 'm', kind: 'note', text }]), piece);
        expect(hit).toBeDefined();
        const shown = `${hit!.snippet.before}${hit!.snippet.match}${hit!.snippet.after}`;
        const withoutEllipses = shown.replace(/^…/, '').replace(/…$/, '');
        expect(text.includes(withoutEllipses)).toBe(true);
        expect(hit!.snippet.match.toLocaleLowerCase('sv')).toBe(piece.toLocaleLowerCase('sv'));
      }),
    );
  });
});
