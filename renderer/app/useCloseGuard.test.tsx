import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useUnsavedTexts } from '../stores/unsavedTexts';
import { meetingWithNewNote } from '../../tests/support/noteEditor';
import { testDisk } from '../../tests/support/testDisk';
import { UnsavedTextsBanner } from './UnsavedTextsBanner';
import { useCloseGuard } from './useCloseGuard';

function CloseGuard({ shell }: { shell: 'electron' | 'browser' }) {
  useCloseGuard(shell);
  return null;
}

function meetingWithNote(shell: 'electron' | 'browser') {
  return meetingWithNewNote(
    <>
      <CloseGuard shell={shell} />
      <UnsavedTextsBanner />
    </>,
  );
}

/** What the Electron shell does when the user closes the window: sends closeRequested to the page. */
function closeWindow(bridge: { onCloseRequested: { mock: { calls: Array<[(payload: undefined) => void]> } } }) {
  const [[listener]] = bridge.onCloseRequested.mock.calls as [[(payload: undefined) => void]];
  listener(undefined);
}

afterEach(() => useUnsavedTexts.setState({ texts: {}, closeRefused: false }));

describe('closing the window in Electron', () => {
  it('writes the last keystrokes before it lets the window close', async () => {
    const { user, editor, bridge, storedText } = await meetingWithNote('electron');
    let storedWhenClosed: string | undefined;
    bridge.confirmClose.mockImplementation(async () => {
      storedWhenClosed = await storedText();
    });
    // Typed and closed at once: no pause for the autosave, no blur.
    await user.type(editor, 'Sista ordet innan locket fälls');
    closeWindow(bridge);

    await waitFor(() => expect(bridge.confirmClose).toHaveBeenCalledWith({ close: true }));
    expect(storedWhenClosed).toBe('Sista ordet innan locket fälls');
  });

  it('keeps the window open when the text cannot be written, and closes only when the user says so', async () => {
    const { user, editor, bridge, database, storedText } = await meetingWithNote('electron');
    const disk = testDisk(database);
    disk.fill();
    await user.type(editor, 'Disken är full');
    closeWindow(bridge);

    await waitFor(() => expect(bridge.confirmClose).toHaveBeenCalledWith({ close: false }));
    const banner = await screen.findByRole('alert', { name: 'Det du skrivit är inte sparat ännu' });
    expect(banner).toHaveTextContent('Målsamtal stängdes inte, eftersom texten inte kunde sparas.');
    expect(editor).toHaveValue('Disken är full');

    await user.click(within(banner).getByRole('button', { name: 'Stäng ändå' }));
    expect(bridge.confirmClose).toHaveBeenLastCalledWith({ close: true });

    // Should the disk recover first, the text is written and the refusal is forgotten.
    disk.free();
    await user.click(screen.getByRole('button', { name: 'Försök spara igen' }));
    await waitFor(async () => expect(await storedText()).toBe('Disken är full'));
    expect(useUnsavedTexts.getState().closeRefused).toBe(false);
  });
});

describe('closing the tab in the browser shell', () => {
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event;
  };

  it('asks the browser to hold the tab only while a write waits, and writes it meanwhile', async () => {
    const { user, editor, storedText } = await meetingWithNote('browser');
    expect(leave().defaultPrevented).toBe(false);

    await user.type(editor, 'Skrivet i webbläsaren');
    expect(leave().defaultPrevented).toBe(true);
    await waitFor(async () => expect(await storedText()).toBe('Skrivet i webbläsaren'));
    await screen.findByText('Sparat');
    expect(leave().defaultPrevented).toBe(false);
  });
});
