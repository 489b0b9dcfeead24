import { describe, expect, it } from 'vitest';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import { examplePackage } from '../remiss/examplePackage';
import {
  adjust,
  canSend,
  isClosed,
  isFrozen,
  isLateAdjustment,
  markHeld,
  protocolStatus,
  unagreed,
  validateAdjustment,
} from './protocolPath';

const now = new Date('2020-09-22T09:00:00Z');

describe('the protocol’s path', () => {
  it('goes planned → held (ojusterat) → adjusted (justerat), and freezes only at the end', () => {
    const planned = exampleMeeting({ status: 'planned' }).meeting;
    expect([isFrozen(planned), canSend(planned), protocolStatus(planned), isClosed(planned)]).toEqual([false, false, 'ojusterat', false]);
    const held = markHeld(planned, now);
    expect([held.status, isFrozen(held), canSend(held), protocolStatus(held)]).toEqual(['held', false, true, 'ojusterat']);
    const result = validateAdjustment(held, { adjustedOn: ' 2020-09-22 ' });
    expect(result).toEqual({
      ok: true,
      value: { adjustedOn: '2020-09-22', justerare: ['Jan Ek', "Siobhán O'Connor"], chair: 'Anna-Karin Öberg' },
    });
    if (!result.ok) return;
    const adjusted = adjust(held, result.value, now);
    expect([adjusted.status, isFrozen(adjusted), protocolStatus(adjusted), adjusted.updatedAt]).toEqual([
      'adjusted',
      true,
      'justerat',
      '2020-09-22T09:00:00.000Z',
    ]);
    expect(markHeld(adjusted, now)).toBe(adjusted);
  });

  it('records when the chair declared the meeting closed, once', () => {
    const planned = exampleMeeting({ status: 'inProgress' }).meeting;
    expect(isClosed(planned)).toBe(false);
    const held = markHeld(planned, now);
    expect(held.closedAt).toBe('2020-09-22T09:00:00.000Z');
    expect(isClosed(held)).toBe(true);
    expect(markHeld({ ...planned, closedAt: '2020-09-15T18:00:00.000Z' }, now).closedAt).toBe('2020-09-15T18:00:00.000Z');
  });

  it('takes the justerare from the assignment, with the chair presiding, or the vice chair when the chair is away', () => {
    const held = exampleMeeting().meeting;
    const noChair = { ...held, participants: held.participants.map((p) => (p.role === 'ordforande' ? { ...p, present: false } : p)) };
    expect(validateAdjustment(noChair, { adjustedOn: '2020-09-22' })).toMatchObject({ ok: true, value: { chair: 'Jan Ek' } });
    expect(
      validateAdjustment({ ...held, justering: { ...held.justering, justerareIds: ['p3'] } }, { adjustedOn: '2020-09-22' }),
    ).toMatchObject({ ok: true, value: { justerare: ["Siobhán O'Connor"] } });
  });

  it('refuses an adjustment without date or justerare, before the meeting, of a meeting not held, or off the day of omedelbar justering', () => {
    const held = exampleMeeting().meeting;
    const noJusterare = { ...held, justering: { ...held.justering, justerareIds: [] } };
    expect(validateAdjustment(noJusterare, { adjustedOn: '' })).toEqual({
      ok: false,
      issues: [
        { field: 'adjustedOn', code: 'dateMissing' },
        { field: 'justerare', code: 'justerareMissing' },
      ],
    });
    expect(validateAdjustment(held, { adjustedOn: '2020-09-14' })).toMatchObject({ issues: [{ code: 'dateBeforeMeeting' }] });
    expect(validateAdjustment(held, { adjustedOn: '2020-02-30' })).toMatchObject({ issues: [{ code: 'dateInvalid' }] });
    expect(validateAdjustment({ ...held, status: 'inProgress' }, { adjustedOn: '2020-09-22' })).toMatchObject({
      issues: [{ code: 'notHeld' }],
    });
    const immediate = { ...held, justering: { ...held.justering, immediate: true } };
    expect(validateAdjustment(immediate, { adjustedOn: '2020-09-16' })).toMatchObject({ issues: [{ code: 'notMeetingDate' }] });
    expect(validateAdjustment(immediate, { adjustedOn: '2020-09-15' }).ok).toBe(true);
    const nobodyPresiding = {
      ...held,
      participants: held.participants.filter((p) => p.role !== 'ordforande' && p.role !== 'viceOrdforande'),
    };
    expect(
      validateAdjustment({ ...nobodyPresiding, justering: { ...held.justering, justerareIds: ['p3'] } }, { adjustedOn: '2020-09-22' }),
    ).toMatchObject({
      issues: [{ code: 'chairMissing' }],
    });
  });

  it('warns, without refusing, of a justering more than 14 days after the meeting', () => {
    const held = exampleMeeting().meeting;
    expect(isLateAdjustment(held, '2020-09-29')).toBe(false);
    expect(isLateAdjustment(held, '2020-10-01')).toBe(true);
    expect(validateAdjustment(held, { adjustedOn: '2020-10-01' }).ok).toBe(true);
  });
});

describe('what is not yet agreed', () => {
  it('counts the goals without an agreed comment and says whether the overall comment is agreed', () => {
    const comment = (subject: string, agreedText: string | null) => ({ subject, agreedText });
    expect(unagreed(examplePackage, [])).toEqual({ goals: 4, goalCount: 4, overall: true });
    expect(unagreed(examplePackage, [comment('mal-1', 'Enig.'), comment('mal-2', null), comment('overall', 'Enig.')])).toEqual({
      goals: 3,
      goalCount: 4,
      overall: false,
    });
  });
});
