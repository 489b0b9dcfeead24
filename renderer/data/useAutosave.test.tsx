import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushAllWork } from './autosave';
import { useAutosave } from './useAutosave';

function Field({ save }: { save: (value: string) => Promise<void> }) {
  const autosave = useAutosave(save, 'Anteckning 09:05');
  return <textarea aria-label="Anteckning 09:05" onChange={(event) => autosave.change(event.target.value)} />;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a field that goes away while its text is being written', () => {
  it('lets the write finish after the page is gone, without touching the page or failing the run', async () => {
    const written: string[] = [];
    let finishWrite: () => void = () => undefined;
    const save = (value: string) =>
      new Promise<void>((resolve) => {
        finishWrite = () => {
          written.push(value);
          resolve();
        };
      });
    render(<Field save={save} />);
    await userEvent.setup({ delay: null }).type(screen.getByRole('textbox', { name: 'Anteckning 09:05' }), 'S');

    // The test ends with the write still on its way: the screen is cleaned up, then the environment removes window,
    // as vitest's jsdom teardown does. Before, the finished write told the unmounted field "saved" through React,
    // which reads window.event, and the rejection failed a run whose every test had passed.
    cleanup();
    vi.stubGlobal('window', undefined);
    finishWrite();
    await expect(flushAllWork()).resolves.toBe(true);
    expect(written).toEqual(['S']);
  });
});
