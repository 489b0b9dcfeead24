import { afterEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, flushAllWork, hasUnwrittenWork, type SaveState } from './autosave';

function saver(save: (value: string) => Promise<void>) {
  const states: SaveState[] = [];
  let state: SaveState = 'idle';
  const unsaved: Array<string | null> = [];
  const autosaver = new Autosaver<string>({
    save,
    label: 'Anteckning 09:05',
    onUnsaved: (text) => unsaved.push(text),
    asText: (value) => value,
  });
  autosaver.attach((next) => {
    state = typeof next === 'function' ? next(state) : next;
    states.push(state);
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
    // The first change left at once; the second waited for it and then followed.
    expect(written).toEqual(['Förslag', 'Förslag: höj nivån']);
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

  it('writes each change at once, one write at a time, and then only the newest of what was typed meanwhile', async () => {
    const writes: Array<{ value: string; finish: () => void }> = [];
    const { autosaver, state } = saver((value) => new Promise<void>((resolve) => writes.push({ value, finish: resolve })));
    autosaver.change('H');
    // No pause is awaited: the first key is on its way to the disk before the next one comes.
    expect(writes.map((write) => write.value)).toEqual(['H']);
    autosaver.change('Hö');
    autosaver.change('Höj');
    autosaver.change('Höj n');
    expect(writes).toHaveLength(1);
    expect(state()).toBe('saving');

    writes[0]!.finish();
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    expect(writes[1]!.value).toBe('Höj n');
    expect(state()).toBe('saving');
    writes[1]!.finish();
    await vi.waitFor(() => expect(state()).toBe('saved'));
    expect(writes).toHaveLength(2);
    expect(hasUnwrittenWork()).toBe(false);
  });

  it('holds what is typed while a write fails, offering the newest text, and writes it on the next try', async () => {
    vi.useFakeTimers();
    const written: string[] = [];
    let diskFull = true;
    const { autosaver, unsaved, state } = saver(async (value) => {
      if (diskFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      written.push(value);
    });
    autosaver.change('Full');
    await vi.waitFor(() => expect(state()).toBe('failed'));
    autosaver.change('Full disk');
    // While it fails, each key is not another failing write: the copy on offer follows the text, the retry writes it.
    expect(unsaved).toEqual(['Full', 'Full disk']);
    expect(state()).toBe('failed');

    diskFull = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(written).toEqual(['Full disk']);
    expect(state()).toBe('saved');
    expect(unsaved.at(-1)).toBeNull();
  });

  it('goes on writing, quietly, after its field has gone and can no longer show a state', async () => {
    let finish: () => void = () => undefined;
    const written: string[] = [];
    const { autosaver, states } = saver(
      (value) =>
        new Promise<void>((resolve) => {
          finish = () => {
            written.push(value);
            resolve();
          };
        }),
    );
    autosaver.change('Sista ordet');
    autosaver.detach();
    const shownBefore = states.length;
    finish();
    await expect(flushAllWork()).resolves.toBe(true);
    expect(written).toEqual(['Sista ordet']);
    expect(states).toHaveLength(shownBefore);
  });
});
