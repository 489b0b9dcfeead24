import { describe, expect, it } from 'vitest';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import { adjust, canSend, isFrozen, markHeld, protocolStatus, validateAdjustment } from './protocolPath';

const now = new Date('2020-09-22T09:00:00Z');

describe('the protocol’s path', () => {
  it('goes planned → held (ojusterat) → adjusted (justerat), and freezes only at the end', () => {
    const planned = exampleMeeting({ status: 'planned' }).meeting;
    expect([isFrozen(planned), canSend(planned), protocolStatus(planned)]).toEqual([false, false, 'ojusterat']);
    const held = markHeld(planned, now);
    expect([held.status, isFrozen(held), canSend(held), protocolStatus(held)]).toEqual(['held', false, true, 'ojusterat']);
    const result = validateAdjustment(held, { adjustedOn: '2020-09-22', justerare: " Jan Ek \n\n Siobhán  O'Connor " });
    expect(result).toEqual({ ok: true, value: { adjustedOn: '2020-09-22', justerare: ['Jan Ek', "Siobhán O'Connor"] } });
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

  it('refuses an adjustment without date or justerare, before the meeting, or of a meeting not held', () => {
    const held = exampleMeeting().meeting;
    expect(validateAdjustment(held, { adjustedOn: '', justerare: ' ' })).toEqual({
      ok: false,
      issues: [
        { field: 'adjustedOn', code: 'dateMissing' },
        { field: 'justerare', code: 'justerareMissing' },
      ],
    });
    expect(validateAdjustment(held, { adjustedOn: '2020-09-14', justerare: 'Jan Ek' })).toMatchObject({
      issues: [{ code: 'dateBeforeMeeting' }],
    });
    expect(validateAdjustment(held, { adjustedOn: '2020-02-30', justerare: 'Jan Ek' })).toMatchObject({
      issues: [{ code: 'dateInvalid' }],
    });
    expect(validateAdjustment({ ...held, status: 'inProgress' }, { adjustedOn: '2020-09-22', justerare: 'Jan Ek' })).toMatchObject({
      issues: [{ code: 'notHeld' }],
    });
  });
});
