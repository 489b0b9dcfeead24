import { useLiveQuery } from 'dexie-react-hooks';
import type { Logo } from '../../shared/attachment/logo';
import type { BodyKind } from '../../shared/domain/body';
import type { Adjustment, Dissent, ExportFormat, ExportRecord, GoalComment, Note } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import { adjust, markHeld, protocolStatus, validateAdjustment, type AdjustmentIssue } from '../../shared/attachment/protocolPath';
import type { DecisionRecord } from '../../shared/decision/procedure';
import type { Step } from '../../shared/meeting/runningOrder';
import type { ViewRound } from '../../shared/meeting/viewRound';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import type { MalsamtalDatabase } from './db';
import { writeUnlessAdjusted } from './meetingRoom';
import { useDatabase } from './DatabaseProvider';

/** Everything the attachment is made of, read live so the preview follows every edit in any window. */
export interface ExportSource {
  meeting: Meeting;
  pkg: RemissPackage | null;
  comments: GoalComment[];
  dissents: Dissent[];
  decisions: DecisionRecord[];
  /** The rounds of views, one per goal that had one. */
  viewRounds: ViewRound[];
  notes: Note[];
  exports: ExportRecord[];
  /** The kind in the meeting's body profile, written into the answer file; null without a profile. */
  bodyKind: BodyKind | null;
  /** The logo in the meeting's body profile, for the attachment's letterhead; null without one. */
  logo: Logo | null;
  /** The running order the meeting followed, which names the steps the notes were written in; empty before it started. */
  steps: Step[];
}

/** undefined while loading, null when the meeting does not exist. */
export function useExportSource(meetingId: string): ExportSource | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const meeting = await database.meetings.get(meetingId);
    if (!meeting) return null;
    const [pkg, comments, dissents, decisions, viewRounds, notes, exports, body, session] = await Promise.all([
      meeting.packageId ? database.packages.get(meeting.packageId) : undefined,
      database.comments.where('meetingId').equals(meetingId).toArray(),
      database.dissents.where('meetingId').equals(meetingId).toArray(),
      database.decisions.where('meetingId').equals(meetingId).toArray(),
      database.viewRounds.where('meetingId').equals(meetingId).toArray(),
      database.notes.where('meetingId').equals(meetingId).toArray(),
      database.exports.where('meetingId').equals(meetingId).toArray(),
      meeting.bodyId ? database.bodies.get(meeting.bodyId) : undefined,
      database.sessions.get(meetingId),
    ]);
    exports.sort((a, b) => b.exportedAt.localeCompare(a.exportedAt));
    return {
      meeting,
      pkg: pkg?.content ?? null,
      comments,
      dissents,
      decisions,
      viewRounds,
      notes,
      exports,
      bodyKind: body?.kind ?? null,
      logo: body?.logo ?? null,
      steps: session?.steps ?? [],
    };
  }, [database, meetingId]);
}

/** Reads the meeting inside the write so that a change from another window is not overwritten. */
async function updateMeeting(database: MalsamtalDatabase, meetingId: string, change: (meeting: Meeting) => Meeting): Promise<void> {
  await database.transaction('rw', database.meetings, async () => {
    const meeting = await database.meetings.get(meetingId);
    if (meeting) await database.meetings.put(change(meeting));
  });
}

export function markMeetingHeld(database: MalsamtalDatabase, meetingId: string, now = new Date()): Promise<void> {
  return updateMeeting(database, meetingId, (meeting) => markHeld(meeting, now));
}

export function adjustMeeting(database: MalsamtalDatabase, meetingId: string, adjustment: Adjustment, now = new Date()): Promise<void> {
  return updateMeeting(database, meetingId, (meeting) => (meeting.status === 'held' ? adjust(meeting, adjustment, now) : meeting));
}

/**
 * Adjusts the protocol by the justerare and chair as stored at this moment: the meeting is read and checked inside the
 * write, so a justerare changed a moment earlier (in this window or another) is the one recorded. Returns the problems
 * instead when it cannot be adjusted, and changes nothing.
 */
export async function adjustAsAssigned(
  database: MalsamtalDatabase,
  meetingId: string,
  adjustedOn: string,
  now = new Date(),
): Promise<AdjustmentIssue[]> {
  return database.transaction('rw', database.meetings, async () => {
    const meeting = await database.meetings.get(meetingId);
    if (!meeting) return [{ field: 'status', code: 'notHeld' }];
    const result = validateAdjustment(meeting, { adjustedOn });
    if (!result.ok) return result.issues;
    await database.meetings.put(adjust(meeting, result.value, now));
    return [];
  });
}

/**
 * The justerare assigned for the meeting, changed until the protocol is adjusted. What was ticked or unticked is applied
 * to the stored assignment, not the one on screen, so two quick ticks both count.
 */
export async function changeJusterare(
  database: MalsamtalDatabase,
  meetingId: string,
  change: { added: string[]; removed: string[] },
  now = new Date(),
): Promise<void> {
  await writeUnlessAdjusted(database, meetingId, [], async () => {
    const meeting = await database.meetings.get(meetingId);
    if (!meeting) return;
    const kept = meeting.justering.justerareIds.filter((id) => !change.removed.includes(id));
    const justerareIds = [...kept, ...change.added.filter((id) => !kept.includes(id))];
    await database.meetings.put({ ...meeting, justering: { ...meeting.justering, justerareIds }, updatedAt: now.toISOString() });
  });
}

export async function logExport(
  database: MalsamtalDatabase,
  meeting: Meeting,
  format: ExportFormat,
  fileName: string,
  now = new Date(),
): Promise<ExportRecord> {
  const record: ExportRecord = {
    id: crypto.randomUUID(),
    meetingId: meeting.id,
    format,
    protocolStatus: protocolStatus(meeting),
    fileName,
    exportedAt: now.toISOString(),
  };
  await database.exports.add(record);
  return record;
}
