import { describe, expect, it } from 'vitest';
import { DRAFT } from '../../shared/decision/procedure';
import { commentId } from '../../shared/domain/dialogue';
import { participant, storeStartedMeeting } from '../../tests/support/factories';
import { createTestDatabase } from '../../tests/support/renderWithApp';
import {
  addDissent,
  changeProcedure,
  decide,
  DecisionError,
  DissentRefusedError,
  motivateReservation,
  reviseYrkandeText,
  unlockComment,
} from './decisions';
import { CommentLockedError, markHeld, saveDraft, setRating } from './meetingRoom';

async function meetingWithVoters() {
  const database = createTestDatabase();
  const voters = [
    participant('Anna Berg', 'ordforande', true, { party: 'S' }),
    participant('Bo Ek', 'ledamot', true, { party: 'M' }),
    participant('Cia Dahl', 'ledamot', true, { party: 'V' }),
  ];
  const { meeting } = await storeStartedMeeting(database, {
    meeting: {
      participants: voters,
      justering: { justerareIds: [voters[1]!.id], date: '2020-09-22', time: '15:00', place: '', immediate: false },
    },
  });
  const [anna, bo, cia] = voters as [(typeof voters)[number], (typeof voters)[number], (typeof voters)[number]];
  await setRating(database, meeting.id, 'mal-2', { kind: 'step', value: 4 });
  await saveDraft(database, meeting.id, 'mal-2', 'Höj nivån.');
  return { database, meeting, anna, bo, cia };
}

describe('taking a decision', () => {
  it('locks the comment with the winning yrkande’s text and rating, and fixes who took part', async () => {
    const { database, meeting, anna, bo, cia } = await meetingWithVoters();
    const yrkande = {
      id: 'y1',
      participantId: cia.id,
      participantName: cia.name,
      party: 'V',
      kind: 'eget' as const,
      text: 'Behåll nivån.',
      rating: { kind: 'step' as const, value: 3 },
      withdrawn: false,
      createdAt: '2020-09-15T17:00:00.000Z',
    };
    await changeProcedure(database, meeting.id, 'mal-2', (record) => ({
      ...record,
      yrkanden: [yrkande],
      proposition: DRAFT,
      vote: { ja: DRAFT, nej: 'y1', votes: { [anna.id]: 'nej', [bo.id]: 'ja' } },
    }));
    await expect(decide(database, meeting.id, 'mal-2')).rejects.toMatchObject({ problem: 'voteIncomplete' });
    await changeProcedure(database, meeting.id, 'mal-2', (record) => ({
      ...record,
      vote: { ...record.vote!, votes: { ...record.vote!.votes, [cia.id]: 'nej' } },
    }));
    await decide(database, meeting.id, 'mal-2', new Date('2020-09-15T17:10:00Z'));

    const comment = await database.comments.get(commentId(meeting.id, 'mal-2'));
    expect(comment).toMatchObject({ agreedText: 'Behåll nivån.', rating: { kind: 'step', value: 3 }, draft: 'Höj nivån.' });
    const record = await database.decisions.get(commentId(meeting.id, 'mal-2'));
    expect(record).toMatchObject({ decided: 'y1', decidedAt: '2020-09-15T17:10:00.000Z' });
    expect(record?.participants?.map((person) => person.name)).toEqual(['Anna Berg', 'Bo Ek', 'Cia Dahl']);
    await expect(changeProcedure(database, meeting.id, 'mal-2', (r) => ({ ...r, vote: null }))).rejects.toBeInstanceOf(CommentLockedError);

    await unlockComment(database, meeting.id, 'mal-2');
    expect(await database.decisions.get(commentId(meeting.id, 'mal-2'))).toMatchObject({
      decided: null,
      participants: null,
      yrkanden: [yrkande],
    });
    expect((await database.comments.get(commentId(meeting.id, 'mal-2')))?.draft).toBe('Behåll nivån.');
  });

  it('decides unanimously in one step, recording who took part', async () => {
    const { database, meeting } = await meetingWithVoters();
    await decide(database, meeting.id, 'mal-2');
    expect((await database.comments.get(commentId(meeting.id, 'mal-2')))?.agreedText).toBe('Höj nivån.');
    expect((await database.decisions.get(commentId(meeting.id, 'mal-2')))?.participants).toHaveLength(3);
    await expect(decide(database, meeting.id, 'mal-3')).rejects.toBeInstanceOf(DecisionError);
  });
});

