import { describe, expect, it } from 'vitest';
import { addYears, isCalendarDate, isImpossibleDate, isUnlikelyDate } from './calendarDate';

describe('calendar dates', () => {
  it('knows a real date from one written like a date that the calendar does not have', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isImpossibleDate('2023-02-31')).toBe(true);
    expect(isImpossibleDate('2023-02-29')).toBe(true);
    expect(isImpossibleDate('2023-13-01')).toBe(true);
    expect(isImpossibleDate('2024-02-29')).toBe(false);
    expect(isImpossibleDate('')).toBe(false);
    expect(isImpossibleDate('15 september')).toBe(false);
  });

  it('calls a date more than two years from today unlikely, and one inside them likely', () => {
    const today = '2026-11-30';
    expect(isUnlikelyDate('1899-09-15', today)).toBe(true);
    expect(isUnlikelyDate('2199-09-15', today)).toBe(true);
    expect(isUnlikelyDate('2024-11-29', today)).toBe(true);
    expect(isUnlikelyDate('2024-11-30', today)).toBe(false);
    expect(isUnlikelyDate('2028-11-30', today)).toBe(false);
    expect(isUnlikelyDate('2028-12-01', today)).toBe(true);
    expect(isUnlikelyDate('2023-02-31', today)).toBe(false);
  });

  it('moves a 29 February a year on to the 28th', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
