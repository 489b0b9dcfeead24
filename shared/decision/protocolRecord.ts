import type { BodyKind } from '../domain/body';
import { OVERALL, commentId, type CommentSubject, type Dissent, type DissentKind, type GoalComment } from '../domain/dialogue';
import type { Meeting } from '../domain/meeting';
import { joinNames } from '../i18n/format';
import { messagesFor, type Language, type Messages } from '../i18n/messages';
import type { RatingScale, RemissPackage } from '../remiss/remissPackage';
import { bodyReference, decidingBody, type DecidingBody } from './decidingBody';
import { personLabel, personRef, presidingChair, type PersonRef } from './participants';
import {
  DRAFT,
  hasProcedure,
  lostOwnYrkande,
  outcome,
  proposals,
  takingPart,
  tally,
  voteResult,
  type DecisionRecord,
  type ProposalRef,
  type Tally,
  type Yrkande,
} from './procedure';

export interface ProtocolInput {
  pkg: RemissPackage;
  meeting: Meeting;
  comments: GoalComment[];
  dissents: Dissent[];
  decisions?: DecisionRecord[];
  /** The kind in the meeting's body profile; without one, the kind is told from the name. */
  bodyKind?: BodyKind | null;
  language?: Language;
}

/** One reservation or statement as the protocol writes it: its sentences, then its own text, each a paragraph. */
export interface DissentEntry {
  kind: DissentKind;
  paragraphs: string[];
}

/** What the protocol says about one decision: a goal's, or the whole decision's (the overall comment). */
export interface SubjectRecord {
  subject: CommentSubject;
  /** "mål 2"; null for the whole decision. */
  label: string | null;
  /** The comment is agreed and locked: the decision is taken. */
  decided: boolean;
  /** Taken without yrkanden or a vote: "Markera som enig och lås". */
  unanimous: boolean;
  /** The beslutsgång, paragraph by paragraph; empty for a unanimous decision everyone took part in. */
  beslutsgang: string[];
  dissents: DissentEntry[];
  /** The open vote's count, when one was held. */
  votes: Pick<Tally, 'ja' | 'nej' | 'avstar'> | null;
}

export interface ProtocolRecord {
  body: DecidingBody;
  subjects: SubjectRecord[];
}

interface Context {
  p: Messages['protocol'];
  meeting: Meeting;
  body: string;
  scale: RatingScale;
  people: Map<string, PersonRef>;
  /** Everyone who took part in at least one of the meeting's decisions. */
  everyDecider: PersonRef[];
  decisions: Map<CommentSubject, DecisionRecord>;
  comments: Map<CommentSubject, GoalComment>;
}

function ratingWords(rating: NonNullable<Yrkande['rating']>, scale: RatingScale): string | null {
  if (rating.kind === 'noAssessment') return null;
  return scale.steps.find((step) => step.value === rating.value)?.label ?? String(rating.value);
}

function label(ctx: Context, id: string, fallback?: Pick<PersonRef, 'name' | 'party'>): string {
  const person = ctx.people.get(id) ?? fallback;
  return person ? personLabel(person) : id;
}

/** "Siobhán O'Connors (V)": the genitive goes on the name, the party follows. */
function genitiveLabel(ctx: Context, id: string, fallback: Pick<PersonRef, 'name' | 'party'>): string {
  const person = ctx.people.get(id) ?? fallback;
  const party = person.party.trim();
  return `${ctx.p.genitive(person.name)}${party === '' ? '' : ` (${party})`}`;
}

function proposalName(ctx: Context, record: DecisionRecord, ref: ProposalRef, short: boolean): string {
  const yrkande = record.yrkanden.find((y) => y.id === ref);
  if (ref === DRAFT || !yrkande) return short ? ctx.p.draftShort : ctx.p.draftProposal(record.subject === OVERALL);
  return ctx.p.yrkandeOf(genitiveLabel(ctx, yrkande.participantId, { name: yrkande.participantName, party: yrkande.party }));
}

