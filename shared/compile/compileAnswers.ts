import type { AnswerFile } from '../attachment/answerFile';
import { respondentKinds, type RemissPackage, type Respondent } from '../remiss/remissPackage';
import { kindFromName } from '../remiss/respondents';

/**
 * The kinds of answering body the strategy office tells apart: those of the remissinstanser, and the others whose kind
 * neither the package, the file nor the name tells.
 */
export const bodyKinds = [...respondentKinds, 'ovrigt'] as const;
export type BodyKind = (typeof bodyKinds)[number];

/** The guess for files without a kind: from the body's name. */
export function bodyKindOf(name: string): BodyKind {
  return kindFromName(name) ?? 'ovrigt';
}

/**
 * Who answered: a committee, presidium or management meeting is that, whatever its board; a full meeting is the kind in
 * the body's profile, else the remissinstans's kind in the package, or, in a file without either, the guess from the name.
 */
export function answerBodyKind(answer: AnswerFile, respondents: readonly Respondent[] = []): BodyKind {
  if (answer.meeting.form !== 'namnd') return answer.meeting.form;
  const respondent = respondents.find((candidate) => candidate.id === answer.body.respondentId);
  return answer.body.kind ?? respondent?.kind ?? bodyKindOf(answer.body.name);
}

export type AnswerStatus = AnswerFile['status'];

export interface AnswerFilter {
  kinds: readonly BodyKind[];
  statuses: readonly AnswerStatus[];
}

export function filterAnswers(answers: readonly AnswerFile[], filter: AnswerFilter, respondents: readonly Respondent[] = []): AnswerFile[] {
  return answers.filter((answer) => filter.kinds.includes(answerBodyKind(answer, respondents)) && filter.statuses.includes(answer.status));
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
  /** The package's remissinstanser. */
  expectedCount: number;
  /** Remissinstanser with an answer received, whatever the filter. */
  answeredCount: number;
  /** Remissinstanser with no answer at all: a filter hides answers, it does not make a body silent. */
  missing: string[];
  /** Bodies whose answers count but match no remissinstans (stored before the package listed them by id). */
  unmatched: string[];
}

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
  const sorted = (filter ? filterAnswers(received, filter, pkg.respondents) : [...received]).sort(byBody);
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

  // Matched by the remissinstans's id alone: the count and the list of the missing come from the same matching.
  const answered = new Set(received.flatMap((answer) => (answer.body.respondentId ? [answer.body.respondentId] : [])));
  const listed = new Set(pkg.respondents.map((respondent) => respondent.id));
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
    expectedCount: pkg.respondents.length,
    answeredCount: pkg.respondents.filter((respondent) => answered.has(respondent.id)).length,
    missing: pkg.respondents.filter((respondent) => !answered.has(respondent.id)).map((respondent) => respondent.name),
    unmatched:
      pkg.respondents.length === 0
        ? []
        : [...new Set(received.filter((answer) => !listed.has(answer.body.respondentId ?? '')).map((answer) => answer.body.name))],
  };
}

/** A share as Swedish or English readers write a percentage, one decimal: "37,5 %". */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}
