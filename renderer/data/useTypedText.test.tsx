import { act, fireEvent, screen } from '@testing-library/react';
import { useEffect, useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { reviseText, type RevisedText, type TextWrite } from '../../shared/text/mergeText';
import { renderWithApp } from '../../tests/support/renderWithApp';
import type { TypedText } from './typedText';
import { useTypedText } from './useTypedText';

/** The database row both windows write: each save writes over it as the field saw it, as saveDraft does. */
function sharedRow(initial: RevisedText) {
  let row = initial;
  return {
    get: () => row,
    /** Another window's write. */
    writeElsewhere(text: string) {
      row = { text, revision: row.revision + 1 };
      return row;
    },
    async save(typed: TypedText): Promise<TextWrite> {
      if (typeof typed === 'string') throw new Error('the field writes what it saw');
      const write = reviseText(row, typed.seen, typed.text, typed.keepBoth, typed);
      row = { text: write.text, revision: write.revision };
      return write;
    },
  };
}

/** What the live query hands the field: set from the test, as the database's notification would. */
const delivery: { to: (stored: RevisedText) => void } = { to: () => undefined };

function Field({ initial, save }: { initial: RevisedText; save: (typed: TypedText) => Promise<TextWrite> }) {
  const [stored, setStored] = useState(initial);
  useEffect(() => {
    delivery.to = setStored;
  }, []);
  const input = useRef<HTMLTextAreaElement>(null);
  const field = useTypedText(stored, save, 'Utkast', input);
  return (
    <textarea
      aria-label="Utkast"
      ref={input}
      value={field.text}
      onChange={(event) => field.change(event.target.value)}
      onBlur={field.leave}
    />
  );
}

describe('a field typed into from two windows', () => {
  it('takes the other window’s text that arrived while it was busy, once it is idle, even when its save state did not change', async () => {
    const row = sharedRow({ text: '', revision: 0 });
    renderWithApp(<Field initial={row.get()} save={row.save} />);
    const textbox = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Utkast' });
    await act(async () => {
      fireEvent.change(textbox, { target: { value: 'Här' } });
    });
    expect(row.get()).toEqual({ text: 'Här', revision: 1 });

    // Leaving the field flushes the saver (nothing waits, but for a moment it is busy); in that moment the other
    // window's write arrives. The save state reads "saved" before and after, so nothing else would bring it back.
    const elsewhere = row.writeElsewhere('Här och där');
    act(() => {
      fireEvent.blur(textbox);
      delivery.to(elsewhere);
    });
    await act(async () => undefined);
    expect(textbox.value).toBe('Här och där');
  });
});
