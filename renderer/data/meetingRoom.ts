import { useLiveQuery } from 'dexie-react-hooks';
import type { Body } from '../../shared/domain/body';
import { commentId, type CommentSubject, type Dissent, type GoalComment, type Note, type NoteMarker } from '../../shared/domain/dialogue';
import { nextRound, type Meeting } from '../../shared/domain/meeting';
import { isFrozen, markHeld as markMeetingHeld } from '../../shared/attachment/protocolPath';
import { goalOfStepId } from '../../shared/meeting/runningOrder';
import type { MeetingSetup } from '../../shared/meeting/setup';
import { createSession, withSessionDefaults, type MeetingSession } from '../../shared/meeting/session';
import type { Rating, RemissPackage } from '../../shared/remiss/remissPackage';
import type { TextWrite } from '../../shared/text/mergeText';
import type { Table } from 'dexie';
import type { MalsamtalDatabase, PackageRecord } from './db';
import { useDatabase } from './DatabaseProvider';
import { writeReconnecting } from './reconnect';
import { revise, type TypedText } from './typedText';

/** A live read that tells "still loading" (undefined) from "not there" (null). */
export function useMeeting(meetingId: string): Meeting | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (await database.meetings.get(meetingId)) ?? null, [database, meetingId]);
}

export function usePackages(): PackageRecord[] | undefined {
  const database = useDatabase();
  return useLiveQuery(() => database.packages.orderBy('updatedAt').reverse().toArray(), [database]);
}

export function usePackage(packageId: string | null): RemissPackage | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (packageId ? ((await database.packages.get(packageId))?.content ?? null) : null), [database, packageId]);
}

export function useBodies(): Body[] | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (await database.bodies.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'sv')), [database]);
}

export function useBody(bodyId: string | null): Body | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => (bodyId ? ((await database.bodies.get(bodyId)) ?? null) : null), [database, bodyId]);
}

export function useSession(meetingId: string): MeetingSession | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const stored = await database.sessions.get(meetingId);
    return stored ? withSessionDefaults(stored) : null;
  }, [database, meetingId]);
}

/** One note, for the projector when the chair put exactly that note up. */
export function useNote(noteId: string | null): Note | null | undefined {
  const database = useDatabase();
  const result = useLiveQuery(
    async () => ({ noteId, note: noteId ? ((await database.notes.get(noteId)) ?? null) : null }),
    [database, noteId],
  );
  // While the query for a new id runs, the previous id's answer is not this one's: report "still loading".
  return result?.noteId === noteId ? result.note : undefined;
}

export function useComment(meetingId: string, subject: CommentSubject | null): GoalComment | null | undefined {
  const database = useDatabase();
  const result = useLiveQuery(
    async () => ({ subject, comment: subject ? ((await database.comments.get(commentId(meetingId, subject))) ?? null) : null }),
    [database, meetingId, subject],
  );
  return result?.subject === subject ? result.comment : undefined;
}

/** A meeting's notes in the order they were begun. */
export function useNotes(meetingId: string): Note[] | undefined {
  const database = useDatabase();
  return useLiveQuery(
    () => database.notes.where('[meetingId+createdAt]').between([meetingId, ''], [meetingId, '\uffff']).toArray(),
    [database, meetingId],
  );
}

export function useComments(meetingId: string): Map<CommentSubject, GoalComment> | undefined {
  const database = useDatabase();
  return useLiveQuery(
    async () => new Map((await database.comments.where('meetingId').equals(meetingId).toArray()).map((c) => [c.subject, c])),
    [database, meetingId],
  );
}

