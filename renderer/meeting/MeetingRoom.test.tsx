import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveRegion } from '../app/LiveRegion';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { adjustMeeting } from '../data/exports';
import { markHeld } from '../data/meetingRoom';
import { meetingOnExample } from '../../tests/support/factories';
import { MeetingScreen } from './MeetingScreen';

async function openMeeting(atStep?: string) {
  const user = userEvent.setup();
  const database = createTestDatabase();
  const { meeting } = await storeStartedMeeting(database, atStep ? { atStep } : {});
  renderWithApp(
    <>
      <MeetingScreen meetingId={meeting.id} />
      <LiveRegion />
    </>,
    database,
  );
  await screen.findByRole('heading', { level: 2, name: atStep === 'goal:mal-1' ? 'Fördjupad dialog: mål 1' : 'Inledning' });
  const session = () => database.sessions.get(meeting.id);
  return { user, database, meeting, session };
}

describe('the chair’s keys', () => {
  it('moves between steps with Alt+→ and Alt+←, and starts and pauses the timer with Alt+T', async () => {
    const { user, session } = await openMeeting();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Övergripande dialog' })).toBeInTheDocument();
    // The announcement follows the write, which may land just after the screen has repainted.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Övergripande dialog'));

    await user.keyboard('{Alt>}t{/Alt}');
    await screen.findByRole('button', { name: 'Pausa tiden' });
    expect((await session())?.timers.overallDialogue?.runningSince).toEqual(expect.any(Number));

    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Inledning' });
    const stored = await session();
    expect(stored?.currentStepId).toBe('introduction');
    expect(stored?.timers.overallDialogue?.runningSince).toBeNull();
    expect(stored?.timers.introduction?.runningSince).toEqual(expect.any(Number));
  });

  it('counts every press of Alt+→, even when the next comes before the screen has caught up', async () => {
    const { session } = await openMeeting();
    // Two key presses in the same task: the second arrives while the first step change is still being written.
    fireEvent.keyDown(window, { key: 'ArrowRight', code: 'ArrowRight', altKey: true });
    fireEvent.keyDown(window, { key: 'ArrowRight', code: 'ArrowRight', altKey: true });
    expect(await screen.findByRole('heading', { level: 2, name: 'Val av fokusmål' })).toBeInTheDocument();
    expect((await session())?.currentStepId).toBe('chooseFocus');
  });

  it('jumps with Alt+N to the open field that begins a note', async () => {
    const { user } = await openMeeting();
    await user.keyboard('{Alt>}n{/Alt}');
    const editor = await screen.findByRole('textbox', { name: 'Ny anteckning' });
    await waitFor(() => expect(editor).toHaveFocus());
  });

  it('puts the current goal’s draft on the projector with Alt+P', async () => {
    const { user, session } = await openMeeting('goal:mal-1');
    await user.keyboard('{Alt>}p{/Alt}');
    await waitFor(async () => expect((await session())?.projected).toEqual({ kind: 'draft', subject: 'mal-1' }));
    await user.keyboard('{Alt>}p{/Alt}');
    await waitFor(async () => expect((await session())?.projected).toBeNull());
  });

  it('lists the keys in a help dialog opened by "?" or its button, but not while typing', async () => {
    const { user } = await openMeeting();
    await user.keyboard('{Alt>}n{/Alt}');
    const editor = await screen.findByRole('textbox', { name: 'Ny anteckning' });
    await waitFor(() => expect(editor).toHaveFocus());
    await user.keyboard('Varför?');
    expect(editor).toHaveValue('Varför?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    fireEvent.keyDown(document.body, { key: '?' });
    const dialog = await screen.findByRole('dialog', { name: 'Kortkommandon' });
    expect(
      within(dialog)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'TangentGör',
      'Alt + →Nästa punkt',
      'Alt + ←Föregående punkt',
      'Alt + TStarta eller pausa tiden',
      'Alt + NSkriv en ny anteckning',
      'Alt + PVisa stegets text på projektorn, eller ta ner det som visas',
      'Alt + ↓Nästa fråga på projektorn',
      'Alt + ↑Föregående fråga på projektorn',
      'Alt + BSläck eller tänd projektorn',
      '?Visa kortkommandona (utanför textfält)',
      'Page DownNästa sida i dokumentet',
      'Page UpFöregående sida i dokumentet',
      'Ctrl + FSök i dokumentet (⌘F på Mac)',
      'Enter / Skift + EnterNästa / föregående träff (i sökrutan)',
      '+ / −Förstora / förminska dokumentet',
      '1–5Ge ledamotens synpunkt och gå till nästa (i synpunktsrundan)',
      '0Ledamoten avstår (i synpunktsrundan)',
      '← / →Byt steg (i synpunktsrundan)',
      'DeleteTa bort ledamotens synpunkt (i synpunktsrundan)',
    ]);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Kortkommandon' }));
    await user.click(await screen.findByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('Alt+arrows in a text field', () => {
  afterEach(() => vi.restoreAllMocks());
  const onPlatform = (platform: string) => vi.spyOn(navigator, 'platform', 'get').mockReturnValue(platform);

  it('on macOS are left to the field, where they move the caret by word, and stay the chair’s keys elsewhere', async () => {
    onPlatform('MacIntel');
    const { user, session } = await openMeeting();
    await user.keyboard('{Alt>}n{/Alt}');
    const editor = await screen.findByRole('textbox', { name: 'Ny anteckning' });
    await waitFor(() => expect(editor).toHaveFocus());
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      expect(fireEvent.keyDown(editor, { key, code: key, altKey: true }), `Alt+${key} reaches the field`).toBe(true);
    }

    // Outside the field the same key moves one step: the presses in the field moved nothing.
    fireEvent.keyDown(document.body, { key: 'ArrowRight', code: 'ArrowRight', altKey: true });
    expect(await screen.findByRole('heading', { level: 2, name: 'Övergripande dialog' })).toBeInTheDocument();
    expect((await session())?.currentStepId).toBe('overallDialogue');

    fireEvent.keyDown(document.body, { key: '?' });
    const dialog = await screen.findByRole('dialog', { name: 'Kortkommandon' });
    expect(dialog).toHaveTextContent('På Mac flyttar Alt (⌥) med pilarna markören ord för ord i ett textfält.');
  });

  it('on Windows and Linux stay the chair’s keys in a text field too', async () => {
    onPlatform('Win32');
    const { user, session } = await openMeeting();
    await user.keyboard('{Alt>}n{/Alt}');
    const editor = await screen.findByRole('textbox', { name: 'Ny anteckning' });
    await waitFor(() => expect(editor).toHaveFocus());
    expect(fireEvent.keyDown(editor, { key: 'ArrowRight', code: 'ArrowRight', altKey: true })).toBe(false);
    expect(await screen.findByRole('heading', { level: 2, name: 'Övergripande dialog' })).toBeInTheDocument();
    expect((await session())?.currentStepId).toBe('overallDialogue');

    fireEvent.keyDown(document.body, { key: '?' });
    const dialog = await screen.findByRole('dialog', { name: 'Kortkommandon' });
    expect(dialog).not.toHaveTextContent('På Mac');
  });
});

describe('the chair’s projector controls', () => {
  /** Opens the projector menu and answers which of its items are there. */
  async function projectorMenuItems(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
    await user.click(screen.getByRole('button', { name: /^Projektor/ }));
    const menu = await screen.findByRole('menu');
    return within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.textContent ?? '');
  }

  it('takes down a comment left up from an earlier step, from the menu or by Alt+P on a step with no comment of its own', async () => {
    const { user, database, meeting, session } = await openMeeting('goal:mal-1');
    expect(await projectorMenuItems(user)).not.toContain('Ta ner från projektorn');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await user.keyboard('{Alt>}p{/Alt}');
    await waitFor(async () => expect((await session())?.projected).toEqual({ kind: 'draft', subject: 'mal-1' }));

    await database.sessions.update(meeting.id, { currentStepId: 'otherGoals' });
    await screen.findByRole('heading', { level: 2, name: 'Övriga mål' });
    await user.keyboard('{Alt>}p{/Alt}');
    await waitFor(async () => expect((await session())?.projected).toBeNull());
    await user.keyboard('{Alt>}p{/Alt}');
    expect((await session())?.projected, 'Alt+P puts nothing up where the step has no comment').toBeNull();

    await database.sessions.update(meeting.id, { projected: { kind: 'draft', subject: 'mal-1' } });
    await waitFor(async () => expect(await projectorMenuItems(user)).toContain('Ta ner från projektorn'));
    await user.click(screen.getByRole('menuitem', { name: 'Ta ner från projektorn' }));
    await waitFor(async () => expect((await session())?.projected).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('Projektorn visar inte längre någon text.');
    await waitFor(() => expect(screen.getByRole('button', { name: /^Projektor/ })).toHaveFocus());
  });

  it('hides the clock on the projector and shows it again from the menu', async () => {
    const { user, session } = await openMeeting('goal:mal-1');
    await projectorMenuItems(user);
    await user.click(screen.getByRole('menuitem', { name: 'Dölj tiden på projektorn' }));
    await waitFor(async () => expect((await session())?.timerHidden).toBe(true));
    expect(await projectorMenuItems(user)).toContain('Visa tiden på projektorn');
    await user.click(screen.getByRole('menuitem', { name: 'Visa tiden på projektorn' }));
    await waitFor(async () => expect((await session())?.timerHidden).toBe(false));
    // The laptop keeps its own clock whatever the room sees.
    expect(screen.getByRole('group', { name: 'Tid för punkten' })).toBeInTheDocument();
  });

  it('moves the projector’s question with the buttons beside it, disabled at either end', async () => {
    const { user, session } = await openMeeting('goal:mal-1');
    const previous = screen.getByRole('button', { name: 'Föregående fråga' });
    const next = screen.getByRole('button', { name: 'Nästa fråga' });
    expect(previous).toBeDisabled();
    const count = (await import('../../shared/remiss/examplePackage')).examplePackage.goals[0]!.questions.length;
    for (let index = 1; index < count; index += 1) {
      await user.click(next);
      await waitFor(async () => expect((await session())?.questionIndex).toBe(index));
    }
    await waitFor(() => expect(next).toBeDisabled());
    await waitFor(() => expect(previous).toHaveFocus());
    await user.click(previous);
    await waitFor(async () => expect((await session())?.questionIndex).toBe(count - 2));
    await waitFor(() => expect(next).toBeEnabled());
  });

  it('offers no question buttons on a step without questions', async () => {
    await openMeeting();
    expect(screen.queryByRole('button', { name: 'Nästa fråga' })).not.toBeInTheDocument();
  });
});

describe('focus after a step change', () => {
  it('lands on the new step’s heading after Alt+→, so it never drops to the page', async () => {
    const { user } = await openMeeting();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Övergripande dialog' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('moves from a control of the old step to the new heading, and stays on a toolbar button that remains', async () => {
    const { user } = await openMeeting('goal:mal-1');
    const toggle = await screen.findByRole('button', { name: 'Visa utkastet på projektorn – Mål 1' });
    toggle.focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Fördjupad dialog: mål 3' });
    await waitFor(() => expect(heading).toHaveFocus());

    const next = screen.getByRole('button', { name: /^Nästa punkt/ });
    await user.click(next);
    await screen.findByRole('heading', { level: 2, name: 'Övriga mål' });
    expect(next).toHaveFocus();
  });
});

describe('the running order', () => {
  it('lets the chair skip, move, retime and add steps, and skipped steps are passed over', async () => {
    const { user, session } = await openMeeting();
    await user.click(screen.getByRole('button', { name: 'Ändra dagordningen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hoppa över Övergripande dialog' }));
    await user.click(screen.getByRole('button', { name: 'Flytta upp Övriga mål' }));
    const minutes = screen.getByRole('textbox', { name: 'Planerade minuter för Inledning' });
    await user.clear(minutes);
    await user.type(minutes, '8');
    await user.tab();
    await user.type(screen.getByRole('textbox', { name: 'Ny punkt' }), 'Information från förvaltningen');
    await user.click(screen.getByRole('button', { name: 'Lägg till punkt' }));

    await waitFor(async () =>
      expect((await session())?.steps.map((s) => s.id).filter((id) => !id.startsWith('custom:'))).toEqual([
        'introduction',
        'overallDialogue',
        'chooseFocus',
        'goal:mal-1',
        'otherGoals',
        'goal:mal-3',
        'overallComment',
        'closing',
      ]),
    );
    const stored = await session();
    expect(stored?.steps[0]?.plannedMinutes).toBe(8);
    expect(stored?.steps[1]).toMatchObject({ kind: 'custom', title: 'Information från förvaltningen' });
    expect(stored?.steps.find((s) => s.id === 'overallDialogue')?.skipped).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Nästa punkt →' }));
    await screen.findByRole('heading', { level: 2, name: 'Information från förvaltningen' });
    await user.click(screen.getByRole('button', { name: 'Nästa punkt →' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Val av fokusmål' })).toBeInTheDocument();
  });

  it('counts two quick ticks of the focus goals, even when the second comes before the screen has caught up', async () => {
    const { user, session } = await openMeeting();
    await user.click(screen.getByRole('button', { name: /Val av fokusmål/ }));
    await screen.findByRole('heading', { level: 2, name: 'Val av fokusmål' });
    const [goal1, goal4] = [await screen.findByRole('checkbox', { name: /^Mål 1:/ }), screen.getByRole('checkbox', { name: /^Mål 4:/ })];
    // Both in the same task: the second tick is made while the first is still being written.
    fireEvent.click(goal1);
    fireEvent.click(goal4);
    await waitFor(async () => expect((await session())?.focusGoalIds).toEqual(['mal-3', 'mal-4']));
  });

  it('builds the in-depth steps from the chosen focus goals', async () => {
    const { user, session } = await openMeeting();
    await user.click(screen.getByRole('button', { name: /Val av fokusmål/ }));
    await screen.findByRole('heading', { level: 2, name: 'Val av fokusmål' });
    await user.click(await screen.findByRole('checkbox', { name: /^Mål 1:/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Mål 4:/ }));
    await waitFor(async () => expect((await session())?.focusGoalIds).toEqual(['mal-3', 'mal-4']));
    const order = screen.getByRole('navigation', { name: 'Dagordning för dialogen' });
    // The running order follows the stored session a render later: wait for it before looking for what went away.
    expect(await within(order).findByText('Fördjupad dialog: mål 4')).toBeInTheDocument();
    expect(within(order).queryByText('Fördjupad dialog: mål 1')).not.toBeInTheDocument();
  });
});

describe('the step timer', () => {
  it('warns calmly, once, as the time box ends, and extending gives time back', async () => {
    const user = userEvent.setup();
    const database = createTestDatabase();
    const { meeting, session } = await storeStartedMeeting(database);
    // The introduction's five minutes started four and a half minutes ago, as after a reload mid-step.
    await database.sessions.put({
      ...session,
      timers: { introduction: { accumulatedMs: 0, runningSince: Date.now() - 270_000, extendedMs: 0 } },
    });
    renderWithApp(
      <>
        <MeetingScreen meetingId={meeting.id} />
        <LiveRegion />
      </>,
      database,
    );
    const timer = await screen.findByRole('group', { name: 'Tid för punkten' });
    await waitFor(() => expect(timer).toHaveTextContent('Snart slut'));
    expect(timer).toHaveClass('timer-ending');
    expect(timer).toHaveTextContent(/Använt 4:3\d/);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Tiden för punkten håller på att ta slut.'));

    await user.click(within(timer).getByRole('button', { name: 'Förläng 2 min' }));
    await waitFor(() => expect(timer).not.toHaveTextContent('Snart slut'));
    expect(timer).toHaveClass('timer-within');
    expect((await database.sessions.get(meeting.id))?.timers.introduction?.extendedMs).toBe(120_000);
  });

  it('shows used and left time that add up to the planned box, even a moment after the start', async () => {
    const database = createTestDatabase();
    const { meeting, session } = await storeStartedMeeting(database, { atStep: 'overallDialogue' });
    // Started one and a half seconds ago: "Använt 0:01" must go with "Kvar 14:59", never "14:58".
    await database.sessions.put({
      ...session,
      timers: { overallDialogue: { accumulatedMs: 1_500, runningSince: null, extendedMs: 0 } },
    });
    renderWithApp(<MeetingScreen meetingId={meeting.id} />, database);
    const timer = await screen.findByRole('group', { name: 'Tid för punkten' });
    await waitFor(() => expect(timer).toHaveTextContent('Använt 0:01'));
    expect(timer).toHaveTextContent('Kvar 14:59 / 15 min');
  });
});

describe('correcting the preparation during the meeting', () => {
  it('adds a late participant without restarting the dialogue', async () => {
    const { user, database, meeting, session } = await openMeeting('goal:mal-1');
    await user.click(screen.getByRole('button', { name: 'Inställningar' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Ändra förberedelsen' }));
    const form = await screen.findByRole('form', { name: 'Förberedelse' });
    expect(within(form).queryByRole('button', { name: 'Starta mötet' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lägg till deltagare' }));
    await user.type(within(form).getByRole('textbox', { name: 'Namn 4' }), 'Dan Fors');
    await user.click(within(form).getByRole('button', { name: 'Spara förberedelsen' }));

    await waitFor(async () => expect((await database.meetings.get(meeting.id))?.participants.map((p) => p.name)).toContain('Dan Fors'));
    expect((await session())?.currentStepId).toBe('goal:mal-1');
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Förberedelse' })).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 2, name: 'Fördjupad dialog: mål 1' })).toBeInTheDocument();
  });

  it('keeps the preparation open through Escape, so what is being typed stays', async () => {
    const { user } = await openMeeting('goal:mal-1');
    await user.click(screen.getByRole('button', { name: 'Inställningar' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Ändra förberedelsen' }));
    const place = within(await screen.findByRole('form', { name: 'Förberedelse' })).getByRole('textbox', { name: 'Plats' });
    await user.clear(place);
    await user.type(place, 'Stora salen');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('form', { name: 'Förberedelse' })).toBeInTheDocument();
    expect(place).toHaveValue('Stora salen');
  });
});

describe('closing the meeting', () => {
  it('shows planned against used time, links to the attachment, and the chair declares the meeting closed after a question', async () => {
    const { user, database, meeting } = await openMeeting();
    await user.click(screen.getByRole('button', { name: /Avslutning/ }));
    const table = await screen.findByRole('table', { name: 'Planerad och använd tid' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 8 + 1);
    expect(within(table).getByRole('row', { name: /Inledning/ })).toHaveTextContent('Inledning5:000:00−5:00');
    expect(screen.getByRole('link', { name: 'Till protokollsbilagan' })).toHaveAttribute('href', `#/moten/${meeting.id}/bilaga`);
    // The chair's closing marks the meeting held: that goes through the held question (the name is the protocol's).
    await user.click(screen.getByRole('button', { name: 'Förklara sammanträdet avslutat' }));
    // Nothing is agreed yet: the secretary is asked, told how much is missing, before the meeting closes on drafts.
    const question = await screen.findByRole('alertdialog', { name: 'Förklara sammanträdet avslutat?' });
    expect(question).toHaveTextContent('4 av 4 mål saknar överenskommen kommentar.');
    expect(question).toHaveTextContent('Den övergripande kommentaren är inte överenskommen.');
    expect((await database.meetings.get(meeting.id))?.status).toBe('inProgress');
    await user.click(within(question).getByRole('button', { name: 'Förklara avslutat' }));
    await waitFor(async () => expect((await database.meetings.get(meeting.id))?.status).toBe('held'));
    expect((await database.meetings.get(meeting.id))?.closedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await screen.findByText(/^Sammanträdet förklarades avslutat \d\d:\d\d\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Förklara sammanträdet avslutat' })).not.toBeInTheDocument();
  });
});

describe('the closing summary', () => {
  it('shows a very long comment by its beginning, with the rest a click away', async () => {
    const { user, database, meeting } = await openMeeting();
    const long = `Nämnden inleder. ${'En mening till om målet. '.repeat(800)}Nämnden avslutar.`;
    await database.comments.put({
      id: `${meeting.id}:mal-2`,
      meetingId: meeting.id,
      subject: 'mal-2',
      rating: null,
      draft: long,
      agreedText: null,
      agreedAt: null,
      history: [],
      updatedAt: '2020-09-15T09:00:00.000Z',
    });
    await user.click(screen.getByRole('button', { name: /Avslutning/ }));
    const summary = await screen.findByRole('region', { name: 'Sammanfattning' });
    await waitFor(() => expect(summary).toHaveTextContent('Nämnden inleder.'));
    expect(summary).not.toHaveTextContent('Nämnden avslutar.');
    await user.click(within(summary).getByRole('button', { name: /^Visa hela texten/ }));
    expect(summary).toHaveTextContent('Nämnden avslutar.');
  });
});

describe('an adjusted protocol in the meeting room', () => {
  const frozenNotice =
    'Protokollet är justerat. Förberedelsen, dagordningen, bedömningarna, kommentarerna, reservationerna och ' +
    'beslutsformuleringen kan inte längre ändras.';

  it('closes the preparation and stops offering changes the moment the protocol is adjusted, and says why', async () => {
    const { user, database, meeting } = await openMeeting();
    await user.click(screen.getByRole('button', { name: 'Inställningar' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Ändra förberedelsen' }));
    await screen.findByRole('form', { name: 'Förberedelse' });

    // Adjusted from the attachment screen, in this window or another.
    await markHeld(database, meeting.id);
    await adjustMeeting(database, meeting.id, { adjustedOn: '2020-09-20', justerare: ['Bo Ek'] });

    expect(await screen.findByText(frozenNotice)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Förberedelse' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Inställningar' }));
    await screen.findByRole('menu');
    expect(screen.queryByRole('menuitem', { name: 'Ändra förberedelsen' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Ändra dagordningen' })).not.toBeInTheDocument();

    // The room can still walk through what was decided.
    await user.click(screen.getByRole('button', { name: /Val av fokusmål/ }));
    await screen.findByRole('heading', { level: 2, name: 'Val av fokusmål' });
    for (const box of screen.getAllByRole('checkbox', { name: /^Mål \d:/ })) expect(box).toBeDisabled();
  });

  it('shows no preparation form for an adjusted meeting that was never started', async () => {
    const database = createTestDatabase();
    const meeting = meetingOnExample({ status: 'adjusted', adjustment: { adjustedOn: '2020-09-20', justerare: ['Bo Ek'] } });
    await database.meetings.add(meeting);
    renderWithApp(<MeetingScreen meetingId={meeting.id} />, database);
    expect(await screen.findByText(frozenNotice)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Förberedelse' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Starta mötet' })).not.toBeInTheDocument();
  });
});
