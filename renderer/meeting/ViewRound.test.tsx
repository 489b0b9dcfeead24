import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { viewRoundId } from '../../shared/meeting/viewRound';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { updateSession, useMeeting, useSession } from '../data/meetingRoom';
import { saveCountedView, saveNamedView, setViewRoundAnonymous } from '../data/viewRounds';
import { ExportScreen } from '../export/ExportScreen';
import { ProjectorScreen } from '../projector/ProjectorScreen';
import { seedHeldMeeting } from '../../tests/support/meetingFactory';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import type { MalsamtalDatabase } from '../data/db';
import { ViewRoundPanel } from './ViewRoundPanel';

const goal = examplePackage.goals[0]!;

function Panel({ database, meetingId }: { database: MalsamtalDatabase; meetingId: string }) {
  const meeting = useMeeting(meetingId);
  const session = useSession(meetingId);
  if (!meeting || !session) return null;
  return (
    <ViewRoundPanel
      meeting={meeting}
      pkg={examplePackage}
      goal={goal}
      session={session}
      frozen={meeting.status === 'adjusted'}
      onChange={(fn) => updateSession(database, meetingId, fn)}
    />
  );
}

async function openPanel() {
  const database = createTestDatabase();
  const { meeting } = await storeStartedMeeting(database, { atStep: 'goal:mal-1' });
  const view = renderWithApp(<Panel database={database} meetingId={meeting.id} />, database);
  await screen.findByText('Synpunktsrunda – Mål 1');
  await userEvent.click(screen.getByText('Synpunktsrunda – Mål 1'));
  return { ...view, database, meeting };
}

describe('the round of views in the step', () => {
  it('has one row per member taking part, the secretary left out, each member named with the party', async () => {
    await openPanel();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(2);
    expect(screen.getByRole('radiogroup', { name: 'Synpunkt – Anna Berg (S)' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Synpunkt – Bo Ek (M)' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: /Cecilia Dahl/ })).not.toBeInTheDocument();
  });

  it('takes a view by number key and moves on to the next member; 0 abstains', async () => {
    const { database, meeting } = await openPanel();
    const anna = screen.getByRole('radiogroup', { name: 'Synpunkt – Anna Berg (S)' });
    const bo = screen.getByRole('radiogroup', { name: 'Synpunkt – Bo Ek (M)' });
    act(() => within(anna).getByRole('radio', { name: '1. Bör sänkas tydligt' }).focus());
    await userEvent.keyboard('4');
    await waitFor(() => expect(within(anna).getByRole('radio', { name: '4. Bör höjas något' })).toBeChecked());
    await waitFor(() => expect(bo).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard('0');
    await waitFor(() => expect(within(bo).getByRole('radio', { name: 'Avstår' })).toBeChecked());
    const [annaRow, boRow] = meeting.participants;
    expect((await database.viewRounds.get(viewRoundId(meeting.id, goal.id)))?.views).toEqual({ [annaRow!.id]: 4, [boRow!.id]: 'abstain' });
    expect(screen.getByText('Förslag utifrån rundan: 4. Bör höjas något')).toBeInTheDocument();

    // A view given by mistake is taken back with Delete, and the focus stays on the row.
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(within(bo).queryAllByRole('radio', { checked: true })).toEqual([]));
    expect(bo).toContainElement(document.activeElement as HTMLElement);
    expect((await database.viewRounds.get(viewRoundId(meeting.id, goal.id)))?.views).toEqual({ [annaRow!.id]: 4 });
  });

  it('says an even split as it is, and which step it suggests and why', async () => {
    const { database, meeting } = await openPanel();
    const [anna, bo] = meeting.participants;
    await act(() => saveNamedView(database, meeting.id, goal.id, anna!.id, 2));
    await act(() => saveNamedView(database, meeting.id, goal.id, bo!.id, 4));
    expect(
      await screen.findByText(
        'Rundan är jämnt delad mellan 2. Bör sänkas något och 4. Bör höjas något, lika nära skalans mitt: inget förslag. Nämnden väljer själv bedömning.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Använd förslaget som nämndens bedömning – Mål 1' })).not.toBeInTheDocument();
    await act(() => saveNamedView(database, meeting.id, goal.id, bo!.id, 5));
    expect(await screen.findByText(/^Förslag utifrån rundan: 2\. Bör sänkas något/)).toBeInTheDocument();
    expect(screen.getByText(/närmast skalans mitt\.$/)).toBeInTheDocument();
  });

  it('in an anonymous round shows unnamed rows in the scale’s order and keeps only counts', async () => {
    const { database, meeting } = await openPanel();
    await userEvent.click(screen.getByText('Anonym synpunktsrunda: bara antalet sparas, inga namn'));
    const first = await screen.findByRole('radiogroup', { name: 'Synpunkt 1' });
    expect(screen.queryByRole('radiogroup', { name: /Anna Berg/ })).not.toBeInTheDocument();
    act(() => within(first).getByRole('radio', { name: '1. Bör sänkas tydligt' }).focus());
    await userEvent.keyboard('5');
    await waitFor(() =>
      expect(screen.getByRole('radiogroup', { name: 'Synpunkt 2' })).toContainElement(document.activeElement as HTMLElement),
    );
    await userEvent.keyboard('2');
    // The rows show the counts in the scale's order, not the order the views came in.
    await waitFor(() => expect(within(first).getByRole('radio', { name: '2. Bör sänkas något' })).toBeChecked());
    const stored = await database.viewRounds.get(viewRoundId(meeting.id, goal.id));
    expect(stored).toMatchObject({ anonymous: true, views: {}, counts: { '2': 1, '5': 1 } });
    // Once counted, the round cannot be named again until it is cleared.
    expect(screen.getByRole('checkbox', { name: 'Anonym synpunktsrunda: bara antalet sparas, inga namn' })).toBeDisabled();
  });

  it('confirms the suggestion as the board’s rating only on the secretary’s press', async () => {
    const { database, meeting } = await openPanel();
    await act(() => saveNamedView(database, meeting.id, goal.id, meeting.participants[0]!.id, 3));
    const accept = await screen.findByRole('button', { name: 'Använd förslaget som nämndens bedömning – Mål 1' });
    expect((await database.comments.toArray()).length).toBe(0);
    await userEvent.click(accept);
    await waitFor(async () => expect((await database.comments.toArray())[0]?.rating).toEqual({ kind: 'step', value: 3 }));
    expect(await screen.findByText('Förslaget är redan nämndens bedömning.')).toBeInTheDocument();
  });
});

describe('a round after justering', () => {
  it('is shown as it was, every control closed but the projector’s', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database, { atStep: 'goal:mal-1' });
    await saveNamedView(database, meeting.id, goal.id, meeting.participants[0]!.id, 3);
    await database.meetings.update(meeting.id, { status: 'adjusted' });
    renderWithApp(<Panel database={database} meetingId={meeting.id} />, database);
    await userEvent.click(await screen.findByText('Synpunktsrunda – Mål 1'));
    const anna = screen.getByRole('radiogroup', { name: 'Synpunkt – Anna Berg (S)' });
    expect(within(anna).getByRole('radio', { name: '3. Lagom' })).toBeChecked();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Anonym synpunktsrunda: bara antalet sparas, inga namn' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Nämnden beslutar att ta med synpunktsrundorna i protokollsbilagan' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /^Använd förslaget/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Töm rundan/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Visa rundan på projektorn – Mål 1' })).toBeEnabled();
  });
});

