import { bilingual } from '../bilingual';

/** The one date control of the app, wherever a date is entered: what it says about a date that is wrong or unlikely. */
export const datesText = bilingual(
  {
    impossible: (date: string) => `${date} finns inte i kalendern. Ange ett datum som finns.`,
    unlikelyTitle: 'Är datumet rätt?',
    unlikely: (date: string) => `${date} ligger mer än två år från i dag.`,
    unlikelyConfirm: 'Ja, datumet är rätt',
    unlikelyChange: 'Ändra datumet',
    openCalendar: 'Visa kalender',
    previousMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
  },
  {
    impossible: (date: string) => `${date} is not in the calendar. Enter a date that exists.`,
    unlikelyTitle: 'Is the date right?',
    unlikely: (date: string) => `${date} is more than two years from today.`,
    unlikelyConfirm: 'Yes, the date is right',
    unlikelyChange: 'Change the date',
    openCalendar: 'Show calendar',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
  },
);
