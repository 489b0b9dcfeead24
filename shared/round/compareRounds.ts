import type { AnswerFile } from '../attachment/answerFile';
import { normalisedName } from '../remiss/respondents';
import type { RemissPackage } from '../remiss/remissPackage';

/** One body's rating of one goal in the earlier and in this round, as step values; null where there is none. */
export interface RatingMove {
  goalNumber: number;
  earlier: number | null;
  current: number | null;
  /** current − earlier, when both rounds rated the goal on the scale. */
  change: number | null;
}

export interface BodyComparison {
  bodyName: string;
  moves: RatingMove[];
}

export interface GoalComparison {
  goalNumber: number;
  title: string;
  /** The mean step of the bodies that rated the goal in both rounds, so the means compare like with like. */
  earlierMean: number | null;
  currentMean: number | null;
  /** Bodies that rated the goal on the scale in both rounds. */
  pairs: number;
}

export interface RoundComparison {
  bodies: BodyComparison[];
  goals: GoalComparison[];
}

/** The body an answer is from, across rounds: its remissinstans's id, else its name. */
const bodyKey = (answer: AnswerFile) => answer.body.respondentId ?? `namn:${normalisedName(answer.body.name)}`;

const stepOf = (answer: AnswerFile | undefined, goalNumber: number) => {
  const rating = answer?.goals.find((goal) => goal.number === goalNumber)?.rating;
  return rating?.kind === 'step' ? rating.value : null;
};

/**
 * A body's step on a goal in the earlier round, found as compareRounds finds it (remissinstans id, else name); null
 * where the body did not answer then or gave no step.
 */
export function earlierStepLookup(earlier: readonly AnswerFile[]): (answer: AnswerFile, goalNumber: number) => number | null {
  const earlierBy = new Map(earlier.map((answer) => [bodyKey(answer), answer]));
  return (answer, goalNumber) => stepOf(earlierBy.get(bodyKey(answer)), goalNumber);
}

/**
 * How the ratings moved since an earlier round (another package version or year): bodies matched by remissinstans id,
 * else by name; goals by their number, which the council keeps from one round to the next.
 */
export function compareRounds(
  pkg: Pick<RemissPackage, 'goals'>,
  current: readonly AnswerFile[],
  earlier: readonly AnswerFile[],
): RoundComparison {
  const goals = [...pkg.goals].sort((x, y) => x.number - y.number);
  const earlierBy = new Map(earlier.map((answer) => [bodyKey(answer), answer]));
  const bodies = [...current]
    .filter((answer) => earlierBy.has(bodyKey(answer)))
    .sort((x, y) => x.body.name.localeCompare(y.body.name, 'sv-SE'))
    .map((answer) => {
      const before = earlierBy.get(bodyKey(answer));
      return {
        bodyName: answer.body.name,
        moves: goals.map((goal) => {
          const was = stepOf(before, goal.number);
          const now = stepOf(answer, goal.number);
          return { goalNumber: goal.number, earlier: was, current: now, change: was !== null && now !== null ? now - was : null };
        }),
      };
    });
  const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);
  return {
    bodies,
    goals: goals.map((goal, index) => {
      const pairs = bodies.map((body) => body.moves[index]!).filter((move) => move.change !== null);
      return {
        goalNumber: goal.number,
        title: goal.title,
        earlierMean: mean(pairs.map((move) => move.earlier!)),
        currentMean: mean(pairs.map((move) => move.current!)),
        pairs: pairs.length,
      };
    }),
  };
}