function yrkandeSentence(ctx: Context, record: DecisionRecord, yrkande: Yrkande): string {
  const { p } = ctx;
  const person = label(ctx, yrkande.participantId, { name: yrkande.participantName, party: yrkande.party });
  if (yrkande.kind === 'bifall') return p.yrkarBifall(person, p.draftProposal(record.subject === OVERALL));
  const text = yrkande.text?.trim() || null;
  if (yrkande.rating === null) return p.yrkarText(person, ctx.body, text ?? '');
  const words = ratingWords(yrkande.rating, ctx.scale);
  if (text === null) return words === null ? p.yrkarNoAssessment(person, ctx.body) : p.yrkarRating(person, ctx.body, words);
  return words === null ? p.yrkarNoAssessmentAndText(person, ctx.body, text) : p.yrkarRatingAndText(person, ctx.body, words, text);
}

function isDecided(ctx: Context, subject: CommentSubject): boolean {
  return (ctx.comments.get(subject)?.agreedText ?? null) !== null;
}

/** Who took part in a decision taken: as recorded, or, for one recorded before that was kept, those deciding now. */
function decidersOf(ctx: Context, subject: CommentSubject): PersonRef[] {
  return takingPart(ctx.decisions.get(subject), ctx.meeting.participants);
}

function beslutsgang(ctx: Context, subject: CommentSubject): string[] {
  const { p } = ctx;
  const record = ctx.decisions.get(subject);
  const paragraphs: string[] = [];
  if (isDecided(ctx, subject)) {
    const took = new Set(decidersOf(ctx, subject).map((person) => person.id));
    const absent = ctx.everyDecider.filter((person) => !took.has(person.id)).map((person) => label(ctx, person.id, person));
    if (absent.length > 0) paragraphs.push(p.notTakingPart(joinNames(absent, p.and), absent.length > 1));
  }
  if (!record || !hasProcedure(record)) return paragraphs;

  for (const yrkande of record.yrkanden.filter((y) => !y.withdrawn)) paragraphs.push(yrkandeSentence(ctx, record, yrkande));

  const onTable = proposals(record);
  const result = outcome(record, ctx.meeting.participants);
  const decided = record.decided ?? (result.ok ? result.decided : null);
  if (onTable.length === 1 && record.vote === null) {
    if (decided !== null) paragraphs.push(p.singleProposition(ctx.body, proposalName(ctx, record, DRAFT, true)));
  } else if (record.proposition !== null && onTable.includes(record.proposition)) {
    const names = joinNames(
      onTable.map((ref) => proposalName(ctx, record, ref, false)),
      p.and,
    );
    paragraphs.push(p.proposition(names, ctx.body, proposalName(ctx, record, record.proposition, true)));
  }

  if (record.vote) {
    const vote = record.vote;
    const voters = takingPart(record, ctx.meeting.participants);
    const namesVoting = (choice: string) =>
      joinNames(
        voters.filter((voter) => vote.votes[voter.id] === choice).map((voter) => label(ctx, voter.id, voter)),
        p.and,
      );
    const counted = tally(vote, voters);
    const sentences = [p.voteHeld(proposalName(ctx, record, vote.ja, false), proposalName(ctx, record, vote.nej, false))];
    if (counted.ja > 0) sentences.push(p.votingJa(namesVoting('ja')));
    if (counted.nej > 0) sentences.push(p.votingNej(namesVoting('nej')));
    if (counted.avstar > 0) sentences.push(p.abstaining(namesVoting('avstar')));
    const votes = voteResult(vote, voters, presidingChair(ctx.meeting.participants)?.id ?? null);
    if (votes.kind === 'majority')
      sentences.push(p.voteResult(counted.ja, counted.nej, ctx.body, proposalName(ctx, record, votes.winner, true)));
    if (votes.kind === 'casting') sentences.push(p.tieResult(counted.ja, ctx.body, proposalName(ctx, record, votes.winner, true)));
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

function dissentEntry(ctx: Context, dissent: Dissent, subjectLabel: string | null): DissentEntry {
  const { p } = ctx;
  const person =
    dissent.participantId !== null && ctx.people.has(dissent.participantId)
      ? label(ctx, dissent.participantId)
      : personLabel({ name: dissent.participantName, party: dissent.party });
  const text = dissent.text.trim();
  if (dissent.kind === 'reservation') {
    const forOwn = lostOwnYrkande(ctx.decisions.get(dissent.goalId ?? OVERALL), dissent.participantId);
    return { kind: dissent.kind, paragraphs: [p.reservation(person, subjectLabel, forOwn), ...(text === '' ? [] : [text])] };
  }
  const asked = p.statementAsked(dissent.kind, person, subjectLabel);
  return {
    kind: dissent.kind,
    paragraphs: [dissent.chairAllowed ? `${asked} ${p.chairAllows[dissent.kind]}` : asked, ...(text === '' ? [] : [text])],
  };
}

/**
 * The decisions as the protocol records them, goal by goal and then the whole decision: the beslutsgång, who did not
 * take part, the votes, and the reservations and statements, each once, under the decision it concerns. The attachment,
 * the paragraph, the extract and the answer file are all written from this.
 */
export function protocolRecord(input: ProtocolInput): ProtocolRecord {
  const { pkg, meeting } = input;
  const language = input.language ?? 'sv';
  const p = messagesFor(language).protocol;
  const body = decidingBody(meeting, input.bodyKind);
  const decisions = new Map(
    (input.decisions ?? []).filter((record) => record.meetingId === meeting.id).map((record) => [record.subject, record]),
  );
  const comments = new Map(
    input.comments
      .filter((comment) => comment.meetingId === meeting.id && comment.id === commentId(meeting.id, comment.subject))
      .map((c) => [c.subject, c]),
  );
  const people = new Map<string, PersonRef>();
  for (const record of decisions.values()) for (const person of record.participants ?? []) people.set(person.id, person);
  for (const participant of meeting.participants) people.set(participant.id, personRef(participant));

  const goals = [...pkg.goals].sort((a, b) => a.number - b.number);
  const subjects: CommentSubject[] = [...goals.map((goal) => goal.id), OVERALL];
  const partial: Context = {
    p,
    meeting,
    body: bodyReference(body, language),
    scale: pkg.ratingScale,
    people,
    everyDecider: [],
    decisions,
    comments,
  };
  const seen = new Map<string, PersonRef>();
  for (const subject of subjects)
    if (isDecided(partial, subject))
      for (const person of decidersOf(partial, subject)) if (!seen.has(person.id)) seen.set(person.id, person);
  // In the order of the participant list, so "deltar inte" names people as the protocol lists them.
  const order = new Map(meeting.participants.map((participant, index) => [participant.id, index]));
  const ctx: Context = {
    ...partial,
    everyDecider: [...seen.values()].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity)),
  };

  const meetingDissents = input.dissents
    .filter((dissent) => dissent.meetingId === meeting.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    body,
    subjects: subjects.map((subject) => {
      const goal = goals.find((g) => g.id === subject);
      const subjectLabel = goal ? p.goal(goal.number) : null;
      const record = decisions.get(subject);
      const voters = takingPart(record, meeting.participants);
      const counted = record?.vote ? tally(record.vote, voters) : null;
      return {
        subject,
        label: subjectLabel,
        decided: isDecided(ctx, subject),
        unanimous: isDecided(ctx, subject) && !hasProcedure(record),
        beslutsgang: beslutsgang(ctx, subject),
        dissents: meetingDissents
          .filter((dissent) => (dissent.goalId ?? OVERALL) === subject)
          .map((dissent) => dissentEntry(ctx, dissent, subjectLabel)),
        votes: counted ? { ja: counted.ja, nej: counted.nej, avstar: counted.avstar } : null,
      };
    }),
  };
}