describe('reservations by the rules', () => {
  it('refuses a new reservation once the meeting is closed and stores nothing, yet takes its motivation until justering', async () => {
    const { database, meeting, cia, bo } = await meetingWithVoters();
    await decide(database, meeting.id, 'mal-2');
    const reservation = await addDissent(database, meeting.id, {
      kind: 'reservation',
      participant: cia,
      goalId: 'mal-2',
      text: '',
      chairAllowed: false,
    });
    await markHeld(database, meeting.id, new Date(2020, 8, 15, 19, 0));

    const late = addDissent(database, meeting.id, { kind: 'reservation', participant: bo, goalId: 'mal-2', text: '', chairAllowed: false });
    await expect(late).rejects.toBeInstanceOf(DissentRefusedError);
    await expect(late).rejects.toMatchObject({ reason: 'meetingClosed' });
    expect(await database.dissents.where('meetingId').equals(meeting.id).count()).toBe(1);

    await motivateReservation(database, reservation.id, 'Skriftlig motivering.', new Date(2020, 8, 22, 14, 0));
    expect((await database.dissents.get(reservation.id))?.text).toBe('Skriftlig motivering.');
    await expect(motivateReservation(database, reservation.id, 'För sent.', new Date(2020, 8, 22, 15, 0))).rejects.toMatchObject({
      reason: 'justeringTimePassed',
    });
    expect((await database.dissents.get(reservation.id))?.text).toBe('Skriftlig motivering.');
  });

  it('merges a motivation typed in two windows at once rather than writing one over the other', async () => {
    const { database, meeting, cia } = await meetingWithVoters();
    await decide(database, meeting.id, 'mal-2');
    const reservation = await addDissent(database, meeting.id, {
      kind: 'reservation',
      participant: cia,
      goalId: 'mal-2',
      text: '',
      chairAllowed: false,
    });
    const at = new Date(2020, 8, 16, 9, 0);
    const seen = { text: '', revision: 0 };
    const keepBoth = (mine: string, theirs: string) => `${mine}\n---\n${theirs}`;
    await motivateReservation(database, reservation.id, { text: 'Nivån är för låg.', seen, keepBoth }, at);
    const other = await motivateReservation(database, reservation.id, { text: 'Skolan behöver mer.', seen, keepBoth }, at);
    expect(other.outcome).not.toBeNull();
    const stored = await database.dissents.get(reservation.id);
    expect(stored?.text).toContain('Nivån är för låg.');
    expect(stored?.text).toContain('Skolan behöver mer.');
    expect(stored?.textRevision).toBe(2);
  });
});

describe('an own yrkande’s wording', () => {
  it('is revised as typed until the decision, an emptied wording keeps the draft’s, and it is refused once decided', async () => {
    const { database, meeting, cia } = await meetingWithVoters();
    const yrkande = {
      id: 'y1',
      participantId: cia.id,
      participantName: cia.name,
      party: 'V',
      kind: 'eget' as const,
      text: 'Behåll',
      rating: null,
      withdrawn: false,
      createdAt: '2020-09-15T17:00:00.000Z',
    };
    await changeProcedure(database, meeting.id, 'mal-2', (record) => ({ ...record, yrkanden: [yrkande] }));
    const id = commentId(meeting.id, 'mal-2');

    await reviseYrkandeText(database, meeting.id, 'mal-2', 'y1', 'Behåll nivån.');
    expect((await database.decisions.get(id))?.yrkanden[0]).toMatchObject({ text: 'Behåll nivån.', textRevision: 1 });
    await reviseYrkandeText(database, meeting.id, 'mal-2', 'y1', '  ');
    expect((await database.decisions.get(id))?.yrkanden[0]).toMatchObject({ text: null, textRevision: 2 });
    await reviseYrkandeText(database, meeting.id, 'mal-2', 'y1', 'Behåll nivån.');

    await changeProcedure(database, meeting.id, 'mal-2', (record) => ({ ...record, proposition: 'y1' }));
    await decide(database, meeting.id, 'mal-2');
    expect((await database.comments.get(id))?.agreedText).toBe('Behåll nivån.');
    await expect(reviseYrkandeText(database, meeting.id, 'mal-2', 'y1', 'Ändrat')).rejects.toBeInstanceOf(CommentLockedError);
    expect((await database.decisions.get(id))?.yrkanden[0]?.text).toBe('Behåll nivån.');
  });
});
