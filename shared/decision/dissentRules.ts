import { OVERALL, type DissentKind, type GoalComment, type Participant } from '../domain/dialogue';
import type { Meeting } from '../domain/meeting';
import { isClosed, isFrozen } from '../attachment/protocolPath';
import { justeringTimeReached } from './justering';
import { isElected } from './participants';
import { abstainedIds, takingPart, type DecisionRecord } from './procedure';

/** Why a reservation or statement cannot be entered, or a motivation no longer handed in; the words are the screen's. */
export type DissentRefusal =
  | 'adjusted'
  | 'meetingClosed'
  | 'justeringTimePassed'
  | 'decisionNotTaken'
  | 'notTakingPart'
  | 'abstained'
  | 'notElected'
  | 'notPresent'
  | 'chairNotAllowed'
  | 'textMissing';

export interface NewDissent {
  kind: DissentKind;
  participant: Participant;
  /** The goal it concerns, or null for the whole decision. */
  goalId: string | null;
  text: string;
  chairAllowed: boolean;
}

export interface DecisionContext {
  /** The comment the decision is about; its agreed text means the decision is taken. */
  comment: GoalComment | undefined;
  record: DecisionRecord | undefined;
}

/**
 * Whether a reservation or statement may be entered now, by the rules: a reservation only by one who took part in the
 * decision (not by one who stepped aside or abstained) and only before the meeting is closed (kommunallagen); a
 * särskilt yttrande or protokollsanteckning only when the chair allows it, until the time set for justering.
 */
export function checkNewDissent(
  meeting: Pick<Meeting, 'status' | 'closedAt' | 'justering' | 'participants'>,
  decision: DecisionContext,
  entry: NewDissent,
  now: Date,
): DissentRefusal | null {
  if (isFrozen(meeting)) return 'adjusted';
  if (entry.kind === 'reservation') {
    if (isClosed(meeting)) return 'meetingClosed';
    if ((decision.comment?.agreedText ?? null) === null) return 'decisionNotTaken';
    if (!takingPart(decision.record, meeting.participants).some((person) => person.id === entry.participant.id)) return 'notTakingPart';
    if (abstainedIds(decision.record).includes(entry.participant.id)) return 'abstained';
    return null;
  }
  if (justeringTimeReached(meeting.justering, now)) return 'justeringTimePassed';
  if (entry.kind === 'sarskiltYttrande' && !(entry.participant.present && isElected(entry.participant))) return 'notElected';
  if (entry.kind === 'protokollsanteckning' && !entry.participant.present) return 'notPresent';
  if (!entry.chairAllowed) return 'chairNotAllowed';
  if (entry.text.trim() === '') return 'textMissing';
  return null;
}

/** A reservation announced at the meeting may be motivated in writing until the time set for justering, not after. */
export function checkMotivation(meeting: Pick<Meeting, 'status' | 'justering'>, now: Date): DissentRefusal | null {
  if (isFrozen(meeting)) return 'adjusted';
  if (justeringTimeReached(meeting.justering, now)) return 'justeringTimePassed';
  return null;
}

/** The subject a dissent's goal stands for in the decisions: its goal, or the whole decision. */
export function decisionSubject(goalId: string | null): string {
  return goalId ?? OVERALL;
}