export function useDissents(meetingId: string): Dissent[] | undefined {
  const database = useDatabase();
  return useLiveQuery(
    async () =>
      (await database.dissents.where('meetingId').equals(meetingId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [database, meetingId],
  );
}

/** Refused because the meeting's protocol is adjusted (justerat): what it says is frozen. */
export class ProtocolAdjustedError extends Error {
  constructor(readonly meetingId: string) {
    super(`The protocol of meeting ${meetingId} is adjusted and can no longer change`);
    this.name = 'ProtocolAdjustedError';
  }
}

/**
 * The one gate for every write to what a meeting says: the meeting is read inside the write's own transaction,
 * so an adjustment made in another window a moment earlier is seen and the write is refused. A write that meets a
 * broken connection (a full disk, say) is tried once more on a new one.
 */
export async function writeUnlessAdjusted<T>(
  database: MalsamtalDatabase,
  meetingId: string,
  tables: Table[],
  write: () => Promise<T>,
): Promise<T> {
  return writeReconnecting(database, () =>
    database.transaction('rw', [database.meetings, ...tables], async () => {
      const meeting = await database.meetings.get(meetingId);
      if (meeting && isFrozen(meeting)) throw new ProtocolAdjustedError(meetingId);
      return write();
    }),
  );
}

export async function saveSetup(database: MalsamtalDatabase, meetingId: string, setup: MeetingSetup, now = new Date()): Promise<void> {
  await writeUnlessAdjusted(database, meetingId, [], () => database.meetings.update(meetingId, { ...setup, updatedAt: now.toISOString() }));
}

/** Starts the dialogue: the running order is built from the package and the meeting is in progress. */
export async function startMeeting(
  database: MalsamtalDatabase,
  meeting: Meeting,
  pkg: RemissPackage,
  focusGoalIds: string[],
  now = new Date(),
): Promise<void> {
  await writeUnlessAdjusted(database, meeting.id, [database.sessions], async () => {
    if (!(await database.sessions.get(meeting.id))) await database.sessions.add(createSession(meeting.id, pkg, focusGoalIds, now));
    await database.meetings.update(meeting.id, { status: 'inProgress', updatedAt: now.toISOString() });
  });
}

/** What the meeting covered: the running order and the goals chosen for the in-depth dialogue. */
function sameContent(a: MeetingSession, b: MeetingSession): boolean {
  return JSON.stringify([a.steps, a.focusGoalIds]) === JSON.stringify([b.steps, b.focusGoalIds]);
}

/**
 * Read, change and write the live state in one transaction, so two quick key presses never undo each other.
 * Once the protocol is adjusted the room may still be walked through and projected, but what it covered is frozen.
 */
export async function updateSession(
  database: MalsamtalDatabase,
  meetingId: string,
  change: (session: MeetingSession) => MeetingSession,
): Promise<MeetingSession | undefined> {
  return writeReconnecting(database, () =>
    database.transaction('rw', database.meetings, database.sessions, async () => {
      const session = await database.sessions.get(meetingId);
      if (!session) return undefined;
      const current = withSessionDefaults(session);
      const changed = change(current);
      const writes = (): Promise<unknown> => database.sessions.put({ ...changed, updatedAt: new Date().toISOString() });
      if (sameContent(current, changed)) await writes();
      else await writeUnlessAdjusted(database, meetingId, [database.sessions], writes);
      return changed;
    }),
  );
}

/** Marks the meeting held; an adjusted meeting stays adjusted. */
export async function markHeld(database: MalsamtalDatabase, meetingId: string, now = new Date()): Promise<void> {
  await writeReconnecting(database, () =>
    database.transaction('rw', database.meetings, async () => {
      const meeting = await database.meetings.get(meetingId);
      if (meeting) await database.meetings.put(markMeetingHeld(meeting, now));
    }),
  );
}

/** The decision's wording (beslutsformulering): see TypedText. */
export async function saveDecisionText(database: MalsamtalDatabase, meetingId: string, typed: TypedText): Promise<TextWrite> {
  return writeUnlessAdjusted(database, meetingId, [], async () => {
    const meeting = await database.meetings.get(meetingId);
    if (!meeting) throw new Error(`Meeting ${meetingId} is gone`);
    const write = revise({ text: meeting.decisionText, revision: meeting.decisionTextRevision ?? 0 }, typed);
    if (write.text !== meeting.decisionText)
      await database.meetings.put({
        ...meeting,
        decisionText: write.text,
        decisionTextRevision: write.revision,
        updatedAt: new Date().toISOString(),
      });
    return write;
  });
}

/** A new, empty note; nothing is stored yet. */
export function blankNote(meetingId: string, stepId: string | null, now = new Date()): Note {
  return {
    id: crypto.randomUUID(),
    meetingId,
    stepId,
    goalId: goalOfStepId(stepId),
    marker: null,
    parked: false,
    text: '',
    textRevision: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

export async function addNote(database: MalsamtalDatabase, meetingId: string, stepId: string | null, now = new Date()): Promise<Note> {
  const note = blankNote(meetingId, stepId, now);
  await writeReconnecting(database, () => database.notes.add(note));
  return note;
}

/** Changes a note's marker or parking, or writes its text as it is (see TypedText for the typing). */
export async function updateNote(
  database: MalsamtalDatabase,
  noteId: string,
  change: Partial<Pick<Note, 'text' | 'marker' | 'parked'>>,
): Promise<void> {
  await writeReconnecting(database, () =>
    database.transaction('rw', database.notes, async () => {
      const note = await database.notes.get(noteId);
      if (!note) throw new Error(`Note ${noteId} is gone`);
      const text = change.text === undefined ? null : revise({ text: note.text, revision: note.textRevision ?? 0 }, change.text);
      await database.notes.put({
        ...note,
        ...change,
        ...(text && { text: text.text, textRevision: text.revision }),
        updatedAt: new Date().toISOString(),
      });
    }),
  );
}

export type NoteMarkerChoice = NoteMarker | null;

export function emptyComment(meetingId: string, subject: CommentSubject): GoalComment {
  return {
    id: commentId(meetingId, subject),
    meetingId,
    subject,
    rating: null,
    draft: '',
    draftRevision: 0,
    agreedText: null,
    agreedAt: null,
    history: [],
    updatedAt: '',
  };
}

/** Reads, changes and writes one comment in one transaction; each change of the draft's text is a revision of it. */
async function changeComment(
  database: MalsamtalDatabase,
  meetingId: string,
  subject: CommentSubject,
  change: (comment: GoalComment) => GoalComment,
): Promise<void> {
  await writeUnlessAdjusted(database, meetingId, [database.comments], async () => {
    const comment = (await database.comments.get(commentId(meetingId, subject))) ?? emptyComment(meetingId, subject);
    const changed = change(comment);
    const draftRevision = (comment.draftRevision ?? 0) + (changed.draft === comment.draft ? 0 : 1);
    await database.comments.put({ ...changed, draftRevision, updatedAt: new Date().toISOString() });
  });
}

/** Thrown when a locked comment's text or rating is changed before the comment is unlocked. */
export class CommentLockedError extends Error {
  constructor(readonly subject: CommentSubject) {
    super(`The comment on ${subject} is agreed and locked`);
    this.name = 'CommentLockedError';
  }
}

/** Drafts of a locked comment are refused: the agreed text changes only after an explicit unlock. */
export async function saveDraft(
  database: MalsamtalDatabase,
  meetingId: string,
  subject: CommentSubject,
  typed: TypedText,
): Promise<TextWrite> {
  let write: TextWrite | undefined;
  await changeComment(database, meetingId, subject, (comment) => {
    if (comment.agreedText !== null) throw new CommentLockedError(subject);
    write = revise({ text: comment.draft, revision: comment.draftRevision ?? 0 }, typed);
    return { ...comment, draft: write.text };
  });
  return write!;
}

/** The rating is agreed with the text: it changes only after an explicit unlock, like the text. */
export async function setRating(database: MalsamtalDatabase, meetingId: string, subject: CommentSubject, rating: Rating): Promise<void> {
  await changeComment(database, meetingId, subject, (comment) => {
    if (comment.agreedText !== null) throw new CommentLockedError(subject);
    return { ...comment, rating };
  });
}

/** Next year's round: a year later, the same setup and participants, none of this year's notes, comments or decisions. */
export async function duplicateMeeting(database: MalsamtalDatabase, meeting: Meeting, now = new Date()): Promise<Meeting> {
  const copy = nextRound(meeting, () => crypto.randomUUID(), now);
  await database.meetings.add(copy);
  return copy;
}

/** Deletes a meeting from the app with everything written in it and its export log, which names its body and date. */
export async function deleteMeeting(database: MalsamtalDatabase, meetingId: string): Promise<void> {
  await database.transaction(
    'rw',
    [
      database.meetings,
      database.notes,
      database.comments,
      database.dissents,
      database.decisions,
      database.sessions,
      database.exports,
      database.viewRounds,
    ],
    async () => {
      await database.viewRounds.where('meetingId').equals(meetingId).delete();
      await database.notes.where('meetingId').equals(meetingId).delete();
      await database.comments.where('meetingId').equals(meetingId).delete();
      await database.dissents.where('meetingId').equals(meetingId).delete();
      await database.decisions.where('meetingId').equals(meetingId).delete();
      await database.exports.where('meetingId').equals(meetingId).delete();
      await database.sessions.delete(meetingId);
      await database.meetings.delete(meetingId);
    },
  );
}

/**
 * Deletes a meeting's raw notes from the app, once its protocol is adjusted: the notes were working material, while the
 * agreed comments, the reservations and the export log stay as the record of the decision. Refused before adjustment.
 */
export async function deleteNotesOfAdjustedMeeting(database: MalsamtalDatabase, meetingId: string): Promise<number> {
  return database.transaction('rw', database.meetings, database.notes, async () => {
    const meeting = await database.meetings.get(meetingId);
    if (meeting?.status !== 'adjusted') throw new Error('Notes are kept until the protocol is adjusted');
    return database.notes.where('meetingId').equals(meetingId).delete();
  });
}
