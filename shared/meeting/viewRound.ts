import { isDeciding } from '../decision/participants';
import type { Meeting } from '../domain/meeting';
import type { RatingScale } from '../remiss/remissPackage';

/**
 * A round of views (synpunktsrunda): before the board rates a goal, each member taking part gives a view on the package's
 * scale, or abstains. The board's rating stays its own decision; the round is only its starting point.
 */

/** A step of the scale by its value, or "Avstår": no view. */
export type View = number | 'abstain';

/** How many gave each view: the step's value as text ("1" … "N") or "abstain". */
export type ViewCounts = Record<string, number>;

/**
 * One goal's round in one meeting. A named round keeps each participant's view by id (the names stay in the meeting's
 * list of participants); an anonymous round keeps only how many gave each view: no id, no name, no order of giving.
 */
export interface ViewRound {
  /** `${meetingId}:${goalId}`: one round per goal and meeting. */
  id: string;
  meetingId: string;
  goalId: string;
  anonymous: boolean;
  /** Named: the participants' views by participant id. Always empty in an anonymous round. */
  views: Record<string, View>;
  /** Anonymous: how many gave each view. Always empty in a named round. */
  counts: ViewCounts;
  updatedAt: string;
}

export function viewRoundId(meetingId: string, goalId: string): string {
  return `${meetingId}:${goalId}`;
}

export function emptyViewRound(meetingId: string, goalId: string, anonymous = false): ViewRound {
  return { id: viewRoundId(meetingId, goalId), meetingId, goalId, anonymous, views: {}, counts: {}, updatedAt: '' };
}

export function viewKey(view: View): string {
  return view === 'abstain' ? 'abstain' : String(view);
}

export function viewOfKey(key: string): View {
  return key === 'abstain' ? 'abstain' : Number(key);
}

/** Whether a view is one the scale offers. */
export function isViewOn(scale: RatingScale, view: View): boolean {
  return view === 'abstain' || scale.steps.some((step) => step.value === view);
}

/** How many views the round holds, abstentions included. */
export function viewsGiven(round: ViewRound): number {
  return round.anonymous ? Object.values(round.counts).reduce((sum, count) => sum + count, 0) : Object.keys(round.views).length;
}

/** A named round: the participant's view is set, or taken back with null. */
export function withNamedView(round: ViewRound, participantId: string, view: View | null): ViewRound {
  if (round.anonymous) throw new Error('An anonymous round keeps no one’s view');
  const views = { ...round.views };
  if (view === null) delete views[participantId];
  else views[participantId] = view;
  return { ...round, views };
}

/**
 * An anonymous round: one more view given (`added`), or one changed from `removed` to `added`, or taken back
 * (`added` null). The counts never go below zero.
 */
export function withCountedView(round: ViewRound, removed: View | null, added: View | null): ViewRound {
  if (!round.anonymous) throw new Error('A named round keeps views by participant');
  const counts = { ...round.counts };
  if (removed !== null) {
    const key = viewKey(removed);
    const left = (counts[key] ?? 0) - 1;
    if (left > 0) counts[key] = left;
    else delete counts[key];
  }
  if (added !== null) counts[viewKey(added)] = (counts[viewKey(added)] ?? 0) + 1;
  return { ...round, counts };
}

/** An anonymous round's views one by one, lowest step first and abstentions last: the order its rows show them in. */
export function anonymousViewsInOrder(round: ViewRound): View[] {
  const keys = Object.keys(round.counts).sort((a, b) => (a === 'abstain' ? 1 : b === 'abstain' ? -1 : Number(a) - Number(b)));
  return keys.flatMap((key) => Array.from({ length: round.counts[key] ?? 0 }, () => viewOfKey(key)));
}

/**
 * An anonymous round: the view in its `row`-th row (see anonymousViewsInOrder) becomes `view`, or is taken back (null).
 * The row is read from the round as stored, so two quick presses on a row never count one view twice.
 */
export function withAnonymousRowView(round: ViewRound, row: number, view: View | null): ViewRound {
  return withCountedView(round, anonymousViewsInOrder(round)[row] ?? null, view);
}

/**
 * Named ↔ anonymous. A named round becoming anonymous keeps only its counts, forgetting who said what; an anonymous
 * round can become named only while empty, since counts cannot be given back to anyone.
 */
