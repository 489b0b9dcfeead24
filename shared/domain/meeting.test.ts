import { describe, expect, it } from 'vitest';
import { issueMessage, messagesFor } from '../i18n/messages';
import { isCalendarDate } from './calendarDate';
import { BODY_NAME_MAX_LENGTH, compareMeetings, createMeeting, validateNewMeeting, type Meeting } from './meeting';

const sv = messagesFor('sv');

function problems(input: { bodyName: string; date: string }): Record<string, string> {
  const result = validateNewMeeting(input);
  return result.ok ? {} : Object.fromEntries(result.issues.map((issue) => [issue.field, issueMessage(sv, issue)]));
}

describe('validateNewMeeting', () => {
  it('accepts a board and a date, tidying the name’s white space', () => {
    expect(validateNewMeeting({ bodyName: '  Barn- och   utbildningsnämnden ', date: '2020-09-15' })).toEqual({
      ok: true,
      value: { bodyName: 'Barn- och utbildningsnämnden', date: '2020-09-15' },
    });
  });

  it('says in Swedish what is missing', () => {
    expect(problems({ bodyName: '   ', date: '' })).toEqual({
      bodyName: 'Ange nämndens eller styrelsens namn.',
      date: 'Ange datum för sammanträdet.',
    });
  });

  it('refuses a date that is not on the calendar', () => {
    expect(problems({ bodyName: 'Kommunstyrelsen', date: '2020-02-30' })).toEqual({
      date: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
    });
  });

  it('refuses an over-long name and counts characters, not UTF-16 units', () => {
    expect(problems({ bodyName: 'å'.repeat(BODY_NAME_MAX_LENGTH), date: '2020-09-15' })).toEqual({});
    expect(problems({ bodyName: '😀'.repeat(BODY_NAME_MAX_LENGTH), date: '2020-09-15' })).toEqual({});
    expect(problems({ bodyName: 'å'.repeat(BODY_NAME_MAX_LENGTH + 1), date: '2020-09-15' })).toEqual({
      bodyName: `Namnet får vara högst ${BODY_NAME_MAX_LENGTH} tecken.`,
    });
  });
});

describe('isCalendarDate', () => {
  it.each(['2020-09-15', '2024-02-29', '1999-12-31'])('accepts %s', (date) => expect(isCalendarDate(date)).toBe(true));
  it.each(['2023-02-29', '2020-13-01', '2020-9-15', '15/09/2020', '2020-09-15T10:00', ''])('refuses %s', (date) =>
    expect(isCalendarDate(date)).toBe(false),
  );
});

describe('createMeeting', () => {
  it('starts as planned, stamped with the given clock', () => {
    const meeting = createMeeting({ bodyName: 'Kultur- och fritidsnämnden', date: '2020-08-20' }, 'm-1', new Date('2020-08-01T08:00:00Z'));
    expect(meeting).toMatchObject({
      id: 'm-1',
      bodyName: 'Kultur- och fritidsnämnden',
      date: '2020-08-20',
      status: 'planned',
      participants: [],
      packageId: null,
      adjustment: null,
      attachmentNumber: '1',
      createdAt: '2020-08-01T08:00:00.000Z',
      updatedAt: '2020-08-01T08:00:00.000Z',
    });
  });
});

describe('compareMeetings', () => {
  const meeting = (id: string, bodyName: string, date: string): Meeting =>
    createMeeting({ bodyName, date }, id, new Date('2020-01-01T00:00:00Z'));

  it('lists the latest date first, then bodies in Swedish alphabetical order', () => {
    const sorted = [
      meeting('a', 'Överförmyndarnämnden', '2020-09-15'),
      meeting('b', 'Barn- och utbildningsnämnden', '2020-08-20'),
      meeting('c', 'Äldrenämnden', '2020-09-15'),
      meeting('d', 'Byggnadsnämnden', '2020-09-15'),
    ].sort(compareMeetings);
    expect(sorted.map((m) => m.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});
