import { describe, expect, it } from 'vitest';
import { issueMessage, messagesFor } from '../i18n/messages';
import { isCalendarDate } from './calendarDate';
import { BODY_NAME_MAX_LENGTH, compareMeetings, createMeeting, nextRound, validateNewMeeting, type Meeting } from './meeting';

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

  it('drops control characters from the name: they would reach the attachment, the CSV and the mail as they are', () => {
    expect(validateNewMeeting({ bodyName: 'Barn-\u0000 och\u001b utbildningsnämnden', date: '2020-09-15' })).toEqual({
      ok: true,
      value: { bodyName: 'Barn- och utbildningsnämnden', date: '2020-09-15' },
    });
    expect(problems({ bodyName: '\u0000\u0007', date: '2020-09-15' })).toEqual({ bodyName: 'Ange nämndens eller styrelsens namn.' });
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

describe('nextRound', () => {
  const held: Meeting = {
    ...createMeeting({ bodyName: 'Tekniska nämnden', date: '2020-09-15' }, 'm-1', new Date('2020-08-01T08:00:00Z')),
    place: 'Kommunhuset',
    paragraph: '45',
    attachmentNumber: '2',
    packageId: 'p-1',
    participants: [{ id: 'p-a', name: 'Anna Berg', role: 'ordforande', present: false }],
    status: 'adjusted',
    adjustment: { adjustedOn: '2020-09-20', justerare: ['Bo Ek'] },
  };
  let counter = 0;
  const newId = () => `new-${++counter}`;

  it('is a new planned round a year on, without this year’s paragraph and attachment number', () => {
    const copy = nextRound(held, newId, new Date('2021-01-10T09:00:00Z'));
    expect(copy).toMatchObject({
      bodyName: 'Tekniska nämnden',
      date: '2021-09-15',
      place: 'Kommunhuset',
      paragraph: '',
      attachmentNumber: '',
      packageId: 'p-1',
      status: 'planned',
      adjustment: null,
      createdAt: '2021-01-10T09:00:00.000Z',
    });
    expect(copy.id).not.toBe(held.id);
    expect(copy.participants).toEqual([{ id: expect.stringMatching(/^new-/), name: 'Anna Berg', role: 'ordforande', present: true }]);
  });

  it('moves 29 February to 28 February in a year without it', () => {
    expect(nextRound({ ...held, date: '2024-02-29' }, newId, new Date()).date).toBe('2025-02-28');
    expect(isCalendarDate(nextRound({ ...held, date: '2024-02-29' }, newId, new Date()).date)).toBe(true);
  });
});
