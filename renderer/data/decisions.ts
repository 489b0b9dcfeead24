import { useLiveQuery } from 'dexie-react-hooks';
import {
  checkMotivation,
  checkNewDissent,
  decisionSubject,
  type DissentRefusal,
  type NewDissent,
} from '../../shared/decision/dissentRules';
import {
  decidedContent,
  emptyDecision,
  outcome,
  reopenDecision,
  takeDecision,
  type DecisionProblem,
  type DecisionRecord,
} from '../../shared/decision/procedure';
import { commentId, type CommentSubject, type Dissent } from '../../shared/domain/dialogue';
import type { TextWrite } from '../../shared/text/mergeText';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';
import { revise, type TypedText } from './typedText';
import { CommentLockedError, emptyComment, writeUnlessAdjusted } from './meetingRoom';

/** How each of the meeting's decisions is being taken, by subject; undefined while loading. */
export function useDecisions(meetingId: string): Map<CommentSubject, DecisionRecord> | undefined {
  const database = useDatabase();
  return useLiveQuery(
    async () =>
      new Map((await database.decisions.where('meetingId').equals(meetingId).toArray()).map((record) => [record.subject, record])),
    [database, meetingId],
  );
}

/** The decision cannot be taken as the procedure stands: the screen says why. */
export class DecisionError extends Error {
  constructor(readonly problem: DecisionProblem | 'textMissing') {
    super(`The decision cannot be taken: ${problem}`);
    this.name = 'DecisionError';
  }
}

/** Refused by the rules for reservations and statements: the screen says why. */
export class DissentRefusedError extends Error {
  constructor(readonly reason: DissentRefusal) {
    super(`Refused: ${reason}`);
    this.name = 'DissentRefusedError';
  }
}

/**
 * Changes how a decision is being taken (yrkanden, proposition, vote, who steps aside), read and written in one
 * transaction; refused once the decision is taken (the comment must be unlocked first) and once the protocol is adjusted.
 */
export async function changeProcedure(
  database: MalsamtalDatabase,
  meetingId: string,
  subject: CommentSubject,
  change: (record: DecisionRecord) => DecisionRecord,
  now = new Date(),
): Promise<void> {
  await writeUnlessAdjusted(database, meetingId, [database.comments, database.decisions], async () => {
    const id = commentId(meetingId, subject);
    if (((await database.comments.get(id))?.agreedText ?? null) !== null) throw new CommentLockedError(subject);
    const record = (await database.decisions.get(id)) ?? emptyDecision(meetingId, subject);
    await database.decisions.put({ ...change(record), updatedAt: now.toISOString() });
  });
}

/**
 * The body decides: by the vote, by the chair's finding, or, with only the draft on the table, unanimously ("Markera
 * som enig och lås"). The decided proposal's text and rating become the locked comment, and who took part is fixed.
 */
export async function decide(database: MalsamtalDatabase, meetingId: string, subject: CommentSubject, now = new Date()): Promise<void> {
  await writeUnlessAdjusted(database, meetingId, [database.comments, database.decisions], async () => {
    const id = commentId(meetingId, subject);
    const meeting = await database.meetings.get(meetingId);
    const comment = (await database.comments.get(id)) ?? emptyComment(meetingId, subject);
    if (!meeting || comment.agreedText !== null) return;
    const record = await database.decisions.get(id);
    const result = outcome(record, meeting.participants);
    if (!result.ok) throw new DecisionError(result.problem);
    const content = decidedContent(record ?? { yrkanden: [] }, result.decided, { text: comment.draft, rating: comment.rating });
    if (content.text === '') throw new DecisionError('textMissing');
    const at = now.toISOString();
    await database.comments.put({ ...comment, agreedText: content.text, rating: content.rating, agreedAt: at, updatedAt: at });
    await database.decisions.put({
      ...takeDecision(record ?? emptyDecision(meetingId, subject), meeting.participants, result.decided, now),
      updatedAt: at,
    });
  });
}

/**
 * Unlocks an agreed comment to change it: the text and rating that were agreed are kept in the history so a change
 * stays visible, and the decision is open again, its yrkanden and vote kept.
 */
