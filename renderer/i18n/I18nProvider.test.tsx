import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRecordingBridge, createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { writeSetting } from '../data/settings';
import { useI18n } from './I18nProvider';

function Probe() {
  const { messages, setLanguage } = useI18n();
  return (
    <>
      <h1>{messages.meetings.title}</h1>
      <button onClick={() => void setLanguage('en')}>en</button>
    </>
  );
}

describe('I18nProvider', () => {
  it('speaks Swedish when nothing is chosen, and tells the shell', async () => {
    const { bridge } = renderWithApp(<Probe />);
    expect(await screen.findByRole('heading', { name: 'Möten' })).toBeInTheDocument();
    await waitFor(() => expect(bridge.setLanguage).toHaveBeenCalledWith('sv'));
    expect(document.documentElement.lang).toBe('sv-SE');
  });

  it('stores the chosen language, switches the page and the shell’s menu to it', async () => {
    const { bridge, database } = renderWithApp(<Probe />);
    screen.getByRole('button', { name: 'en' }).click();
    expect(await screen.findByRole('heading', { name: 'Meetings' })).toBeInTheDocument();
    expect(await database.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    await waitFor(() => expect(bridge.setLanguage).toHaveBeenLastCalledWith('en'));
    expect(document.documentElement.lang).toBe('en-GB');
  });

  it('falls back to Swedish when the stored language is not one it knows', async () => {
    const { database } = renderWithApp(<Probe />);
    await writeSetting(database, 'language', 'klingon' as never);
    await waitFor(() => expect(screen.getByRole('heading')).toHaveTextContent('Möten'));
  });

  it('takes the language chosen in the shell’s menu and keeps it', async () => {
    let choose: (language: 'sv' | 'en') => void = () => undefined;
    const bridge = createRecordingBridge();
    bridge.onLanguageChosen.mockImplementation((listener) => {
      choose = listener;
      return () => undefined;
    });
    const { database } = renderWithApp(<Probe />, createTestDatabase(), bridge);
    await screen.findByRole('heading', { name: 'Möten' });
    act(() => choose('en'));
    expect(await screen.findByRole('heading', { name: 'Meetings' })).toBeInTheDocument();
    expect(await database.settings.get('language')).toEqual({ key: 'language', value: 'en' });
  });
});
