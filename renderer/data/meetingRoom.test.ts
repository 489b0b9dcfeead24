import { describe, expect, it } from 'vitest';
import { OVERALL, commentId } from '../../shared/domain/dialogue';
import { setSkipped } from '../../shared/meeting/runningOrder';
import { chooseFocusGoals, goToAdjacentStep, toggleProjected } from '../../shared/meeting/session';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { adjustMeeting, logExport } from './exports';
import type { MalsamtalDatabase } from './db';
import {
  addDissent,
  agreeComment,
  CommentLockedError,
  deleteDissent,
  deleteMeeting,
  deleteNotesOfAdjustedMeeting,
  markHeld,
  ProtocolAdjustedError,
  saveDecisionText,
  saveDraft,
  saveSetup,
  setRating,
  startMeeting,
  unlockComment,
  updateSession,
} from './meetingRoom';

/** Everything a meeting is made of, to compare before and after a refused write. */
async function contentOf(database: MalsamtalDatabase, meetingId: string) {
  return {
    meeting: await database.meetings.get(meetingId),
    comments: await database.comments.where('meetingId').equals(meetingId).toArray(),
    dissents: await database.dissents.where('meetingId').equals(meetingId).toArray(),
    steps: (await database.sessions.get(meetingId))?.steps,
    focusGoalIds: (await database.sessions.get(meetingId))?.focusGoalIds,
  };
}

/** A meeting held with an agreed comment, a draft, a reservation and a note, then adjusted by its justerare. */
async function adjustedMeeting() {
  const database = createTestDatabase();
  const { meeting } = await storeStartedMeeting(database);
  await setRating(database, meeting.id, 'mal-1', { kind: 'step', value: 3 });
  await saveDraft(database, meeting.id, 'mal-1', 'Rimlig nivå.');
  await agreeComment(database, meeting.id, 'mal-1');
  await saveDraft(database, meeting.id, OVERALL, 'Ett utkast.');
  await addDissent(database, { meetingId: meeting.id, kind: 'reservation', participantName: 'Bo Ek', goalId: null, text: 'Nej.' });
  await database.notes.add({
    id: 'n-1',
    meetingId: meeting.id,
    stepId: 'introduction',
    marker: null,
    parked: false,
    text: 'Rå anteckning',
    createdAt: 'a',
    updatedAt: 'a',
  });
  await markHeld(database, meeting.id);
  await adjustMeeting(database, meeting.id, { adjustedOn: '2020-09-20', justerare: ['Bo Ek'] });
  expect((await database.meetings.get(meeting.id))?.status).toBe('adjusted');
  return { database, meeting };
}

