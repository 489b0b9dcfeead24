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
    expect(
      mergeTexts(
        'Nämnden anser att nivån är rimlig.',
        'Nämnden anser enhälligt att nivån är rimlig.',
        'Nämnden anser att nivån är rimlig och bör följas.',
        keepBoth,
      ),
    ).toEqual({
      text: 'Nämnden anser enhälligt att nivån är rimlig och bör följas.',
      outcome: 'merged',
    });
  });

  it('keeps both texts typed at the same spot, the one written first first', () => {
    expect(mergeTexts('Punkt ett. ', 'Punkt ett. Från andra fönstret.', 'Punkt ett. Från första fönstret.', keepBoth)).toEqual({
      text: 'Punkt ett. Från första fönstret.Från andra fönstret.',
      outcome: 'merged',
    });
  });

  it('keeps both versions, marked, when both rewrote the same words', () => {
    const result = mergeTexts('Nivån är rimlig.', 'Nivån är för låg.', 'Nivån är för hög.', keepBoth);
    expect(result).toEqual({ text: 'Nivån är för låg.\n\n[Samtidigt i ett annat fönster]\nNivån är för hög.', outcome: 'keptBoth' });
  });

  it('takes the other text when nothing was typed here, and this text when nothing changed there', () => {
    expect(mergeTexts('Ett', 'Ett', 'Ett två', keepBoth)).toEqual({ text: 'Ett två', outcome: 'merged' });
    expect(mergeTexts('Ett', 'Ett tre', 'Ett', keepBoth)).toEqual({ text: 'Ett tre', outcome: null });
    expect(mergeTexts('Ett', 'Ett fyra', 'Ett fyra', keepBoth)).toEqual({ text: 'Ett fyra', outcome: null });
  });

  it('never drops what either side typed, and never breaks a character', () => {
    fc.assert(
      fc.property(
        text.chain((base) => fc.tuple(fc.constant(base), changed(base), changed(base))),
        ([base, mine, theirs]) => {
          const { text: merged, outcome } = mergeTexts(base, mine, theirs, keepBoth);
          expect(wellFormed(merged)).toBe(true);
          if (outcome === 'keptBoth') {
            expect(merged).toContain(mine);
            expect(merged).toContain(theirs);
            return;
          }
          for (const edit of [editBetween(base, mine), editBetween(base, theirs)]) if (edit) expect(merged).toContain(edit.insert);
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
    });
  });

  it('merges in what another window wrote since, as a new revision', () => {
    expect(reviseText({ text: 'A. B.', revision: 6 }, { text: 'A.', revision: 5 }, 'A. C.', keepBoth)).toEqual({
      text: 'A. B. C.',
      revision: 7,
      outcome: 'merged',
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
