import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Body } from '../../shared/domain/body';
import { ProjectorScreen } from '../projector/ProjectorScreen';
import { bodyProfile, storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { MeetingScreen } from './MeetingScreen';

/** A board with two own goals serving goal 1 (one with a forecast) and one serving goal 2. */
function boardWithForecasts(): Body {
  const body = bodyProfile('Miljö- och byggnadsnämnden', [[1], [1, 3], [2]]);
  body.ownGoals[0]!.forecast = { outcome: 'uppnasDelvis', text: 'Tillsynen ligger efter plan', date: '2020-08-31' };
  return body;
}

async function storeMeeting(withBody = true) {
  const database = createTestDatabase();
  const body = boardWithForecasts();
  if (withBody) await database.bodies.add(body);
  const { meeting } = await storeStartedMeeting(database, { atStep: 'goal:mal-1', meeting: { bodyId: withBody ? body.id : null } });
  return { database, meeting };
}

describe('the board’s own goals in the in-depth step', () => {
  it('lists the goal’s focus areas and the own goals linked to it, each forecast in words beside its icon', async () => {
    const { database, meeting } = await storeMeeting();
    renderWithApp(<MeetingScreen meetingId={meeting.id} />, database);
    const own = await screen.findByRole('region', { name: 'Egna mål som bidrar till målet' });
    const items = await within(own).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Nämndmål 1Prognos 2020-08-31: Uppnås delvis – Tillsynen ligger efter plan',
      'Nämndmål 2Ingen prognos angiven',
    ]);
    const focus = screen.getByRole('region', { name: 'Fokusområden och framgångsfaktorer' });
    expect(within(focus).getAllByRole('list').length).toBeGreaterThan(0);
  });

  it('says so when the meeting has no body profile, and offers nothing to project', async () => {
    const { database, meeting } = await storeMeeting(false);
    renderWithApp(<MeetingScreen meetingId={meeting.id} />, database);
    expect(await screen.findByText('Mötet har ingen nämndprofil. Egna mål läggs in under Nämnder och styrelser.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Visa nämndmålen på projektorn' })).not.toBeInTheDocument();
  });

  it('the chair’s toggle puts them on the projector, which shows each with its forecast', async () => {
    const user = userEvent.setup();
    const { database, meeting } = await storeMeeting();
    const room = renderWithApp(<MeetingScreen meetingId={meeting.id} />, database);
    const toggle = await screen.findByRole('button', { name: 'Visa nämndmålen på projektorn' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    await waitFor(async () => expect((await database.sessions.get(meeting.id))?.projected).toEqual({ kind: 'ownGoals', goalId: 'mal-1' }));
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    room.unmount();

    renderWithApp(<ProjectorScreen meetingId={meeting.id} />, database);
    const shown = await screen.findByRole('region', { name: 'Egna mål som bidrar till mål 1' });
    expect(within(shown).getByText('Prognos 2020-08-31: Uppnås delvis – Tillsynen ligger efter plan')).toBeInTheDocument();
    expect(within(shown).getByText('Nämndmål 2')).toBeInTheDocument();
    expect(within(shown).queryByText('Nämndmål 3')).not.toBeInTheDocument();
  });
});
