import { bilingual } from '../bilingual';

/** The round of views (synpunktsrunda) on one goal: the secretary's grid, its bars on the projector and in the attachment. */
export const viewRoundText = bilingual(
  {
    title: (goal: string) => `Synpunktsrunda – ${goal}`,
    lead: (steps: number) =>
      `Varje ledamot som deltar i beslutet ger sin synpunkt på skalan. Tangenterna 1–${steps} väljer steg och 0 betyder avstår; markören går sedan vidare till nästa ledamot. Piltangenterna byter steg och Delete tar bort en synpunkt.`,
    anonymous: 'Anonym synpunktsrunda: bara antalet sparas, inga namn',
    anonymousLocked: 'Töm rundan för att göra den namngiven igen: antalen kan inte knytas till någon.',
    clear: (goal: string) => `Töm rundan – ${goal}`,
    cleared: 'Rundan är tömd.',
    abstain: 'Avstår',
    step: (value: number, label: string) => `${value}. ${label}`,
    anonymousRow: (n: number) => `Synpunkt ${n}`,
    row: (person: string) => `Synpunkt – ${person}`,
    noneTakingPart: 'Ingen deltar i beslutet än: ange i förberedelsen vilka ledamöter som är närvarande och vilka ersättare som tjänstgör.',
    distributionTitle: 'Fördelning',
    distribution: (given: number, abstain: number) => `${given} ${given === 1 ? 'synpunkt' : 'synpunkter'} på skalan, ${abstain} avstår`,
    suggestion: (step: string) => `Förslag utifrån rundan: ${step}`,
    suggestionOfSplit: (lower: string, upper: string) =>
      `Rundan är jämnt delad mellan ${lower} och ${upper}; förslaget är det av de två stegen som ligger närmast skalans mitt.`,
    split: (lower: string, upper: string) =>
      `Rundan är jämnt delad mellan ${lower} och ${upper}, lika nära skalans mitt: inget förslag. Nämnden väljer själv bedömning.`,
    noSuggestion: 'Inget förslag än: ingen har gett någon synpunkt på skalan.',
    rule: 'Förslaget är medianen av synpunkterna på skalan; de som avstår räknas inte.',
    accept: (goal: string) => `Använd förslaget som nämndens bedömning – ${goal}`,
    accepted: (step: string) => `Nämndens bedömning är nu ${step}.`,
    alreadyRating: 'Förslaget är redan nämndens bedömning.',
    project: (goal: string) => `Visa rundan på projektorn – ${goal}`,
    onProjector: 'Rundan visas på projektorn.',
    inAttachment: 'Nämnden beslutar att ta med synpunktsrundorna i protokollsbilagan',
    inAttachmentHint: 'Annars stannar rundorna i appen: bilagan och svarsfilen visar bara nämndens bedömning.',
    projectorTitle: (goal: string) => `Synpunktsrunda – ${goal}`,
    attachmentCaption: 'Synpunktsrunda före nämndens bedömning: antal synpunkter per steg på skalan',
    viewColumn: 'Synpunkt',
    countColumn: 'Antal',
  },
  {
    title: (goal: string) => `Round of views – ${goal}`,
    lead: (steps: number) =>
      `Each member taking part in the decision gives a view on the scale. Keys 1–${steps} choose a step and 0 means abstains; the cursor then moves on to the next member. The arrow keys change the step and Delete takes a view back.`,
    anonymous: 'Anonymous round: only the counts are kept, no names',
    anonymousLocked: 'Clear the round to make it named again: the counts cannot be tied to anyone.',
    clear: (goal: string) => `Clear the round – ${goal}`,
    cleared: 'The round is cleared.',
    abstain: 'Abstains',
    step: (value: number, label: string) => `${value}. ${label}`,
    anonymousRow: (n: number) => `View ${n}`,
    row: (person: string) => `View – ${person}`,
    noneTakingPart:
      'No one takes part in the decision yet: state in the preparation which members are present and which substitutes serve.',
    distributionTitle: 'Distribution',
    distribution: (given: number, abstain: number) => `${given} ${given === 1 ? 'view' : 'views'} on the scale, ${abstain} abstaining`,
    suggestion: (step: string) => `Suggestion from the round: ${step}`,
    suggestionOfSplit: (lower: string, upper: string) =>
      `The round is split evenly between ${lower} and ${upper}; the suggestion is whichever of the two lies nearer the middle of the scale.`,
    split: (lower: string, upper: string) =>
      `The round is split evenly between ${lower} and ${upper}, equally near the middle of the scale: no suggestion. The board chooses its rating itself.`,
    noSuggestion: 'No suggestion yet: no one has given a view on the scale.',
    rule: 'The suggestion is the median of the views on the scale; abstentions are not counted.',
    accept: (goal: string) => `Use the suggestion as the board’s rating – ${goal}`,
    accepted: (step: string) => `The board’s rating is now ${step}.`,
    alreadyRating: 'The suggestion already is the board’s rating.',
    project: (goal: string) => `Show the round on the projector – ${goal}`,
    onProjector: 'The round is shown on the projector.',
    inAttachment: 'The board decides to include the rounds of views in the minutes attachment',
    inAttachmentHint: 'Otherwise the rounds stay in the app: the attachment and the answer file show only the board’s rating.',
    projectorTitle: (goal: string) => `Round of views – ${goal}`,
    attachmentCaption: 'Round of views before the board’s rating: number of views per step of the scale',
    viewColumn: 'View',
    countColumn: 'Count',
  },
);
