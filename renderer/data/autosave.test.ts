import { afterEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, flushAllWork, hasUnwrittenWork, type SaveState } from './autosave';

function saver(save: (value: string) => Promise<void>) {
  const states: SaveState[] = [];
  let state: SaveState = 'idle';
  const unsaved: Array<string | null> = [];
  const autosaver = new Autosaver<string>({
    save,
    label: 'Anteckning 09:05',
    delayMs: 300,
    report: (next) => {
      state = typeof next === 'function' ? next(state) : next;
      states.push(state);
    },
    onUnsaved: (text) => unsaved.push(text),
    asText: (value) => value,
  });
  return { autosaver, states, unsaved, state: () => state };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the autosaver’s account of unwritten work', () => {
  it('counts a change as unwritten until its write has resolved, and writes all of it on flushAllWork', async () => {
    const written: string[] = [];
    const { autosaver, state } = saver(async (value) => void written.push(value));
    expect(hasUnwrittenWork()).toBe(false);
    autosaver.change('Förslag');
    autosaver.change('Förslag: höj nivån');
    expect(hasUnwrittenWork()).toBe(true);
    expect(state()).toBe('saving');

    await expect(flushAllWork()).resolves.toBe(true);
    expect(written).toEqual(['Förslag: höj nivån']);
    expect(hasUnwrittenWork()).toBe(false);
    expect(state()).toBe('saved');
  });

  it('keeps a text that failed to write as unwritten, offers it, and says so to flushAllWork', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_value: string): Promise<void> => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const { autosaver, unsaved, state } = saver(save);
    autosaver.change('Disken är full');
    await expect(flushAllWork()).resolves.toBe(false);
    expect(hasUnwrittenWork()).toBe(true);
    expect(state()).toBe('failed');
    expect(unsaved).toEqual(['Disken är full']);

    // The retry finds the disk working again.
    save.mockImplementation(async () => undefined);
    await vi.advanceTimersByTimeAsync(3000);
    expect(save).toHaveBeenLastCalledWith('Disken är full');
    expect(hasUnwrittenWork()).toBe(false);
    expect(unsaved.at(-1)).toBeNull();
  });

  it('writes a change made during a write after it, and is done only then', async () => {
    let finishFirst: () => void = () => undefined;
    const written: string[] = [];
    const save = vi.fn((value: string) => {
      written.push(value);
      return written.length === 1 ? new Promise<void>((resolve) => (finishFirst = resolve)) : Promise.resolve();
    });
    const { autosaver } = saver(save);
    autosaver.change('Ett');
    const first = autosaver.flush();
    autosaver.change('Ett, två');
    const all = flushAllWork();
    expect(hasUnwrittenWork()).toBe(true);
    finishFirst();
    await first;
    await expect(all).resolves.toBe(true);
    expect(written).toEqual(['Ett', 'Ett, två']);
  });
});
