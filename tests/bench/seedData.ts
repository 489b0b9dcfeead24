import { commentId, type GoalComment, type Note } from '../../shared/domain/dialogue';
import { createMeeting, type Meeting } from '../../shared/domain/meeting';
import { examplePackage } from '../../shared/remiss/examplePackage';

export interface SeedRows {
  meetings: Meeting[];
  comments: GoalComment[];
  notes: Note[];
}

const bodies = ['Barn- och utbildningsnämnden', 'Kultur- och fritidsnämnden', 'Socialnämnden', 'Tekniska nämnden', 'Kommunstyrelsen'];
const phrases = [
  'Nämnden ser att ambitionsnivån är rimlig men kräver samverkan över förvaltningsgränserna.',
  'Förslag: följ upp målet med elevernas egen upplevelse av trygghet.',
  'Fråga om hur landsbygdens service påverkas av den föreslagna nivån.',
  'Invändning: resurserna räcker inte för en höjd nivå under mandatperioden.',
];

/** A laptop after years of use: meetings with 4–20 goals each, every goal with a comment and a few notes. */
export function seedRows(meetingCount: number): SeedRows {
  const rows: SeedRows = { meetings: [], comments: [], notes: [] };
  for (let index = 0; index < meetingCount; index += 1) {
    const date = new Date(Date.UTC(2015 + (index % 10), index % 12, 1 + (index % 28)));
    const meeting: Meeting = {
      ...createMeeting(
        { bodyName: `${bodies[index % bodies.length]} ${index}`, date: date.toISOString().slice(0, 10) },
        `bench-${index}`,
        date,
      ),
      packageId: examplePackage.id,
      status: (['planned', 'inProgress', 'held', 'adjusted'] as const)[index % 4]!,
    };
    rows.meetings.push(meeting);
    const goals = 4 + (index % 17);
    for (let goal = 1; goal <= goals; goal += 1) {
      const text = `${phrases[(index + goal) % phrases.length]} (mål ${goal}, möte ${index})`;
      rows.comments.push({
        id: commentId(meeting.id, `mal-${goal}`),
        meetingId: meeting.id,
        subject: `mal-${goal}`,
        rating: { kind: 'step', value: 1 + ((index + goal) % 5) },
        draft: text,
        agreedText: text,
        agreedAt: meeting.createdAt,
        history: [],
        updatedAt: meeting.createdAt,
      });
      for (let note = 0; note < 3; note += 1) {
        rows.notes.push({
          id: `${meeting.id}-${goal}-${note}`,
          meetingId: meeting.id,
          stepId: `goal:mal-${goal}`,
          goalId: `mal-${goal}`,
          marker: null,
          parked: false,
          text: `${phrases[(index + goal + note) % phrases.length]} Anteckning ${note + 1}.`,
          createdAt: meeting.createdAt,
          updatedAt: meeting.createdAt,
        });
      }
    }
  }
  return rows;
}
