/** A municipality's round of answer files with known ratings, for tests, the benchmark and trying the compile screen. */
import { answerFileToJson, buildAnswerFile, type AnswerFile } from '../attachment/answerFile';
import type { BodyKind } from '../domain/body';
import { commentId, type Dissent, type GoalComment, type MeetingForm } from '../domain/dialogue';
import { createMeeting, type Meeting } from '../domain/meeting';
import { examplePackage } from '../remiss/examplePackage';
import type { Rating, RemissPackage } from '../remiss/remissPackage';

/** Body i's name: nämnder, styrelser, bolag and a råd in turn, with å, ä and ö in every one. */
export function fixtureBodyName(index: number): string {
  const kind = index % 4;
  if (kind === 0) return `Område ${index}s nämnd`;
  if (kind === 1) return `Område ${index}s styrelse`;
  if (kind === 2) return `Område ${index} Fastigheter AB`;
  return `Område ${index}s pensionärsråd`;
}

/** Body i's rating of the goal at position g: steps 1–5, "Ingen bedömning", then none, in a cycle shifted per goal. */
export function fixtureRating(index: number, goalPosition: number): Rating {
  const cycle = (index + 3 * goalPosition) % 7;
  if (cycle < 5) return { kind: 'step', value: cycle + 1 };
  return cycle === 5 ? { kind: 'noAssessment' } : null;
}

export interface FixtureAnswerOptions {
  pkg?: RemissPackage;
  adjusted?: boolean;
  /** Replaces every agreed comment's text, to make a different answer for the same meeting. */
  commentText?: string;
  /** The body profile's kind, written into the file; without it the file carries none, as older files. */
  bodyKind?: BodyKind;
  meetingForm?: MeetingForm;
  /** Another meeting of the same body: its own id and date. */
  meeting?: { id: string; date: string };
  /** The remissinstans the meeting answers for: its name and id replace the numbered body's. */
  respondent?: { id: string; name: string };
  /** For a whole set of files: body i is the package's remissinstans i (there must be that many). */
  forRespondents?: boolean;
}

/** The answer file body i's secretary would export: an agreed comment on every other goal, a reservation now and then. */
export async function fixtureAnswer(index: number, options: FixtureAnswerOptions = {}): Promise<AnswerFile> {
  const pkg = options.pkg ?? examplePackage;
  const adjusted = options.adjusted ?? index % 5 === 0;
  const base = createMeeting(
    { bodyName: options.respondent?.name ?? fixtureBodyName(index), date: options.meeting?.date ?? '2020-09-15' },
    options.meeting?.id ?? `m-${index}`,
    new Date('2020-09-01T08:00:00Z'),
  );
  const meeting: Meeting = {
    ...base,
    meetingForm: options.meetingForm ?? base.meetingForm,
    packageId: pkg.id,
    respondentId: options.respondent?.id ?? null,
    paragraph: String(40 + index),
    status: adjusted ? 'adjusted' : 'held',
    adjustment: adjusted ? { adjustedOn: '2020-09-20', justerare: ['Åsa Öberg'] } : null,
  };
  const at = '2020-09-15T18:00:00.000Z';
  const comments: GoalComment[] = [...pkg.goals]
    .sort((x, y) => x.number - y.number)
    .map((goal, position) => ({
      id: commentId(meeting.id, goal.id),
      meetingId: meeting.id,
      subject: goal.id,
      rating: fixtureRating(index, position),
      draft: '',
      agreedText:
        position % 2 === 0
          ? (options.commentText ?? `${meeting.bodyName} om mål ${goal.number}: vi ställer oss bakom, “så klart”; öåä.`)
          : null,
      agreedAt: position % 2 === 0 ? at : null,
      history: [],
      updatedAt: at,
    }));
  const dissents: Dissent[] =
    index % 10 === 3
      ? [
          {
            id: `d-${index}`,
            meetingId: meeting.id,
            kind: 'reservation',
            participantName: 'Örjan Ärlig (M)',
            goalId: pkg.goals[0]!.id,
            text: 'Ambitionsnivån är för låg.',
            createdAt: at,
            updatedAt: at,
          },
        ]
      : [];
  return buildAnswerFile({
    pkg,
    meeting,
    comments,
    dissents,
    bodyKind: options.bodyKind ?? null,
    exportedAt: new Date('2020-09-21T10:00:00Z'),
  });
}

/** One answer from each of the example package's remissinstanser but the last two, as the strategy office receives them. */
export async function exampleRoundAnswers(pkg: RemissPackage = examplePackage): Promise<AnswerFile[]> {
  return Promise.all(pkg.respondents.slice(0, -2).map((respondent, index) => fixtureAnswer(index, { pkg, respondent })));
}

/** The 40 answer files of a whole municipality's round, as text, each with a file name like the export screen gives. */
export async function fixtureAnswerFiles(count = 40, options: FixtureAnswerOptions = {}): Promise<{ fileName: string; text: string }[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const respondent = options.forRespondents ? (options.pkg ?? examplePackage).respondents[index] : undefined;
      return {
        fileName: `${respondent?.name ?? fixtureBodyName(index)} svar.msvar`,
        text: answerFileToJson(await fixtureAnswer(index, respondent ? { ...options, respondent } : options)),
      };
    }),
  );
}