describe('an adjusted protocol is frozen in the data layer', () => {
  it('refuses every write to what the meeting says and leaves the stored content untouched', async () => {
    const { database, meeting } = await adjustedMeeting();
    const before = await contentOf(database, meeting.id);
    const dissentId = before.dissents[0]!.id;
    const setup = {
      bodyName: 'Annan nämnd',
      bodyId: null,
      meetingForm: 'namnd' as const,
      date: '2021-01-01',
      place: 'Annat rum',
      paragraph: '99',
      itemTitle: meeting.itemTitle,
      attachmentNumber: '7',
      packageId: meeting.packageId,
      respondentId: null,
      participants: [],
    };

    const writes: [string, () => Promise<unknown>][] = [
      ['setup', () => saveSetup(database, meeting.id, setup)],
      ['decision text', () => saveDecisionText(database, meeting.id, 'Ändrat beslut.')],
      ['draft', () => saveDraft(database, meeting.id, OVERALL, 'Ändrat utkast.')],
      ['rating of a draft', () => setRating(database, meeting.id, 'mal-2', { kind: 'step', value: 1 })],
      ['agreeing', () => agreeComment(database, meeting.id, OVERALL)],
      ['unlocking', () => unlockComment(database, meeting.id, 'mal-1')],
      [
        'adding a reservation',
        () => addDissent(database, { meetingId: meeting.id, kind: 'reservation', participantName: 'Anna Berg', goalId: null, text: 'Ja.' }),
      ],
      ['deleting a reservation', () => deleteDissent(database, dissentId)],
      ['restarting', () => startMeeting(database, meeting, examplePackage, ['mal-2'])],
      ['choosing other focus goals', () => updateSession(database, meeting.id, (s) => chooseFocusGoals(s, examplePackage, ['mal-4']))],
      [
        'skipping a step',
        () => updateSession(database, meeting.id, (s) => ({ ...s, steps: setSkipped(s.steps, 'overallDialogue', true) })),
      ],
    ];
    for (const [what, write] of writes) await expect(write(), what).rejects.toBeInstanceOf(ProtocolAdjustedError);

    expect(await contentOf(database, meeting.id)).toEqual(before);
  });

  it('still lets the room walk through and project the adjusted meeting', async () => {
    const { database, meeting } = await adjustedMeeting();
    const moved = await updateSession(database, meeting.id, (s) => goToAdjacentStep(s, 'next', Date.now()));
    const projected = await updateSession(database, meeting.id, (s) => toggleProjected(s, { kind: 'agreed', subject: 'mal-1' }));
    expect(moved?.currentStepId).not.toBe('introduction');
    expect((await database.sessions.get(meeting.id))?.projected).toEqual(projected?.projected);
  });

  it('still deletes the raw notes, and marking it held again leaves it adjusted', async () => {
    const { database, meeting } = await adjustedMeeting();
    expect(await deleteNotesOfAdjustedMeeting(database, meeting.id)).toBe(1);
    await markHeld(database, meeting.id);
    expect((await database.meetings.get(meeting.id))?.status).toBe('adjusted');
  });

  it('lets every write through until the moment of adjustment', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    await markHeld(database, meeting.id);
    await saveDecisionText(database, meeting.id, 'Nämnden beslutar att lämna kommentaren.');
    await updateSession(database, meeting.id, (s) => chooseFocusGoals(s, examplePackage, ['mal-2']));
    expect((await database.meetings.get(meeting.id))?.decisionText).toBe('Nämnden beslutar att lämna kommentaren.');
    expect((await database.sessions.get(meeting.id))?.focusGoalIds).toEqual(['mal-2']);
  });
});

describe('the rating is locked with the agreed text', () => {
  it('refuses a new rating while the comment is agreed, and keeps the agreed rating in the history on unlock', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    await setRating(database, meeting.id, 'mal-1', { kind: 'step', value: 3 });
    await saveDraft(database, meeting.id, 'mal-1', 'Rimlig nivå.');
    await agreeComment(database, meeting.id, 'mal-1');

    await expect(setRating(database, meeting.id, 'mal-1', { kind: 'step', value: 5 })).rejects.toBeInstanceOf(CommentLockedError);
    expect((await database.comments.get(commentId(meeting.id, 'mal-1')))?.rating).toEqual({ kind: 'step', value: 3 });

    await unlockComment(database, meeting.id, 'mal-1');
    await setRating(database, meeting.id, 'mal-1', { kind: 'step', value: 5 });
    const stored = await database.comments.get(commentId(meeting.id, 'mal-1'));
    expect(stored?.rating).toEqual({ kind: 'step', value: 5 });
    expect(stored?.history).toEqual([
      { text: 'Rimlig nivå.', agreedAt: expect.any(String), unlockedAt: expect.any(String), rating: { kind: 'step', value: 3 } },
    ]);
  });
});

describe('deleting a meeting', () => {
  it('removes its export log with it, and no other meeting’s', async () => {
    const database = createTestDatabase();
    const { meeting } = await storeStartedMeeting(database);
    const { meeting: other } = await storeStartedMeeting(database);
    await logExport(database, meeting, 'pdf', 'Bilaga 1 till § 45.pdf');
    await logExport(database, other, 'pdf', 'Bilaga 1 till § 45.pdf');

    await deleteMeeting(database, meeting.id);

    expect(await database.exports.where('meetingId').equals(meeting.id).count()).toBe(0);
    expect(await database.exports.where('meetingId').equals(other.id).count()).toBe(1);
  });
});
