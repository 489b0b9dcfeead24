import { describe, expect, it } from 'vitest';
import { viewRoundId } from '../../shared/meeting/viewRound';
import { storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import { adjustMeeting } from './exports';
import { deleteMeeting, markHeld, ProtocolAdjustedError } from './meetingRoom';
import {
  clearViewRound,
  saveAnonymousRowView,
  saveCountedView,
  saveNamedView,
  setViewRoundAnonymous,
  setViewRoundsInAttachment,
} from './viewRounds';

async function startedMeeting() {
  const database = createTestDatabase();
  const { meeting } = await storeStartedMeeting(database);
  const [anna, bo] = meeting.participants;
  return { database, meeting, anna: anna!, bo: bo! };
}

describe('rounds of views in the database', () => {
  it('keeps a named round’s views by participant, one row per goal and meeting', async () => {
    const { database, meeting, anna, bo } = await startedMeeting();
    await saveNamedView(database, meeting.id, 'mal-1', anna.id, 3);
    await saveNamedView(database, meeting.id, 'mal-1', bo.id, 'abstain');
    await saveNamedView(database, meeting.id, 'mal-1', anna.id, 4);
    const stored = await database.viewRounds.get(viewRoundId(meeting.id, 'mal-1'));
    expect(stored).toMatchObject({ meetingId: meeting.id, goalId: 'mal-1', anonymous: false, views: { [anna.id]: 4, [bo.id]: 'abstain' } });
    expect(await database.viewRounds.count()).toBe(1);
  });

  it('stores no name or participant at all in an anonymous round, not even for a moment', async () => {
    const { database, meeting, anna, bo } = await startedMeeting();
    const rowsWritten: string[] = [];
    database.viewRounds.hook('creating', (_key, row) => void rowsWritten.push(JSON.stringify(row)));
    database.viewRounds.hook('updating', (changes, _key, row) => void rowsWritten.push(JSON.stringify({ ...row, ...changes })));
    await setViewRoundAnonymous(database, meeting.id, 'mal-2', true);
    await saveCountedView(database, meeting.id, 'mal-2', null, 5);
    await saveCountedView(database, meeting.id, 'mal-2', null, 5);
    await saveCountedView(database, meeting.id, 'mal-2', null, 'abstain');
    await saveCountedView(database, meeting.id, 'mal-2', 5, 2);

    const stored = await database.viewRounds.get(viewRoundId(meeting.id, 'mal-2'));
    expect(stored).toEqual({
      id: viewRoundId(meeting.id, 'mal-2'),
      meetingId: meeting.id,
      goalId: 'mal-2',
      anonymous: true,
      views: {},
      counts: { '2': 1, '5': 1, abstain: 1 },
      updatedAt: expect.any(String),
    });
    expect(rowsWritten.length).toBeGreaterThan(0);
    for (const row of rowsWritten) for (const person of [anna, bo]) expect(row).not.toContain(person.id);
    for (const row of rowsWritten) for (const person of [anna, bo]) expect(row).not.toContain(person.name);
  });

  it('counts a view once however quickly a row is changed twice to the same step', async () => {
    const { database, meeting } = await startedMeeting();
    await setViewRoundAnonymous(database, meeting.id, 'mal-1', true);
    await saveAnonymousRowView(database, meeting.id, 'mal-1', 0, 3);
    // Two arrow presses seen by a screen that had not yet heard of the first: both ask for 4 in the first row.
    await Promise.all([
      saveAnonymousRowView(database, meeting.id, 'mal-1', 0, 4),
      saveAnonymousRowView(database, meeting.id, 'mal-1', 0, 4),
    ]);
    expect((await database.viewRounds.get(viewRoundId(meeting.id, 'mal-1')))?.counts).toEqual({ '4': 1 });
  });

  it('forgets who said what when the chair makes a named round anonymous', async () => {
    const { database, meeting, anna, bo } = await startedMeeting();
    await saveNamedView(database, meeting.id, 'mal-1', anna.id, 3);
    await saveNamedView(database, meeting.id, 'mal-1', bo.id, 3);
    await setViewRoundAnonymous(database, meeting.id, 'mal-1', true);
    const stored = await database.viewRounds.get(viewRoundId(meeting.id, 'mal-1'));
    expect(stored).toMatchObject({ anonymous: true, views: {}, counts: { '3': 2 } });
    expect(JSON.stringify(stored)).not.toContain(anna.id);
    await clearViewRound(database, meeting.id, 'mal-1');
    expect(await database.viewRounds.get(viewRoundId(meeting.id, 'mal-1'))).toMatchObject({ anonymous: true, counts: {} });
  });

  it('refuses every change once the protocol is adjusted, and leaves the round as it was', async () => {
    const { database, meeting, anna } = await startedMeeting();
    await saveNamedView(database, meeting.id, 'mal-1', anna.id, 3);
    await markHeld(database, meeting.id);
    await adjustMeeting(database, meeting.id, { adjustedOn: '2020-09-20', justerare: ['Bo Ek'], chair: 'Anna Berg' });
    const before = await database.viewRounds.toArray();
    const writes = [
      () => saveNamedView(database, meeting.id, 'mal-1', anna.id, 5),
      () => saveNamedView(database, meeting.id, 'mal-3', anna.id, 5),
      () => saveCountedView(database, meeting.id, 'mal-1', null, 2),
      () => setViewRoundAnonymous(database, meeting.id, 'mal-1', true),
      () => clearViewRound(database, meeting.id, 'mal-1'),
      () => setViewRoundsInAttachment(database, meeting.id, true),
    ];
    for (const write of writes) await expect(write()).rejects.toBeInstanceOf(ProtocolAdjustedError);
    expect(await database.viewRounds.toArray()).toEqual(before);
    expect((await database.meetings.get(meeting.id))?.viewRoundsInAttachment).toBeUndefined();
  });

  it('keeps the board’s choice to include the rounds in the attachment on the meeting', async () => {
    const { database, meeting } = await startedMeeting();
    await setViewRoundsInAttachment(database, meeting.id, true);
    expect((await database.meetings.get(meeting.id))?.viewRoundsInAttachment).toBe(true);
  });

  it('deletes the rounds with their meeting, and only theirs', async () => {
    const { database, meeting, anna } = await startedMeeting();
    const other = await storeStartedMeeting(database);
    await saveNamedView(database, meeting.id, 'mal-1', anna.id, 3);
    await saveNamedView(database, other.meeting.id, 'mal-1', other.meeting.participants[0]!.id, 2);
    await deleteMeeting(database, meeting.id);
    expect((await database.viewRounds.toArray()).map((round) => round.meetingId)).toEqual([other.meeting.id]);
  });
});
