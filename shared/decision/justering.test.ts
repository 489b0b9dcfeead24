import { describe, expect, it } from 'vitest';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import {
  appealPeriodEnd,
  isLateJustering,
  justeringTimeReached,
  localDateTime,
  noticeBoardDeadline,
  plannedJusteringDate,
  validateJusteringPlan,
} from './justering';

describe('the notice board and the appeal period', () => {
  it('announces the justering at the latest the second day after it', () => {
    // Tuesday → Thursday.
    expect(noticeBoardDeadline('2020-09-22')).toBe('2020-09-24');
  });

  it('moves the announcement’s last day off a weekend or a holiday to the next weekday', () => {
    // Thursday + 2 is a Saturday → Monday.
    expect(noticeBoardDeadline('2020-09-24')).toBe('2020-09-28');
    // Wednesday before Easter + 2 is långfredagen; then Saturday, påskdagen and annandag påsk → Tuesday.
    expect(noticeBoardDeadline('2025-04-16')).toBe('2025-04-22');
  });

  it('ends the appeal three weeks after the announcement, on the same weekday', () => {
    expect(appealPeriodEnd('2020-09-24')).toBe('2020-10-15');
  });

  it('moves the appeal’s last day past a weekend, julafton and the Christmas holidays, or midsommarafton', () => {
    // 2025-12-24 is julafton, then juldagen, annandag jul, a Saturday and a Sunday → Monday.
    expect(appealPeriodEnd('2025-12-03')).toBe('2025-12-29');
    // 2024-06-21 is midsommarafton → Monday after midsommardagen and a Sunday.
    expect(appealPeriodEnd('2024-05-31')).toBe('2024-06-24');
    // Three weeks from a Saturday ends on a Saturday → Monday.
    expect(appealPeriodEnd('2020-09-26')).toBe('2020-10-19');
  });

  it('warns when justering is more than 14 days after the meeting', () => {
    expect(isLateJustering('2020-09-15', '2020-09-29')).toBe(false);
    expect(isLateJustering('2020-09-15', '2020-09-30')).toBe(true);
  });
});

describe('the justering set at the meeting', () => {
  const { meeting } = exampleMeeting();

  it('is the day and time set; omedelbar justering is the meeting’s own day', () => {
    expect(plannedJusteringDate(meeting)).toBe('2020-09-22');
    expect(plannedJusteringDate({ ...meeting, justering: { ...meeting.justering, immediate: true } })).toBe('2020-09-15');
  });

  it('is reached at the time set, in the laptop’s own clock; a day without a time lasts the whole day', () => {
    const plan = meeting.justering;
    expect(justeringTimeReached(plan, new Date(2020, 8, 22, 14, 59))).toBe(false);
    expect(justeringTimeReached(plan, new Date(2020, 8, 22, 15, 0))).toBe(true);
    expect(justeringTimeReached({ ...plan, time: null }, new Date(2020, 8, 22, 23, 59))).toBe(false);
    expect(justeringTimeReached({ ...plan, time: null }, new Date(2020, 8, 23, 0, 0))).toBe(true);
    expect(justeringTimeReached({ ...plan, date: null }, new Date(2030, 0, 1))).toBe(false);
    expect(localDateTime(new Date(2020, 8, 5, 7, 3))).toBe('2020-09-05T07:03');
  });

  it('accepts one or two justerare among the participants, a date not before the meeting and a time as 15:00 or 15.00', () => {
    expect(
      validateJusteringPlan(
        { justerareIds: ['p2', 'p3', 'p2'], date: ' 2020-09-22 ', time: '15.00', place: ' Kommunhuset,  Vaggeryd ', immediate: false },
        meeting,
      ),
    ).toEqual({
      ok: true,
      value: { justerareIds: ['p2', 'p3'], date: '2020-09-22', time: '15:00', place: 'Kommunhuset, Vaggeryd', immediate: false },
    });
    expect(
      validateJusteringPlan({ justerareIds: ['p2', 'p3', 'p4'], date: '2020-09-14', time: '25:00', place: '', immediate: false }, meeting),
    ).toEqual({
      ok: false,
      issues: [
        { field: 'justerare', code: 'tooManyJusterare' },
        { field: 'justeringDate', code: 'dateBeforeMeeting' },
        { field: 'justeringTime', code: 'timeInvalid' },
      ],
    });
    expect(validateJusteringPlan({ justerareIds: ['okänd'], date: '2020-02-30', time: '', place: '', immediate: false }, meeting)).toEqual({
      ok: false,
      issues: [
        { field: 'justerare', code: 'justerareUnknown' },
        { field: 'justeringDate', code: 'dateInvalid' },
      ],
    });
  });

  it('needs no day or time for omedelbar justering, and keeps none', () => {
    expect(validateJusteringPlan({ justerareIds: ['p2'], date: 'x', time: 'y', place: '', immediate: true }, meeting)).toEqual({
      ok: true,
      value: { justerareIds: ['p2'], date: null, time: null, place: '', immediate: true },
    });
  });
});
