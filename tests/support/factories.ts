import type { Body } from '../../shared/domain/body';
import type { Participant } from '../../shared/domain/dialogue';
import { createMeeting, type Meeting } from '../../shared/domain/meeting';
import { createSession, type MeetingSession } from '../../shared/meeting/session';
import { examplePackage } from '../../shared/remiss/examplePackage';
import type { MalsamtalDatabase } from '../../renderer/data/db';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

export function participant(
  name: string,
  role: Participant['role'] = 'ledamot',
  present = true,
  extra: Partial<Participant> = {},
): Participant {
  return { id: nextId('p'), name, party: '', role, present, serving: false, servesFor: null, ...extra };
}

/** A meeting prepared on the built-in example package, with a chair, a member and a secretary. */
export function meetingOnExample(overrides: Partial<Meeting> = {}): Meeting {
  return {
    ...createMeeting({ bodyName: 'Kultur- och fritidsnämnden', date: '2020-09-15' }, nextId('m'), new Date('2020-08-01T08:00:00Z')),
    packageId: examplePackage.id,
    paragraph: '45',
    place: 'Kommunhuset',
    participants: [
      participant('Anna Berg', 'ordforande', true, { party: 'S' }),
      participant('Bo Ek', 'ledamot', true, { party: 'M' }),
      participant('Cecilia Dahl', 'sekreterare'),
    ],
    ...overrides,
  };
}

export function bodyProfile(name: string, kfGoalNumbers: number[][]): Body {
  return {
    id: nextId('b'),
    name,
    kind: 'namnd',
    ownGoals: kfGoalNumbers.map((numbers, index) => ({
      id: nextId('g'),
      title: `Nämndmål ${index + 1}`,
      description: '',
      kfGoalNumbers: numbers,
    })),
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
  };
}

/** Stores a meeting that has started, with the given goals in focus; the chair stands at `atStep`. */
export async function storeStartedMeeting(
  database: MalsamtalDatabase,
  options: { focus?: string[]; atStep?: string; meeting?: Partial<Meeting> } = {},
): Promise<{ meeting: Meeting; session: MeetingSession }> {
  const meeting = meetingOnExample({ status: 'inProgress', ...options.meeting });
  const session = createSession(meeting.id, examplePackage, options.focus ?? ['mal-1', 'mal-3'], new Date('2020-09-15T08:00:00Z'));
  if (options.atStep) session.currentStepId = options.atStep;
  await database.meetings.add(meeting);
  await database.sessions.add(session);
  return { meeting, session };
}