describe('the round of views on the projector', () => {
  it('shows the counts per step with their words, never a name, and only while the chair has it up', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database, { atStep: 'goal:mal-1' });
    const [anna, bo] = meeting.participants;
    await saveNamedView(database, meeting.id, goal.id, anna!.id, 3);
    await saveNamedView(database, meeting.id, goal.id, bo!.id, 'abstain');
    renderWithApp(<ProjectorScreen meetingId={meeting.id} />, database);
    await screen.findByRole('heading', { level: 1, name: 'Fördjupad dialog: mål 1' });
    expect(screen.queryByRole('heading', { name: 'Synpunktsrunda – Mål 1' })).not.toBeInTheDocument();

    await act(() => updateSession(database, meeting.id, (s) => ({ ...s, projected: { kind: 'viewRound', goalId: goal.id } })));
    const section = (await screen.findByRole('heading', { level: 2, name: 'Synpunktsrunda – Mål 1' })).closest('section')!;
    const rows = within(section)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(rows).toEqual([
      '1. Bör sänkas tydligt: 0',
      '2. Bör sänkas något: 0',
      '3. Lagom: 1',
      '4. Bör höjas något: 0',
      '5. Bör höjas tydligt: 0',
      'Avstår: 1',
    ]);
    expect(section).toHaveTextContent('1 synpunkt på skalan, 1 avstår');
    expect(section.textContent).not.toMatch(/Anna Berg|Bo Ek/);

    // An anonymous round shows the same way.
    await act(() => setViewRoundAnonymous(database, meeting.id, goal.id, true));
    await act(() => saveCountedView(database, meeting.id, goal.id, null, 5));
    await waitFor(() => expect(within(section).getAllByRole('listitem')[4]).toHaveTextContent('5. Bör höjas tydligt: 1'));

    await act(() => updateSession(database, meeting.id, (s) => ({ ...s, projected: null })));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Synpunktsrunda – Mål 1' })).not.toBeInTheDocument());
  });
});

describe('the board’s choice to include the rounds in the attachment', () => {
  it('is offered on the export screen once a round was held, and puts the counts in the preview when ticked', async () => {
    const database = createTestDatabase();
    const example = await seedHeldMeeting(database);
    await saveNamedView(database, example.meeting.id, goal.id, 'p1', 3);
    renderWithApp(<ExportScreen meetingId={example.meeting.id} />, database);
    const preview = await screen.findByRole('article', { name: 'Förhandsvisning av bilagan' });
    expect(preview).not.toHaveTextContent('Synpunktsrunda');
    await userEvent.click(screen.getByText('Nämnden beslutar att ta med synpunktsrundorna i protokollsbilagan'));
    await waitFor(() => expect(preview).toHaveTextContent('Synpunktsrunda före nämndens bedömning: antal synpunkter per steg på skalan'));
    expect((await database.meetings.get(example.meeting.id))?.viewRoundsInAttachment).toBe(true);
  });
});
