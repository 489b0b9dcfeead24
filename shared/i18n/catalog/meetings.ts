import type { MeetingStatus } from '../../domain/meeting';
import { bilingual } from '../bilingual';

export const meetingsText = bilingual(
  {
    title: 'Möten',
    newTitle: 'Nytt möte',
    listTitle: 'Alla möten',
    bodyName: 'Nämnd eller styrelse',
    bodyNameHint: 'Till exempel Barn- och utbildningsnämnden',
    date: 'Datum för sammanträdet',
    create: 'Skapa möte',
    created: (bodyName: string) => `Mötet för ${bodyName} är skapat.`,
    empty: 'Inga möten ännu. Skapa det första ovan.',
    count: (n: number) => (n === 1 ? '1 möte' : `${n} möten`),
    status: {
      planned: 'Planerat',
      inProgress: 'Pågår',
      held: 'Genomfört',
      adjusted: 'Justerat',
    } satisfies Record<MeetingStatus, string>,
    statusLabel: 'Status',
    saveFailed: 'Mötet kunde inte sparas. Försök igen.',
  },
  {
    title: 'Meetings',
    newTitle: 'New meeting',
    listTitle: 'All meetings',
    bodyName: 'Board or committee',
    bodyNameHint: 'For example Barn- och utbildningsnämnden',
    date: 'Date of the meeting',
    create: 'Create meeting',
    created: (bodyName: string) => `The meeting for ${bodyName} has been created.`,
    empty: 'No meetings yet. Create the first one above.',
    count: (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`),
    status: {
      planned: 'Planned',
      inProgress: 'In progress',
      held: 'Held',
      adjusted: 'Adjusted',
    },
    statusLabel: 'Status',
    saveFailed: 'The meeting could not be saved. Please try again.',
  },
);

export const validationText = bilingual(
  {
    bodyNameMissing: 'Ange nämndens eller styrelsens namn.',
    bodyNameTooLong: (max: number) => `Namnet får vara högst ${max} tecken.`,
    dateMissing: 'Ange datum för sammanträdet.',
    dateInvalid: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
  },
  {
    bodyNameMissing: 'Enter the name of the board or committee.',
    bodyNameTooLong: (max: number) => `The name may be at most ${max} characters.`,
    dateMissing: 'Enter the date of the meeting.',
    dateInvalid: 'Enter a valid date (YYYY-MM-DD).',
  },
);
