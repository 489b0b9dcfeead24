import { describe, expect, it } from 'vitest';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import { checkMotivation, checkNewDissent, type NewDissent } from './dissentRules';

const { meeting, comments, decisions } = exampleMeeting({ status: 'inProgress' });
const person = (id: string) => meeting.participants.find((p) => p.id === id)!;
const goal2 = { comment: comments.find((c) => c.subject === 'mal-2'), record: decisions[0] };
const during = new Date(2020, 8, 15, 19, 0);
const reservation = (id: string): NewDissent => ({
  kind: 'reservation',
  participant: person(id),
  goalId: 'mal-2',
  text: '',
  chairAllowed: false,
});

describe('the rules for reservations and statements', () => {
  it('takes a reservation, motivated or not, from one who took part in the decision', () => {
    expect(checkNewDissent(meeting, goal2, reservation('p3'), during)).toBeNull();
    expect(checkNewDissent(meeting, goal2, reservation('p10'), during)).toBeNull();
  });

  it('refuses a reservation once the meeting is closed, with its own reason', () => {
    const closed = { ...meeting, status: 'held' as const, closedAt: '2020-09-15T17:45:00.000Z' };
    expect(checkNewDissent(closed, goal2, reservation('p3'), during)).toBe('meetingClosed');
    expect(checkNewDissent({ ...meeting, closedAt: '2020-09-15T17:45:00.000Z' }, goal2, reservation('p3'), during)).toBe('meetingClosed');
  });

  it('refuses a reservation from one who did not take part, abstained, or before the decision is taken', () => {
    expect(checkNewDissent(meeting, goal2, reservation('p11'), during)).toBe('notTakingPart');
    expect(checkNewDissent(meeting, goal2, reservation('p12'), during)).toBe('notTakingPart');
    const abstained = {
      ...goal2,
      record: { ...goal2.record!, vote: { ...goal2.record!.vote!, votes: { ...goal2.record!.vote!.votes, p3: 'avstar' as const } } },
    };
    expect(checkNewDissent(meeting, abstained, reservation('p3'), during)).toBe('abstained');
    const undecided = { comment: { ...goal2.comment!, agreedText: null }, record: undefined };
    expect(checkNewDissent(meeting, undecided, reservation('p3'), during)).toBe('decisionNotTaken');
  });

  it('enters a särskilt yttrande or protokollsanteckning only when the chair allows it, with its text', () => {
    const statement: NewDissent = { kind: 'sarskiltYttrande', participant: person('p11'), goalId: null, text: 'Text.', chairAllowed: true };
    expect(checkNewDissent(meeting, goal2, statement, during)).toBeNull();
    expect(checkNewDissent(meeting, goal2, { ...statement, chairAllowed: false }, during)).toBe('chairNotAllowed');
    expect(checkNewDissent(meeting, goal2, { ...statement, text: ' ' }, during)).toBe('textMissing');
    expect(checkNewDissent(meeting, goal2, { ...statement, participant: person('p12') }, during)).toBe('notElected');
    expect(checkNewDissent(meeting, goal2, { ...statement, kind: 'protokollsanteckning', participant: person('p12') }, during)).toBeNull();
    expect(checkNewDissent(meeting, goal2, { ...statement, kind: 'protokollsanteckning', participant: person('p8') }, during)).toBe(
      'notPresent',
    );
  });

  it('takes statements and written motivations after the close, until the time set for justering, and not after', () => {
    const closed = { ...meeting, status: 'held' as const, closedAt: '2020-09-15T17:45:00.000Z' };
    const statement: NewDissent = { kind: 'sarskiltYttrande', participant: person('p4'), goalId: null, text: 'Text.', chairAllowed: true };
    expect(checkNewDissent(closed, goal2, statement, new Date(2020, 8, 21, 12, 0))).toBeNull();
    expect(checkMotivation(closed, new Date(2020, 8, 22, 14, 59))).toBeNull();
    expect(checkMotivation(closed, new Date(2020, 8, 22, 15, 0))).toBe('justeringTimePassed');
    expect(checkNewDissent(closed, goal2, statement, new Date(2020, 8, 22, 15, 0))).toBe('justeringTimePassed');
    expect(checkMotivation({ ...closed, status: 'adjusted' }, new Date(2020, 8, 16))).toBe('adjusted');
  });
});
