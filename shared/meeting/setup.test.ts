import { describe, expect, it } from 'vitest';
import { validateSetup, type MeetingSetup } from './setup';

const valid: MeetingSetup = {
  bodyId: null,
  bodyName: ' Kultur-  och fritidsnämnden ',
  meetingForm: 'namnd',
  date: '2020-09-15',
  place: 'Sammanträdesrum Skillingaryd',
  paragraph: '§ 45',
  itemTitle: 'Svar på remiss',
  packageId: 'p',
  respondentId: 'kultur-och-fritidsnamnden',
  participants: [{ id: 'a', name: ' Anna  Berg ', role: 'ordforande', present: true }],
};

describe('validateSetup', () => {
  it('tidies names and the paragraph', () => {
    const result = validateSetup(valid);
    expect(result.ok && result.value).toMatchObject({
      bodyName: 'Kultur- och fritidsnämnden',
      paragraph: '45',
      participants: [{ name: 'Anna Berg' }],
    });
  });

  it('drops control characters from the names, the place and the item', () => {
    const result = validateSetup({
      ...valid,
      bodyName: 'Kultur-\u0000 och fritidsnämnden',
      place: 'Rum\u000b 1',
      itemTitle: 'Svar\u0008 på remiss',
      participants: [{ id: 'a', name: 'Anna\u0000 Berg', role: 'ordforande', present: true }],
    });
    expect(result.ok && result.value).toMatchObject({
      bodyName: 'Kultur- och fritidsnämnden',
      place: 'Rum 1',
      itemTitle: 'Svar på remiss',
      participants: [{ name: 'Anna Berg' }],
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
        { id: 'b', name: '', role: 'ledamot', present: true },
        { id: 'c', name: 'A'.repeat(101), role: 'ledamot', present: true },
      ],
    });
    expect(result.ok ? [] : result.issues).toEqual([
      { field: 'bodyName', code: 'bodyNameMissing' },
      { field: 'date', code: 'dateInvalid' },
      { field: 'paragraph', code: 'paragraphInvalid' },
      { field: 'itemTitle', code: 'itemTitleMissing' },
      { field: 'packageId', code: 'packageMissing' },
      { field: 'participant:b', code: 'participantNameMissing' },
      { field: 'participant:c', code: 'participantNameTooLong' },
    ]);
    expect(validateSetup({ ...valid, participants: [{ id: 'd', name: 'Å'.repeat(100), role: 'ledamot', present: true }] }).ok).toBe(true);
  });
});
