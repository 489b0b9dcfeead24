import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meetingWithNewNote } from '../../tests/support/noteEditor';
import { testDisk } from '../../tests/support/testDisk';
import { UnsavedTextsBanner } from './UnsavedTextsBanner';

describe('when the database will not take what was typed', () => {
  it('says so across the app, offers the text as a file, and clears once the write succeeds', async () => {
    const { user, database, meeting, notes, editor, bridge } = await meetingWithNewNote(<UnsavedTextsBanner />);

    const disk = testDisk(database);
    disk.fill();
    await user.type(editor, 'Disken är full men texten finns.');
    await user.tab();

    const banner = await screen.findByRole('alert', { name: 'Det du skrivit är inte sparat ännu' });
    expect(banner).toHaveTextContent('En text kunde inte sparas i appens databas.');
    expect(editor).toHaveValue('Disken är full men texten finns.');

    await user.click(within(banner).getByRole('button', { name: 'Spara en kopia som fil …' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1));
    const copy = bridge.saveFile.mock.calls[0]![0];
    expect(copy.suggestedName).toMatch(/^Målsamtal osparad text \d{4}-\d{2}-\d{2} \d{4}\.txt$/);
    const text = new TextDecoder().decode(copy.bytes);
    expect(text).toMatch(/Anteckning \d\d:\d\d\r\nDisken är full men texten finns\./);

    disk.free();
    await user.click(within(notes).getByRole('button', { name: 'Försök spara igen' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Det du skrivit är inte sparat ännu' })).not.toBeInTheDocument());
    expect((await database.notes.where('meetingId').equals(meeting.id).first())?.text).toBe('Disken är full men texten finns.');
  });
});