export function withAnonymity(round: ViewRound, anonymous: boolean): ViewRound {
  if (round.anonymous === anonymous) return round;
  if (anonymous) return { ...round, anonymous, views: {}, counts: countsOf(round, null) };
  if (viewsGiven(round) > 0) throw new Error('An anonymous round’s counts cannot be named');
  return { ...round, anonymous, counts: {} };
}

/** How many gave each view; a named round counts only those in `takingPart` (null: everyone it holds). */
function countsOf(round: ViewRound, takingPart: ReadonlySet<string> | null): ViewCounts {
  if (round.anonymous) return { ...round.counts };
  const counts: ViewCounts = {};
  for (const [participantId, view] of Object.entries(round.views))
    if (takingPart === null || takingPart.has(participantId)) counts[viewKey(view)] = (counts[viewKey(view)] ?? 0) + 1;
  return counts;
}

/** The distribution of a round over the scale, step by step, lowest first, and the abstentions apart. */
export interface ViewDistribution {
  steps: { value: number; label: string; count: number }[];
  abstain: number;
  /** Views on the scale: abstentions not counted. */
  given: number;
}

/**
 * The round's distribution. In a named round only the views of those who take part in the decision now count
 * (`takingPart`, participant ids): a member who left the room is not counted. Views off the scale are not counted.
 */
export function viewDistribution(
  round: ViewRound | null | undefined,
  scale: RatingScale,
  takingPart?: readonly string[],
): ViewDistribution {
  const counts = round ? countsOf(round, takingPart ? new Set(takingPart) : null) : {};
  const steps = [...scale.steps]
    .sort((a, b) => a.value - b.value)
    .map((step) => ({ value: step.value, label: step.label, count: counts[String(step.value)] ?? 0 }));
  return { steps, abstain: counts.abstain ?? 0, given: steps.reduce((sum, step) => sum + step.count, 0) };
}

/**
 * The starting point the round suggests for the board's rating: the median view on the ordered scale.
 * - No view on the scale (none given, or all abstained): no suggestion.
 * - An odd number of views: the middle one. An even number whose two middle views agree: that view.
 * - An even number whose two middle views differ (the room is split): the one nearer the scale's middle, the smaller
 *   change to the council's ambition level; when both are as near (one on each side of the middle), no step is
 *   suggested and the split is said as it is: the board then starts from neither.
 */
export type ViewSuggestion =
  | { kind: 'none' }
  /** `between`: the two middle views when they differ, the suggestion being the one nearer the middle. */
  | { kind: 'step'; value: number; between: { lower: number; upper: number } | null }
  | { kind: 'split'; lower: number; upper: number };

export function suggestedRating(distribution: ViewDistribution): ViewSuggestion {
  const { steps, given } = distribution;
  if (given === 0) return { kind: 'none' };
  // The value at the k-th (0-based) position of the views ordered from the lowest step.
  const at = (position: number): number => {
    let seen = 0;
    for (const step of steps) {
      seen += step.count;
      if (position < seen) return step.value;
    }
    return steps[steps.length - 1]!.value;
  };
  if (given % 2 === 1) return { kind: 'step', value: at((given - 1) / 2), between: null };
  const lower = at(given / 2 - 1);
  const upper = at(given / 2);
  if (lower === upper) return { kind: 'step', value: lower, between: null };
  const values = steps.map((step) => step.value);
  const middle = (Math.min(...values) + Math.max(...values)) / 2;
  const lowerDistance = Math.abs(lower - middle);
  const upperDistance = Math.abs(upper - middle);
  if (lowerDistance === upperDistance) return { kind: 'split', lower, upper };
  return { kind: 'step', value: lowerDistance < upperDistance ? lower : upper, between: { lower, upper } };
}

/**
 * The rounds the protocol shows, by goal: only when the board decided to include them (the meeting's choice), and only
 * rounds where someone gave a view. Named rounds count those who take part in the decision.
 */
export function viewRoundsForProtocol(
  meeting: Pick<Meeting, 'id' | 'participants' | 'viewRoundsInAttachment'>,
  rounds: readonly ViewRound[] | undefined,
  scale: RatingScale,
): Map<string, ViewDistribution> {
  const shown = new Map<string, ViewDistribution>();
  if (!meeting.viewRoundsInAttachment || !rounds) return shown;
  const takingPart = meeting.participants.filter(isDeciding).map((participant) => participant.id);
  for (const round of rounds) {
    if (round.meetingId !== meeting.id) continue;
    const distribution = viewDistribution(round, scale, takingPart);
    if (distribution.given + distribution.abstain > 0) shown.set(round.goalId, distribution);
  }
  return shown;
}
