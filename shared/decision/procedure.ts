import { commentId, type CommentSubject, type Participant } from '../domain/dialogue';
import type { Rating } from '../remiss/remissPackage';
import { isDeciding, personRef, presidingChair, type PersonRef } from './participants';

/** The proposal the meeting starts from: the draft comment (and its rating) the secretary wrote with the chair. */
export const DRAFT = 'draft';
/** A proposal on the table: the draft, or an own yrkande by its id. */
export type ProposalRef = string;

export const yrkandeKinds = ['bifall', 'eget'] as const;
/** Bifall to the draft, or an own proposal: another wording, another rating, or both. */
export type YrkandeKind = (typeof yrkandeKinds)[number];

export interface Yrkande {
  id: string;
  participantId: string;
  /** The name and party as they stood when the yrkande was made, should the participant later be removed. */
  participantName: string;
  party: string;
  kind: YrkandeKind;
  /** An own proposal's wording of the comment; null keeps the draft's. */
  text: string | null;
  /** How many times the wording has been written since it was proposed, as a note's textRevision. */
  textRevision?: number;
  /** An own proposal's rating; null keeps the draft's. */
  rating: Exclude<Rating, null> | null;
  /** Taken back before the decision: the protocol records only yrkanden not withdrawn. */
  withdrawn: boolean;
  createdAt: string;
}

export const voteChoices = ['ja', 'nej', 'avstar'] as const;
export type VoteChoice = (typeof voteChoices)[number];

/** An open vote by name: which proposal a yes and a no are for, and how each one taking part voted. */
export interface Vote {
  ja: ProposalRef;
  nej: ProposalRef;
  votes: Record<string, VoteChoice>;
}

/**
 * How the body came to one decision (one goal's comment and rating, or the whole decision): the yrkanden, the chair's
 * proposition, an open vote when one was asked for, and who took part. A unanimous decision has no yrkanden and no vote.
 */
export interface DecisionRecord {
  /** `${meetingId}:${subject}`, the same as the comment it decides. */
  id: string;
  meetingId: string;
  subject: CommentSubject;
  /** Members present who declared that they do not take part in this decision. */
  excludedIds: string[];
  /** Who took part, fixed when the decision was taken; null before, when it follows who is present. */
  participants: PersonRef[] | null;
  yrkanden: Yrkande[];
  /** The proposal the chair finds the body has decided, once the question is put. */
  proposition: ProposalRef | null;
  vote: Vote | null;
  /** The proposal decided; the comment is then locked with its text and rating. */
  decided: ProposalRef | null;
  decidedAt: string | null;
  updatedAt: string;
}

export function emptyDecision(meetingId: string, subject: CommentSubject): DecisionRecord {
  return {
    id: commentId(meetingId, subject),
    meetingId,
    subject,
    excludedIds: [],
    participants: null,
    yrkanden: [],
    proposition: null,
    vote: null,
    decided: null,
    decidedAt: null,
    updatedAt: '',
  };
}

const active = (record: Pick<DecisionRecord, 'yrkanden'>) => record.yrkanden.filter((yrkande) => !yrkande.withdrawn);

/** The proposals on the table, in the order they were made: the draft first, then each own yrkande not withdrawn. */
export function proposals(record: Pick<DecisionRecord, 'yrkanden'>): ProposalRef[] {
  return [DRAFT, ...active(record).flatMap((yrkande) => (yrkande.kind === 'eget' ? [yrkande.id] : []))];
}

/** The proposal a yrkande supports: the draft for bifall, itself for an own proposal. */
export function supportedProposal(yrkande: Yrkande): ProposalRef {
  return yrkande.kind === 'bifall' ? DRAFT : yrkande.id;
}

/** Something beyond one click happened: yrkanden were made, or a vote was held. */
export function hasProcedure(record: DecisionRecord | undefined): boolean {
  return record !== undefined && (active(record).length > 0 || record.vote !== null);
}

/** Who takes part: those fixed at the decision, or until then the deciding members present who have not stepped aside. */
export function takingPart(record: DecisionRecord | undefined, participants: readonly Participant[]): PersonRef[] {
  if (record?.participants) return record.participants;
  const excluded = new Set(record?.excludedIds ?? []);
  return participants.filter((p) => isDeciding(p) && !excluded.has(p.id)).map(personRef);
}

export interface Tally {
  ja: number;
  nej: number;
  avstar: number;
  /** Those taking part whose vote is not recorded yet. */
  missing: string[];
}

export function tally(vote: Vote, voters: readonly PersonRef[]): Tally {
  const result: Tally = { ja: 0, nej: 0, avstar: 0, missing: [] };
  for (const voter of voters) {
    const choice = vote.votes[voter.id];
    if (choice === undefined) result.missing.push(voter.id);
    else result[choice] += 1;
  }
  return result;
}

