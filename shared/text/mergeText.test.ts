import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caretAfterChange, editBetween, mergeTexts, reviseText } from './mergeText';

/** No half of a two-unit character is left alone (String.prototype.isWellFormed, before ES2024's types). */
const wellFormed = (value: string) => !/[\uD800-\uDFFF]/u.test(value);
const keepBoth = (mine: string, theirs: string) => `${mine}\n\n[Samtidigt i ett annat fönster]\n${theirs}`;
/** Texts from few characters, so that two texts share starts, ends and repeats, and characters of two UTF-16 units that share one of them. */
const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'å', '😀', '😁', '\u{10200}'), maxLength: 12 });

/** A text changed in one stretch: some of it replaced by something else. */
const changed = (base: string) =>
  fc
    .tuple(fc.nat({ max: base.length }), fc.nat({ max: base.length }), text)
    .map(([a, b, insert]) => [...base].slice(0, Math.min(a, b)).join('') + insert + [...base].slice(Math.max(a, b)).join(''));

describe('the one stretch where a text changed', () => {
  it('rebuilds the changed text from the base, and never cuts a character in two', () => {
    fc.assert(
      fc.property(text, text, (base, after) => {
        const edit = editBetween(base, after);
        if (base === after) {
          expect(edit).toBeNull();
          return;
        }
        expect(base.slice(0, edit!.start) + edit!.insert + base.slice(edit!.end)).toBe(after);
        expect(wellFormed(edit!.insert)).toBe(true);
        expect(wellFormed(base.slice(0, edit!.start)) && wellFormed(base.slice(edit!.end))).toBe(true);
      }),
    );
  });
});

describe('merging two changes made at the same time', () => {
  it('applies both when they are in different places', () => {
    const merged = mergeTexts(
      'Nämnden anser att nivån är rimlig.',
      'Nämnden anser enhälligt att nivån är rimlig.',
      'Nämnden anser att nivån är rimlig och bör följas.',
      keepBoth,
    );
    expect(merged).toEqual({ text: 'Nämnden anser enhälligt att nivån är rimlig och bör följas.', outcome: 'merged', mineEnd: 24 });
  });

  it('keeps both texts typed at the same spot: first the one already being typed there', () => {
    const base = 'Punkt ett. ';
    const mine = 'Punkt ett. Härifrån.';
    const theirs = 'Punkt ett. Därifrån.';
    // A field's own keys go before what arrives right at its caret.
    expect(mergeTexts(base, mine, theirs, keepBoth).text).toBe('Punkt ett. Härifrån.Därifrån.');
    expect(mergeTexts(base, mine, theirs, keepBoth, { continuesAt: 11 }).text).toBe('Punkt ett. Härifrån.Därifrån.');
    // This window had not been typing there: the other's words keep their place.
    expect(mergeTexts(base, mine, theirs, keepBoth, { continuesAt: null }).text).toBe('Punkt ett. Därifrån.Härifrån.');
  });

  it('reads a letter typed into a run of the same letters where the caret says it was typed', () => {
    expect(editBetween('U1a U', 'U1a UU')).toEqual({ start: 5, end: 5, insert: 'U' });
    expect(editBetween('U1a U', 'U1a UU', 5)).toEqual({ start: 4, end: 4, insert: 'U' });
    expect(editBetween('aaa', 'aaaa', 1)).toEqual({ start: 0, end: 0, insert: 'a' });
  });

  it('keeps both versions, marked, when both rewrote the same words', () => {
    const result = mergeTexts('Nivån är rimlig.', 'Nivån är för låg.', 'Nivån är för hög.', keepBoth);
    expect(result).toMatchObject({ text: 'Nivån är för låg.\n\n[Samtidigt i ett annat fönster]\nNivån är för hög.', outcome: 'keptBoth' });
  });

  it('takes the other text when nothing was typed here, and this text when nothing changed there', () => {
    expect(mergeTexts('Ett', 'Ett', 'Ett två', keepBoth)).toEqual({ text: 'Ett två', outcome: 'merged', mineEnd: null });
    expect(mergeTexts('Ett', 'Ett tre', 'Ett', keepBoth)).toEqual({ text: 'Ett tre', outcome: null, mineEnd: 7 });
  });

  it('keeps the same keys typed at the same spot in both windows twice, and removes the same words once', () => {
    expect(mergeTexts('Ett ', 'Ett U', 'Ett U', keepBoth)).toMatchObject({ text: 'Ett UU', outcome: 'merged' });
    expect(mergeTexts('Ett två tre', 'Ett tre', 'Ett tre', keepBoth)).toMatchObject({ text: 'Ett tre', outcome: null });
  });

  it('never drops what either side typed, and never breaks a character', () => {
    fc.assert(
      fc.property(
        text.chain((base) => fc.tuple(fc.constant(base), changed(base), changed(base), fc.option(fc.nat({ max: 12 })))),
        ([base, mine, theirs, continuesAt]) => {
          const { text: merged, outcome, mineEnd } = mergeTexts(base, mine, theirs, keepBoth, { continuesAt });
          expect(wellFormed(merged)).toBe(true);
          if (outcome === 'keptBoth') {
            expect(merged).toContain(mine);
            expect(merged).toContain(theirs);
            return;
          }
          const my = editBetween(base, mine);
          for (const edit of [my, editBetween(base, theirs)]) if (edit) expect(merged).toContain(edit.insert);
          // What this side typed ends where the merge says it does.
          if (my && mineEnd !== null) expect(merged.slice(0, mineEnd).endsWith(my.insert)).toBe(true);
        },
      ),
    );
  });
});

