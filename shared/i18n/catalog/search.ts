import type { SearchKind } from '../../search/textSearch';
import { bilingual } from '../bilingual';

export const searchText = bilingual(
  {
    title: 'Sök',
    label: 'Sök i möten, anteckningar och kommentarer',
    hint: 'Alla ord måste finnas med. Stora och små bokstäver spelar ingen roll.',
    results: (count: number, capped: boolean) =>
      count === 0 ? 'Inga träffar.' : `${capped ? 'Minst ' : ''}${count === 1 ? '1 träff' : `${count} träffar`}.`,
    resultsLabel: 'Träffar',
    kinds: { meeting: 'Mötet', note: 'Anteckning', comment: 'Kommentar', dissent: 'Reservation eller yttrande' } satisfies Record<
      SearchKind,
      string
    >,
    openMeeting: (bodyName: string, date: string) => `${bodyName}, ${date}`,
    failed: 'Sökningen misslyckades. Försök igen.',
  },
  {
    title: 'Search',
    label: 'Search meetings, notes and comments',
    hint: 'Every word must be there. Upper and lower case do not matter.',
    results: (count: number, capped: boolean) =>
      count === 0 ? 'No matches.' : `${capped ? 'At least ' : ''}${count === 1 ? '1 match' : `${count} matches`}.`,
    resultsLabel: 'Matches',
    kinds: { meeting: 'The meeting', note: 'Note', comment: 'Comment', dissent: 'Reservation or statement' },
    openMeeting: (bodyName: string, date: string) => `${bodyName}, ${date}`,
    failed: 'The search failed. Please try again.',
  },
);
