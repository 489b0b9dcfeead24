import type { AnswerFile } from '../attachment/answerFile';
import { bodyKinds as profileKinds } from '../domain/body';
import type { RemissPackage } from '../remiss/remissPackage';

/**
 * The kinds of answering body the strategy office tells apart: those of the body profile, a management group (a meeting
 * form), and the others whose kind neither the file nor the name tells.
 */
export const bodyKinds = [...profileKinds, 'ledning', 'ovrigt'] as const;
export type BodyKind = (typeof bodyKinds)[number];

/** The guess for files without a kind: from the body's name. */
export function bodyKindOf(name: string): BodyKind {
  const lower = name.trim().toLocaleLowerCase('sv-SE');
  if (/\b(ab|aktiebolag)$/.test(lower) || /\bbolag(et)?$/.test(lower)) return 'bolag';
  if (/presidi(um|et)$/.test(lower)) return 'presidium';
  if (/(utskott(et)?|beredning(en)?)$/.test(lower)) return 'utskott';
  if (/styrelse(n)?$/.test(lower)) return 'styrelse';
  if (/nämnd(en)?$/.test(lower)) return 'namnd';
  return 'ovrigt';
}

/**
 * Who answered: a committee, presidium or management meeting is that, whatever its board; a full meeting is the kind in
 * the body's profile, or, in a file without one, the guess from the name.
 */
export function answerBodyKind(answer: AnswerFile): BodyKind {
  if (answer.meeting.form !== 'namnd') return answer.meeting.form;
  return answer.body.kind ?? bodyKindOf(answer.body.name);
}

export type AnswerStatus = AnswerFile['status'];

export interface AnswerFilter {
  kinds: readonly BodyKind[];
  statuses: readonly AnswerStatus[];
}

export function filterAnswers(answers: readonly AnswerFile[], filter: AnswerFilter): AnswerFile[] {
  return answers.filter((answer) => filter.kinds.includes(answerBodyKind(answer)) && filter.statuses.includes(answer.status));
}

/** One bar of a goal's chart: a step of the scale, "no assessment", or not rated at all. */
export interface DistributionRow {
  key: string;
  label: string;
  count: number;
  /** count / number of answers, 0 when there are none. */
  share: number;
}

export interface CommentEntry {
  bodyName: string;
  status: AnswerStatus;
  ratingLabel: string | null;
  comment: string | null;
  dissents: AnswerFile['overall']['dissents'];
}

export interface GoalCompilation {
  goalId: string;
  number: number;
  title: string;
  distribution: DistributionRow[];
  /** Every body's entry for the goal with a comment or a reservation, in body order. */
  comments: CommentEntry[];
}

export interface MatrixRow {
  bodyName: string;
  status: AnswerStatus;
  date: string;
  /** The fingerprint of the package version the body answered, to mark answers to another version. */
  packageFingerprint: string;
  /** Per goal in package order: the rating's label, or null when the body gave none. */
  ratings: (string | null)[];
}

export interface Compilation {
  /** The answers compiled: those the filter lets through. */
  answerCount: number;
  /** Every answer received, whatever the filter. */
  receivedCount: number;
  goals: GoalCompilation[];
  overall: CommentEntry[];
  matrix: MatrixRow[];
  /** Expected respondents with no answer at all: a filter hides answers, it does not make a body silent. */
  missing: string[];
}

const normalised = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
const byBody = (x: AnswerFile, y: AnswerFile) =>
  x.body.name.localeCompare(y.body.name, 'sv-SE') || x.meeting.date.localeCompare(y.meeting.date);

export interface CompileLabels {
  noAssessment: string;
  notRated: string;
  outsideScale: string;
}

/**
 * The strategy office's view of the answers the filter selects: a distribution per goal, the comments by body and the
 * matrix; and, from every answer received, who is missing.
 */
export function compileAnswers(
  pkg: RemissPackage,
  received: readonly AnswerFile[],
  labels: CompileLabels,
  filter?: AnswerFilter,
): Compilation {
  const sorted = (filter ? filterAnswers(received, filter) : [...received]).sort(byBody);
  const goals = [...pkg.goals].sort((x, y) => x.number - y.number);
  const steps = [...pkg.ratingScale.steps].sort((x, y) => x.value - y.value);
  const total = sorted.length;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  const goalIn = (answer: AnswerFile, goalId: string) => answer.goals.find((goal) => goal.goalId === goalId);

  const compiled = goals.map((goal): GoalCompilation => {
    const counts = new Map<string, number>();
    const comments: CommentEntry[] = [];
    for (const answer of sorted) {
      const entry = goalIn(answer, goal.id);
      const rating = entry?.rating ?? null;
      const key =
        rating === null
          ? 'notRated'
          : rating.kind === 'noAssessment'
            ? 'noAssessment'
            : steps.some((step) => step.value === rating.value)
              ? `step-${rating.value}`
              : 'outsideScale';
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (entry && (entry.comment !== null || entry.dissents.length > 0))
        comments.push({
          bodyName: answer.body.name,
          status: answer.status,
          ratingLabel: rating?.label ?? null,
          comment: entry.comment,
          dissents: entry.dissents,
        });
    }
    const row = (key: string, label: string): DistributionRow => ({
      key,
      label,
      count: counts.get(key) ?? 0,
      share: share(counts.get(key) ?? 0),
    });
    const distribution = [
      ...steps.map((step) => row(`step-${step.value}`, `${step.value} – ${step.label}`)),
      ...(pkg.ratingScale.noAssessmentLabel !== null || counts.has('noAssessment')
        ? [row('noAssessment', pkg.ratingScale.noAssessmentLabel ?? labels.noAssessment)]
        : []),
      row('notRated', labels.notRated),
      ...(counts.has('outsideScale') ? [row('outsideScale', labels.outsideScale)] : []),
    ];
    return { goalId: goal.id, number: goal.number, title: goal.title, distribution, comments };
  });

  const answered = new Set(received.map((answer) => normalised(answer.body.name)));
  return {
    answerCount: total,
    receivedCount: received.length,
    goals: compiled,
    overall: sorted
      .filter((answer) => answer.overall.comment !== null || answer.overall.dissents.length > 0)
      .map((answer) => ({
        bodyName: answer.body.name,
        status: answer.status,
        ratingLabel: null,
        comment: answer.overall.comment,
        dissents: answer.overall.dissents,
      })),
    matrix: sorted.map((answer) => ({
      bodyName: answer.body.name,
      status: answer.status,
      date: answer.meeting.date,
      packageFingerprint: answer.package.fingerprint,
      ratings: goals.map((goal) => goalIn(answer, goal.id)?.rating?.label ?? null),
    })),
    missing: pkg.respondents.map((respondent) => respondent.name).filter((name) => !answered.has(normalised(name))),
  };
}

/** A share as Swedish or English readers write a percentage, one decimal: "37,5 %". */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}