export type VoteResult =
  | { kind: 'majority'; winner: ProposalRef; tally: Tally }
  | { kind: 'casting'; winner: ProposalRef; tally: Tally }
  | { kind: 'incomplete'; tally: Tally }
  | { kind: 'tieWithoutChairVote'; tally: Tally };

/** The vote's outcome; on a tie the chair's own yes or no decides (the chair's casting vote), so the chair must vote. */
export function voteResult(vote: Vote, voters: readonly PersonRef[], chairId: string | null): VoteResult {
  const counted = tally(vote, voters);
  if (counted.missing.length > 0) return { kind: 'incomplete', tally: counted };
  if (counted.ja !== counted.nej) return { kind: 'majority', winner: counted.ja > counted.nej ? vote.ja : vote.nej, tally: counted };
  const chairVote = chairId !== null && voters.some((voter) => voter.id === chairId) ? vote.votes[chairId] : undefined;
  if (chairVote === 'ja') return { kind: 'casting', winner: vote.ja, tally: counted };
  if (chairVote === 'nej') return { kind: 'casting', winner: vote.nej, tally: counted };
  return { kind: 'tieWithoutChairVote', tally: counted };
}

export type DecisionProblem = 'nobodyTakesPart' | 'propositionMissing' | 'voteProposalsInvalid' | 'voteIncomplete' | 'tieWithoutChairVote';

export type Outcome = { ok: true; decided: ProposalRef; voteResult?: VoteResult } | { ok: false; problem: DecisionProblem };

/**
 * What the body has decided, from the record as it stands: the vote's winner when a vote was held, else the chair's
 * finding; with only the draft on the table, the draft.
 */
export function outcome(record: DecisionRecord | undefined, participants: readonly Participant[]): Outcome {
  const voters = takingPart(record, participants);
  if (voters.length === 0) return { ok: false, problem: 'nobodyTakesPart' };
  const onTable = proposals(record ?? { yrkanden: [] });
  if (record?.vote) {
    const { ja, nej } = record.vote;
    if (ja === nej || !onTable.includes(ja) || !onTable.includes(nej)) return { ok: false, problem: 'voteProposalsInvalid' };
    const result = voteResult(record.vote, voters, presidingChair(participants)?.id ?? null);
    if (result.kind === 'incomplete') return { ok: false, problem: 'voteIncomplete' };
    if (result.kind === 'tieWithoutChairVote') return { ok: false, problem: 'tieWithoutChairVote' };
    return { ok: true, decided: result.winner, voteResult: result };
  }
  if (onTable.length === 1) return { ok: true, decided: DRAFT };
  if (record?.proposition && onTable.includes(record.proposition)) return { ok: true, decided: record.proposition };
  return { ok: false, problem: 'propositionMissing' };
}

/** The text and rating the decided proposal gives the comment: an own proposal's, or the draft's where it keeps them. */
export function decidedContent(
  record: Pick<DecisionRecord, 'yrkanden'>,
  decided: ProposalRef,
  draft: { text: string; rating: Rating },
): { text: string; rating: Rating } {
  const yrkande = record.yrkanden.find((y) => y.id === decided);
  if (decided === DRAFT || !yrkande) return { text: draft.text.trim(), rating: draft.rating };
  return { text: (yrkande.text ?? draft.text).trim(), rating: yrkande.rating ?? draft.rating };
}

/** The decision as taken: who took part is fixed, and the decided proposal recorded. */
export function takeDecision(
  record: DecisionRecord,
  participants: readonly Participant[],
  decided: ProposalRef,
  now: Date,
): DecisionRecord {
  return { ...record, participants: takingPart(record, participants), decided, decidedAt: now.toISOString() };
}

/** The decision reopened with its comment: the yrkanden and the vote stay, who takes part follows presence again. */
export function reopenDecision(record: DecisionRecord): DecisionRecord {
  return { ...record, participants: null, decided: null, decidedAt: null };
}

/** Whether the person had a yrkande, not withdrawn, that the decision did not follow: then they reserve "för eget yrkande". */
export function lostOwnYrkande(record: DecisionRecord | undefined, participantId: string | null): boolean {
  if (!record || record.decided === null || participantId === null) return false;
  return active(record).some((yrkande) => yrkande.participantId === participantId && supportedProposal(yrkande) !== record.decided);
}

/** Those who voted "avstår" in the decision's vote. */
export function abstainedIds(record: DecisionRecord | undefined): string[] {
  if (!record?.vote) return [];
  return Object.entries(record.vote.votes).flatMap(([id, choice]) => (choice === 'avstar' ? [id] : []));
}