describe('writing a field over the revision it last saw', () => {
  it('writes what was typed when no one else wrote since', () => {
    expect(reviseText({ text: 'Ett', revision: 4 }, { text: 'Ett', revision: 4 }, 'Ett två', keepBoth)).toEqual({
      text: 'Ett två',
      revision: 5,
      outcome: null,
      mineEnd: 7,
    });
  });

  it('merges in what another window wrote since, as a new revision', () => {
    expect(reviseText({ text: 'Nämnden. B.', revision: 6 }, { text: 'Nämnden.', revision: 5 }, 'A. Nämnden.', keepBoth)).toEqual({
      text: 'A. Nämnden. B.',
      revision: 7,
      outcome: 'merged',
      mineEnd: 3,
    });
  });

  it('keeps each window’s words together while both type at the end of one text', () => {
    // The first window has written "b" after its "4"; the second, which saw only "Beslut4", writes a "B" there.
    const second = reviseText({ text: 'Beslut4b', revision: 8 }, { text: 'Beslut4', revision: 7 }, 'Beslut4B', keepBoth, {
      caret: 8,
      continuesAt: null,
    });
    expect(second).toMatchObject({ text: 'Beslut4bB', revision: 9, mineEnd: 9 });
    // The first goes on after its "b", the second after its "B".
    const first = reviseText(second, { text: 'Beslut4b', revision: 8 }, 'Beslut4b ', keepBoth, { caret: 9, continuesAt: 8 });
    expect(first).toMatchObject({ text: 'Beslut4b B', revision: 10 });
    expect(reviseText(first, second, 'Beslut4bBe', keepBoth, { caret: 10, continuesAt: 9 }).text).toBe('Beslut4b Be');
  });

  it('keeps both windows’ first letter when each begins its next words with the same one', () => {
    // The first window, its caret after "U1a ", types a "U" before the second's "U" it has seen; the second goes on.
    const first = reviseText({ text: 'U1a U1b ', revision: 4 }, { text: 'U1a U', revision: 3 }, 'U1a UU', keepBoth, {
      caret: 5,
      continuesAt: 4,
    });
    expect(first).toMatchObject({ text: 'U1a UU1b ', revision: 5 });
    expect(reviseText(first, { text: 'U1a U1b ', revision: 4 }, 'U1a U1b U', keepBoth, { caret: 9, continuesAt: 8 })).toMatchObject({
      text: 'U1a UU1b U',
      revision: 6,
    });
  });

  it('writes nothing new when the typed text is already what is stored', () => {
    expect(reviseText({ text: 'Samma', revision: 3 }, { text: 'Samma', revision: 3 }, 'Samma', keepBoth).revision).toBe(3);
  });
});

describe('the caret when the text changes under it', () => {
  it('stays where it was when the change is after it, and moves with the text when the change is before it', () => {
    expect(caretAfterChange('Ett två', 'Ett två tre', 3)).toBe(3);
    expect(caretAfterChange('Ett två', 'Noll ett två', 7)).toBe(12);
    expect(caretAfterChange('Ett två', 'Ett fem', 5)).toBe(7);
  });
});
