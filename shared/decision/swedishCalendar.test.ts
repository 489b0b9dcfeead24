import { describe, expect, it } from 'vitest';
import { addDays, easterSunday, isNonWorkingDay, isPublicHoliday, lastDayOfTimeLimit, publicHolidays, weekday } from './swedishCalendar';

describe('the Swedish calendar', () => {
  it.each([
    [2008, '2008-03-23'],
    [2020, '2020-04-12'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
  ])('finds Easter Sunday %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(weekday(date)).toBe(0);
  });

  it('lists the public holidays of 2025 as lagen om allmänna helgdagar sets them', () => {
    expect(publicHolidays(2025)).toEqual([
      '2025-01-01',
      '2025-01-06',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-05-29',
      '2025-06-06',
      '2025-06-08',
      '2025-06-21',
      '2025-11-01',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(publicHolidays(2026)).toContain('2026-10-31');
    expect(publicHolidays(2026)).toContain('2026-06-20');
  });

  it('counts every Sunday as a holiday, but not a weekday before one', () => {
    expect(isPublicHoliday('2020-09-20')).toBe(true);
    expect(isPublicHoliday('2020-09-21')).toBe(false);
    expect(isPublicHoliday('2025-04-17')).toBe(false);
  });

  it('excludes Saturdays, holidays, midsommarafton, julafton and nyårsafton as the last day of a time limit', () => {
    expect(['2020-09-19', '2025-06-20', '2025-12-24', '2025-12-31', '2025-04-18'].map(isNonWorkingDay)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['2020-09-18', '2025-06-19', '2025-12-23', '2025-12-30'].map(isNonWorkingDay)).toEqual([false, false, false, false]);
  });

  it('moves the last day to the next weekday', () => {
    expect(lastDayOfTimeLimit('2020-09-24')).toBe('2020-09-24');
    expect(lastDayOfTimeLimit('2020-09-26')).toBe('2020-09-28');
    expect(lastDayOfTimeLimit('2025-12-24')).toBe('2025-12-29');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
  });
});
