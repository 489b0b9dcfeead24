import { OVERALL, commentId, type Dissent, type GoalComment, type Note } from '../domain/dialogue';
import type { Meeting } from '../domain/meeting';
import { examplePackage } from '../remiss/examplePackage';
import type { KfGoal, Rating, RemissPackage } from '../remiss/remissPackage';

/** A meeting held on a package, with everything that the attachment and the notes export are made from. */
export interface ExampleMeeting {
  pkg: RemissPackage;
  meeting: Meeting;
  comments: GoalComment[];
  dissents: Dissent[];
  notes: Note[];
}

export interface ExampleMeetingOptions {
  id?: string;
  /** How many goals the package has; beyond the example's four, numbered goals are added. */
  goalCount?: number;
  /** Agreed text per goal id (or OVERALL), replacing the example's. */
  agreedTexts?: Record<string, string>;
  status?: Meeting['status'];
  /** The adjustment, for a meeting whose status is 'adjusted'. */
  adjustment?: Meeting['adjustment'];
}

const exampleTexts: Record<string, string> = {
  'mal-1':
    'Nämnden delar bedömningen att ambitionsnivån är rimlig. Förskolor och skolor i hela kommunen – även på landsbygden – ' +
    'är en förutsättning för tillväxt.',
  'mal-2':
    'Nämnden anser att nivån för utbildning bör höjas något: andelen elever som når gymnasiebehörighet ska öka varje år.\n\n' +
    'Samverkan med näringslivet om praktikplatser behöver stärkas.',
  'mal-3': 'Ambitionsnivån är lagom. Kulturskolan och fritidsgårdarna är viktiga för barns och ungas hälsa.',
  'mal-4': 'Nämnden vill att elevernas delaktighet lyfts fram: elevråd och barnkonsekvensanalyser ska användas i alla skolor.',
  [OVERALL]:
    'Barn- och utbildningsnämnden ser målen som en god grund för det fortsatta arbetet mot Vision 2030. ' +
    'Nämnden vill särskilt fördjupa dialogen om mål 2 och mål 3, som ligger närmast nämndens egna mål.',
};

const exampleRatings: Rating[] = [
  { kind: 'step', value: 3 },
  { kind: 'step', value: 4 },
  { kind: 'step', value: 3 },
  { kind: 'noAssessment' },
];

function extraGoal(number: number): KfGoal {
  return {
    id: `mal-${number}`,
    number,
    title: `Exempelmål ${number} för prövning av långa bilagor`,
    description: '',
    ambitionLevel: '',
    focusAreas: [],
    agenda2030: [],
    questions: [],
    documentReferences: [],
  };
}

/**
 * Barn- och utbildningsnämnden's meeting of 15 September 2020 on the built-in example package, held and unadjusted,
 * with agreed comments, a reservation and a separate statement: the fixture for tests and `npm run export:sample`.
 */
export function exampleMeeting(options: ExampleMeetingOptions = {}): ExampleMeeting {
  const id = options.id ?? 'exempel-bun-2020-09-15';
  const goalCount = options.goalCount ?? examplePackage.goals.length;
  const goals = [...examplePackage.goals.slice(0, goalCount)];
  for (let number = goals.length + 1; number <= goalCount; number += 1) goals.push(extraGoal(number));
  const pkg: RemissPackage = { ...examplePackage, goals };
  const at = '2020-09-15T17:30:00.000Z';
  const texts = { ...exampleTexts, ...options.agreedTexts };

  const meeting: Meeting = {
    id,
    bodyId: null,
    bodyName: 'Barn- och utbildningsnämnden',
    meetingForm: 'namnd',
    date: '2020-09-15',
    place: 'Kommunhuset, Vaggeryd',
    paragraph: '45',
    itemTitle: 'Svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål',
    attachmentNumber: '1',
    packageId: pkg.id,
    respondentId: 'barn-och-utbildningsnamnden',
    participants: [
      { id: 'p1', name: 'Anna-Karin Öberg', role: 'ordforande', present: true },
      { id: 'p2', name: 'Jan Ek', role: 'viceOrdforande', present: true },
      { id: 'p3', name: "Siobhán O'Connor", role: 'ledamot', present: true },
      { id: 'p4', name: 'Åsa Lind-Ängström', role: 'ledamot', present: true },
      { id: 'p5', name: 'Per Nilsson', role: 'ersattare', present: false },
      { id: 'p6', name: 'Maria Svensson', role: 'sekreterare', present: true },
    ],
    decisionText: 'Nämnden beslutar att lämna följande kommentar till kommunledningskontoret.',
    status: options.status ?? 'held',
    adjustment: options.adjustment ?? null,
    createdAt: '2020-09-01T08:00:00.000Z',
    updatedAt: at,
  };

  const comment = (subject: string, rating: Rating): GoalComment => {
    const text = texts[subject] ?? `Nämnden har inga synpunkter på mål ${subject.replace('mal-', '')}.`;
    return {
      id: commentId(id, subject),
      meetingId: id,
      subject,
      rating,
      draft: text,
      agreedText: text,
      agreedAt: at,
      history: [],
      updatedAt: at,
    };
  };
  const comments = [
    ...goals.map((goal, index) => comment(goal.id, exampleRatings[index] ?? { kind: 'step', value: 3 })),
    comment(OVERALL, null),
  ];

  const dissents: Dissent[] = [
    {
      id: `${id}:d1`,
      meetingId: id,
      kind: 'reservation',
      participantName: "Siobhán O'Connor",
      goalId: 'mal-2',
      text: 'Jag reserverar mig till förmån för att nivån lämnas oförändrad.',
      createdAt: '2020-09-15T17:10:00.000Z',
      updatedAt: '2020-09-15T17:10:00.000Z',
    },
    {
      id: `${id}:d2`,
      meetingId: id,
      kind: 'sarskiltYttrande',
      participantName: 'Åsa Lind-Ängström',
      goalId: null,
      text: 'Jag vill betona att landsbygdens skolor behöver långsiktiga besked.',
      createdAt: '2020-09-15T17:20:00.000Z',
      updatedAt: '2020-09-15T17:20:00.000Z',
    },
  ];

  const notes: Note[] = [
    {
      id: `${id}:n1`,
      meetingId: id,
      stepId: null,
      marker: 'fraga',
      parked: false,
      text: 'Hur mäts gymnasiebehörighet över tid?',
      createdAt: '2020-09-15T16:40:00.000Z',
      updatedAt: '2020-09-15T16:40:00.000Z',
    },
    {
      id: `${id}:n2`,
      meetingId: id,
      stepId: null,
      marker: null,
      parked: true,
      text: 'Ta upp skolskjutsarna på nästa möte.',
      createdAt: '2020-09-15T16:55:00.000Z',
      updatedAt: '2020-09-15T16:55:00.000Z',
    },
  ];

  return { pkg, meeting, comments, dissents, notes };
}
