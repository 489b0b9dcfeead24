import { canonicalJson, type AnswerFile } from '../attachment/answerFile';

type Dissents = AnswerFile['overall']['dissents'];

/** One side of a differing part: the rating's label (goals only), the comment and the reservations. */
export interface AnswerSide {
  ratingLabel: string | null;
  comment: string | null;
  dissents: Dissents;
}

export interface DifferingPart {
  /** The goal's number and title as the answers name them; null for the comment on the whole remiss. */
  goal: { number: number; title: string } | null;
  stored: AnswerSide | null;
  incoming: AnswerSide | null;
}

export interface AnswerDifferences {
  parts: DifferingPart[];
  /** Goals answered alike in both. */
  sameGoals: number;
}

const sideOf = (goal: AnswerFile['goals'][number] | undefined): AnswerSide | null =>
  goal ? { ratingLabel: goal.rating?.label ?? null, comment: goal.comment, dissents: goal.dissents } : null;
const same = (x: unknown, y: unknown) => canonicalJson(x) === canonicalJson(y);

/** What the user compares before choosing between two answers from one meeting: per goal, then the whole remiss. */
export function answerDifferences(stored: AnswerFile, incoming: AnswerFile): AnswerDifferences {
  const goalIds = [...new Set([...stored.goals, ...incoming.goals].map((goal) => goal.goalId))];
  const parts: DifferingPart[] = [];
  let sameGoals = 0;
  for (const goalId of goalIds) {
    const x = stored.goals.find((goal) => goal.goalId === goalId);
    const y = incoming.goals.find((goal) => goal.goalId === goalId);
    if (x && y && same({ ...x, title: null }, { ...y, title: null })) {
      sameGoals += 1;
      continue;
    }
    const named = (y ?? x)!;
    parts.push({ goal: { number: named.number, title: named.title }, stored: sideOf(x), incoming: sideOf(y) });
  }
  parts.sort((x, y) => x.goal!.number - y.goal!.number);
  if (!same(stored.overall, incoming.overall))
    parts.push({
      goal: null,
      stored: { ratingLabel: null, ...stored.overall },
      incoming: { ratingLabel: null, ...incoming.overall },
    });
  return { parts, sameGoals };
}
