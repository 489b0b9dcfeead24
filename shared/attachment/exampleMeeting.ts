import { OVERALL, commentId, type Dissent, type GoalComment, type Note, type Participant } from '../domain/dialogue';
import type { Meeting } from '../domain/meeting';
import { DRAFT, type DecisionRecord } from '../decision/procedure';
import { examplePackage } from '../remiss/examplePackage';
import type { KfGoal, Rating, RemissPackage } from '../remiss/remissPackage';

/** A meeting held on a package, with everything that the attachment and the notes export are made from. */
export interface ExampleMeeting {
  pkg: RemissPackage;
  meeting: Meeting;
  comments: GoalComment[];
  dissents: Dissent[];
  decisions: DecisionRecord[];
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
  };
}

const person = (id: string, name: string, party: string, role: Participant['role'], extra: Partial<Participant> = {}): Participant => ({
  id,
  name,
  party,
  role,
  present: true,
  serving: false,
  servesFor: null,
  ...extra,
});

/** Nine members, of whom one is away and replaced by a serving substitute; a substitute who listens; the secretary. */
const exampleParticipants: Participant[] = [
  person('p1', 'Anna-Karin Öberg', 'S', 'ordforande'),
  person('p2', 'Jan Ek', 'M', 'viceOrdforande'),
  person('p3', "Siobhán O'Connor", 'V', 'ledamot'),
  person('p4', 'Åsa Lind-Ängström', 'C', 'ledamot'),
  person('p5', 'Lars Nyberg', 'S', 'ledamot'),
  person('p6', 'Fatima Hassan', 'S', 'ledamot'),
  person('p7', 'Mikael Strand', 'M', 'ledamot'),
  person('p8', 'Karin Holm', 'KD', 'ledamot', { present: false }),
  person('p9', 'Erik Sjöberg', 'SD', 'ledamot'),
  person('p10', 'Per Nilsson', 'KD', 'ersattare', { serving: true, servesFor: 'p8' }),
  person('p11', 'Eva Lund', 'S', 'ersattare'),
  person('p12', 'Maria Svensson', '', 'sekreterare'),
];

/**
 * Barn- och utbildningsnämnden's meeting of 15 September 2020 on the built-in example package, held and unadjusted:
 * agreed comments, goal 2 decided after two yrkanden and an open vote (5–4), a reservation for an own yrkande, a
 * särskilt yttrande and a protokollsanteckning allowed by the chair, justerare and the time set for justering. The
 * fixture for tests and `npm run export:sample`.
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
    participants: exampleParticipants,
    memberCount: 9,
    decisionText: '',
    status: options.status ?? 'held',
    closedAt: options.status === 'planned' || options.status === 'inProgress' ? null : '2020-09-15T17:45:00.000Z',
    justering: { justerareIds: ['p2', 'p3'], date: '2020-09-22', time: '15:00', place: 'Kommunhuset, Vaggeryd', immediate: false },
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
      participantId: 'p3',
      participantName: "Siobhán O'Connor",
      party: 'V',
      goalId: 'mal-2',
      text: 'Vänsterpartiet anser att nivån ska lämnas oförändrad tills effekterna av gymnasiereformen är kända.',
      chairAllowed: false,
      createdAt: '2020-09-15T17:10:00.000Z',
      updatedAt: '2020-09-17T09:30:00.000Z',
    },
    {
      id: `${id}:d2`,
      meetingId: id,
      kind: 'sarskiltYttrande',
      participantId: 'p4',
      participantName: 'Åsa Lind-Ängström',
      party: 'C',
      goalId: null,
      text: 'Centerpartiet vill betona att landsbygdens skolor behöver långsiktiga besked.',
      chairAllowed: true,
      createdAt: '2020-09-15T17:20:00.000Z',
      updatedAt: '2020-09-15T17:20:00.000Z',
    },
    {
      id: `${id}:d3`,
      meetingId: id,
      kind: 'protokollsanteckning',
      participantId: 'p2',
      participantName: 'Jan Ek',
      party: 'M',
      goalId: 'mal-4',
      text: 'Moderaterna vill att tryggheten i skolan följs upp med elevernas egna svar.',
      chairAllowed: true,
      createdAt: '2020-09-15T17:25:00.000Z',
      updatedAt: '2020-09-15T17:25:00.000Z',
    },
  ];

  const voters = exampleParticipants.filter((p) => p.present && p.role !== 'sekreterare' && (p.role !== 'ersattare' || p.serving));
  const no = new Set(['p2', 'p3', 'p7', 'p9']);
  const decisions: DecisionRecord[] = [
    {
      id: commentId(id, 'mal-2'),
      meetingId: id,
      subject: 'mal-2',
      excludedIds: [],
      participants: voters.map(({ id: personId, name, party }) => ({ id: personId, name, party })),
      yrkanden: [
        {
          id: 'y1',
          participantId: 'p5',
          participantName: 'Lars Nyberg',
          party: 'S',
          kind: 'bifall',
          text: null,
          rating: null,
          withdrawn: false,
          createdAt: '2020-09-15T16:50:00.000Z',
        },
        {
          id: 'y2',
          participantId: 'p3',
          participantName: "Siobhán O'Connor",
          party: 'V',
          kind: 'eget',
          text: 'Nämnden anser att ambitionsnivån för utbildning är rimlig och bör lämnas oförändrad.',
          rating: { kind: 'step', value: 3 },
          withdrawn: false,
          createdAt: '2020-09-15T16:52:00.000Z',
        },
        {
          id: 'y3',
          participantId: 'p7',
          participantName: 'Mikael Strand',
          party: 'M',
          kind: 'eget',
          text: null,
          rating: { kind: 'step', value: 2 },
          withdrawn: true,
          createdAt: '2020-09-15T16:54:00.000Z',
        },
      ],
      proposition: DRAFT,
      vote: { ja: DRAFT, nej: 'y2', votes: Object.fromEntries(voters.map((p) => [p.id, no.has(p.id) ? 'nej' : 'ja'])) },
      decided: DRAFT,
      decidedAt: at,
      updatedAt: at,
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

  return { pkg, meeting, comments, dissents, decisions, notes };
}