export async function unlockComment(
  database: MalsamtalDatabase,
  meetingId: string,
  subject: CommentSubject,
  now = new Date(),
): Promise<void> {
  await writeUnlessAdjusted(database, meetingId, [database.comments, database.decisions], async () => {
    const id = commentId(meetingId, subject);
    const comment = await database.comments.get(id);
    if (!comment || comment.agreedText === null || comment.agreedAt === null) return;
    await database.comments.put({
      ...comment,
      draft: comment.agreedText,
      // The draft is written anew: a window that typed over the old draft merges rather than overwrites (see TypedText).
      draftRevision: (comment.draftRevision ?? 0) + (comment.draft === comment.agreedText ? 0 : 1),
      history: [
        ...comment.history,
        { text: comment.agreedText, agreedAt: comment.agreedAt, unlockedAt: now.toISOString(), rating: comment.rating },
      ],
      agreedText: null,
      agreedAt: null,
      updatedAt: now.toISOString(),
    });
    const record = await database.decisions.get(id);
    if (record) await database.decisions.put({ ...reopenDecision(record), updatedAt: now.toISOString() });
  });
}

/**
 * An own yrkande's wording as typed after it was proposed (see TypedText), until the decision is taken; a wording
 * emptied keeps the draft's text, as an yrkande proposed without one does.
 */
export async function reviseYrkandeText(
  database: MalsamtalDatabase,
  meetingId: string,
  subject: CommentSubject,
  yrkandeId: string,
  typed: TypedText,
  now = new Date(),
): Promise<TextWrite> {
  return writeUnlessAdjusted(database, meetingId, [database.comments, database.decisions], async () => {
    const id = commentId(meetingId, subject);
    if (((await database.comments.get(id))?.agreedText ?? null) !== null) throw new CommentLockedError(subject);
    const record = await database.decisions.get(id);
    const yrkande = record?.yrkanden.find((y) => y.id === yrkandeId);
    if (!record || !yrkande) throw new Error(`Yrkande ${yrkandeId} is gone`);
    const write = revise({ text: yrkande.text ?? '', revision: yrkande.textRevision ?? 0 }, typed);
    if (write.text !== (yrkande.text ?? '')) {
      const changed = { ...yrkande, text: write.text.trim() === '' ? null : write.text, textRevision: write.revision };
      await database.decisions.put({
        ...record,
        yrkanden: record.yrkanden.map((y) => (y.id === yrkandeId ? changed : y)),
        updatedAt: now.toISOString(),
      });
    }
    return write;
  });
}

/** Enters a reservation or statement if the rules allow it now; else refuses with the reason and stores nothing. */
export async function addDissent(database: MalsamtalDatabase, meetingId: string, entry: NewDissent, now = new Date()): Promise<Dissent> {
  return writeUnlessAdjusted(database, meetingId, [database.comments, database.decisions, database.dissents], async () => {
    const meeting = await database.meetings.get(meetingId);
    if (!meeting) throw new Error(`Meeting ${meetingId} is gone`);
    const id = commentId(meetingId, decisionSubject(entry.goalId));
    const decision = { comment: await database.comments.get(id), record: await database.decisions.get(id) };
    const refusal = checkNewDissent(meeting, decision, entry, now);
    if (refusal) throw new DissentRefusedError(refusal);
    const dissent: Dissent = {
      id: crypto.randomUUID(),
      meetingId,
      kind: entry.kind,
      participantId: entry.participant.id,
      participantName: entry.participant.name,
      party: entry.participant.party,
      goalId: entry.goalId,
      text: entry.text.trim(),
      chairAllowed: entry.kind !== 'reservation' && entry.chairAllowed,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await database.dissents.add(dissent);
    return dissent;
  });
}

/**
 * A reservation's written motivation as typed (see TypedText), handed in until the time set for justering and refused
 * after: the write is checked and made in one transaction, over the revision the field last saw.
 */
export async function motivateReservation(
  database: MalsamtalDatabase,
  dissentId: string,
  typed: TypedText,
  now = new Date(),
): Promise<TextWrite> {
  const found = await database.dissents.get(dissentId);
  if (!found) throw new Error(`Reservation ${dissentId} is gone`);
  return writeUnlessAdjusted(database, found.meetingId, [database.dissents], async () => {
    const [meeting, dissent] = await Promise.all([database.meetings.get(found.meetingId), database.dissents.get(dissentId)]);
    if (!dissent) throw new Error(`Reservation ${dissentId} is gone`);
    const refusal = meeting ? checkMotivation(meeting, now) : null;
    if (refusal) throw new DissentRefusedError(refusal);
    const write = revise({ text: dissent.text, revision: dissent.textRevision ?? 0 }, typed);
    if (write.text !== dissent.text)
      await database.dissents.put({ ...dissent, text: write.text, textRevision: write.revision, updatedAt: now.toISOString() });
    return write;
  });
}

export async function deleteDissent(database: MalsamtalDatabase, dissentId: string): Promise<void> {
  const dissent = await database.dissents.get(dissentId);
  if (!dissent) return;
  await writeUnlessAdjusted(database, dissent.meetingId, [database.dissents], () => database.dissents.delete(dissentId));
}
