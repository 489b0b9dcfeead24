import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OVERALL } from '../../shared/domain/dialogue';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase, renderWithApp } from '../../tests/support/renderWithApp';
import { testDisk } from '../../tests/support/testDisk';
import { LiveRegion } from '../app/LiveRegion';
import { saveDecisionText, saveDraft } from '../data/meetingRoom';
import { MeetingScreen } from './MeetingScreen';

/** The overall step, with the draft and the decision, as this window shows it while another window writes too. */
async function overallStep() {
  const user = userEvent.setup({ delay: null });
  const database = createTestDatabase();
  const { meeting } = await storeStartedMeeting(database, { atStep: 'overallComment' });
  renderWithApp(
    <>
      <MeetingScreen meetingId={meeting.id} />
      <LiveRegion />
    </>,
    database,
  );
  await screen.findByRole('heading', { level: 2, name: 'Övergripande kommentar och beslut' });
  const draft = await screen.findByRole('textbox', { name: 'Utkast till kommentar – Övergripande kommentar' });
  const decision = screen.getByRole('textbox', { name: 'Beslutsformulering' });
  const storedDraft = async () => (await database.comments.get(`${meeting.id}:${OVERALL}`))?.draft;
  return { user, database, meeting, draft, decision, storedDraft };
}

/** Another window's write, straight to the database, over whatever it holds. */
async function otherWindowWritesDraft(database: ReturnType<typeof createTestDatabase>, id: string, change: (draft: string) => string) {
  const stored = (await database.comments.get(id))!;
  await database.comments.put({ ...stored, draft: change(stored.draft), draftRevision: (stored.draftRevision ?? 0) + 1 });
}

describe('a text typed in two windows at once', () => {
  it('merges what the other window wrote meanwhile into what is typed here, and says so on screen and aloud', async () => {
    const { user, database, meeting, draft, storedDraft } = await overallStep();
    await user.type(draft, 'Nämnden anser att nivån är rimlig.');
    await waitFor(async () => expect(await storedDraft()).toBe('Nämnden anser att nivån är rimlig.'));

    // This window's next write waits on the disk while the other window writes before it.
    const release = testDisk(database).holdWrites();
    await user.type(draft, ' Följ upp årligen.');
    await otherWindowWritesDraft(database, `${meeting.id}:${OVERALL}`, (text) => `Enhälligt: ${text}`);
    release();

    const merged = 'Enhälligt: Nämnden anser att nivån är rimlig. Följ upp årligen.';
    await waitFor(async () => expect(await storedDraft()).toBe(merged));
    await waitFor(() => expect(draft).toHaveValue(merged));
    const said =
      'Utkast till kommentar – Övergripande kommentar: samtidigt ändrat i ett annat fönster. Ändringarna därifrån är införda i texten.';
    expect(screen.getByText(said, { selector: '.notice' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(said);
  });

  it('follows what the other window writes while nothing typed here waits, keeping the caret by its words', async () => {
    const { user, database, meeting, draft, storedDraft } = await overallStep();
    await user.type(draft, 'Mitt i texten.');
    await waitFor(async () => expect(await storedDraft()).toBe('Mitt i texten.'));
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');

    await otherWindowWritesDraft(database, `${meeting.id}:${OVERALL}`, (text) => `Först: ${text}`);
    await waitFor(() => expect(draft).toHaveValue('Först: Mitt i texten.'));
    await user.keyboard('stora ');
    await waitFor(async () => expect(await storedDraft()).toBe('Först: Mitt i stora texten.'));
  });

  it('keeps both versions, marked, when both windows rewrote the same words, and says where the other begins', async () => {
    const { user, database, meeting, decision } = await overallStep();
    await user.clear(decision);
    await user.type(decision, 'Nämnden beslutar att lämna kommentaren.');
    await waitFor(async () =>
      expect((await database.meetings.get(meeting.id))?.decisionText).toBe('Nämnden beslutar att lämna kommentaren.'),
    );

    const release = testDisk(database).holdWrites();
    await user.clear(decision);
    await user.type(decision, 'Nämnden tillstyrker.');
    const stored = (await database.meetings.get(meeting.id))!;
    await database.meetings.put({
      ...stored,
      decisionText: 'Nämnden avstyrker.',
      decisionTextRevision: (stored.decisionTextRevision ?? 0) + 1,
    });
    release();

    const both = 'Nämnden tillstyrker.\n\nSamtidigt i ett annat fönster:\nNämnden avstyrker.';
    await waitFor(async () => expect((await database.meetings.get(meeting.id))?.decisionText).toBe(both));
    await waitFor(() => expect(decision).toHaveValue(both));
    expect(
      screen.getByText(
        'Beslutsformulering: samma ställe ändrades samtidigt i ett annat fönster. Båda versionerna finns kvar – den andra ' +
          'står efter raden ”Samtidigt i ett annat fönster:”. Ta bort det som inte ska stå kvar.',
        { selector: '.notice' },
      ),
    ).toBeInTheDocument();
  });

  it('writes a text over what it has seen only: a write that saw an older revision merges instead', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    const keepBoth = (mine: string, theirs: string) => `${mine} | ${theirs}`;
    const first = await saveDecisionText(database, meeting.id, {
      text: 'Nämnden beslutar.',
      seen: { text: meeting.decisionText, revision: 0 },
      keepBoth,
    });
    expect(first).toMatchObject({ revision: 1, outcome: null });
    await saveDraft(database, meeting.id, OVERALL, 'Ett.');
    await saveDraft(database, meeting.id, OVERALL, 'Ett utkast.');
    const stale = await saveDraft(database, meeting.id, OVERALL, { text: 'Ja. Ett.', seen: { text: 'Ett.', revision: 1 }, keepBoth });
    expect(stale).toEqual({ text: 'Ja. Ett utkast.', revision: 3, outcome: 'merged', mineEnd: 4 });
    expect((await database.comments.get(`${meeting.id}:${OVERALL}`))?.draft).toBe('Ja. Ett utkast.');
  });
});
