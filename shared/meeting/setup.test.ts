import { describe, expect, it } from 'vitest';
import { validateSetup, type MeetingSetupInput } from './setup';

const person = { party: '', serving: false, servesFor: null };

const valid: MeetingSetupInput = {
  bodyId: null,
  bodyName: ' Kultur-  och fritidsnämnden ',
  meetingForm: 'namnd',
  date: '2020-09-15',
  place: 'Sammanträdesrum Skillingaryd',
  paragraph: '§ 45',
  ownCaseNumber: ' KFN  2020/12 ',
  itemTitle: 'Svar på remiss',
  packageId: 'p',
  respondentId: 'kultur-och-fritidsnamnden',
  participants: [
    { ...person, id: 'a', name: ' Anna  Berg ', party: ' S ', role: 'ordforande', present: true },
    { ...person, id: 'b', name: 'Bo Ek', role: 'ersattare', present: true, serving: true, servesFor: 'c' },
    { ...person, id: 'c', name: 'Cecilia Dahl', role: 'ledamot', present: false, serving: true, servesFor: 'b' },
  ],
  memberCount: ' 9 ',
  justering: { justerareIds: ['c'], date: '2020-09-22', time: '15.00', place: 'Kommunhuset', immediate: false },
};

describe('validateSetup', () => {
  it('tidies names and the paragraph', () => {
    const result = validateSetup(valid);
    expect(result.ok && result.value).toMatchObject({
      bodyName: 'Kultur- och fritidsnämnden',
      paragraph: '45',
      ownCaseNumber: 'KFN 2020/12',
      participants: [
        { name: 'Anna Berg', party: 'S' },
        { serving: true, servesFor: 'c' },
        { serving: false, servesFor: null },
      ],
      memberCount: 9,
      justering: { justerareIds: ['c'], date: '2020-09-22', time: '15:00', place: 'Kommunhuset', immediate: false },
    });
  });

  it('refuses a diarienummer longer than 40 characters, and takes one of exactly 40', () => {
    expect(validateSetup({ ...valid, ownCaseNumber: 'B'.repeat(41) })).toEqual({
      ok: false,
      issues: [{ field: 'ownCaseNumber', code: 'ownCaseNumberTooLong' }],
    });
    expect(validateSetup({ ...valid, ownCaseNumber: 'B'.repeat(40) }).ok).toBe(true);
  });

  it('drops control characters from the names, the place and the item', () => {
    const result = validateSetup({
      ...valid,
      bodyName: 'Kultur-\u0000 och fritidsnämnden',
      place: 'Rum\u000b 1',
      itemTitle: 'Svar\u0008 på remiss',
      participants: [
        { id: 'a', name: 'Anna\u0000 Berg', party: 'S\u0000', role: 'ordforande', present: true, serving: false, servesFor: null },
      ],
      justering: { ...valid.justering, justerareIds: [] },
    });
    expect(result.ok && result.value).toMatchObject({
      bodyName: 'Kultur- och fritidsnämnden',
      place: 'Rum 1',
      itemTitle: 'Svar på remiss',
      participants: [{ name: 'Anna Berg', party: 'S' }],
    });
  });

  it('names every problem with its field', () => {
    const result = validateSetup({
      ...valid,
      bodyName: '',
      date: '2020-02-30',
      paragraph: 'fyrtiofem',
      itemTitle: ' ',
      packageId: null,
      participants: [
        { ...person, id: 'b', name: '', role: 'ledamot', present: true },
        { ...person, id: 'd', name: 'x'.repeat(101), party: 'P'.repeat(21), role: 'ledamot', present: true },
      ],
      memberCount: 'nio',
      justering: { justerareIds: ['b', 'd', 'x'], date: '2020-09-14', time: '', place: '', immediate: false },
    });
    expect(result.ok ? [] : result.issues).toEqual([
      { field: 'bodyName', code: 'bodyNameMissing' },
      { field: 'date', code: 'dateInvalid' },
      { field: 'paragraph', code: 'paragraphInvalid' },
      { field: 'itemTitle', code: 'itemTitleMissing' },
      { field: 'packageId', code: 'packageMissing' },
      { field: 'memberCount', code: 'memberCountInvalid' },
      { field: 'participant:b', code: 'participantNameMissing' },
      { field: 'participant:d', code: 'participantNameTooLong' },
      { field: 'party:d', code: 'partyTooLong' },
      { field: 'justerare', code: 'tooManyJusterare' },
    ]);
    expect(
      validateSetup({
        ...valid,
        participants: [{ ...person, id: 'd', name: 'Å'.repeat(100), role: 'ledamot', present: true }],
        justering: { ...valid.justering, justerareIds: ['d'] },
      }).ok,
    ).toBe(true);
  });
});
