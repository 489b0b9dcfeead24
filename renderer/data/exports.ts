import { useLiveQuery } from 'dexie-react-hooks';
import type { BodyKind } from '../../shared/domain/body';
import type { Adjustment, Dissent, ExportFormat, ExportRecord, GoalComment, Note } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import { adjust, markHeld, protocolStatus } from '../../shared/attachment/protocolPath';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import type { MalsamtalDatabase } from './db';
import { useDatabase } from './DatabaseProvider';

/** Everything the attachment is made of, read live so the preview follows every edit in any window. */
export interface ExportSource {
  meeting: Meeting;
  pkg: RemissPackage | null;
  comments: GoalComment[];
  dissents: Dissent[];
  notes: Note[];
  exports: ExportRecord[];
  /** The kind in the meeting's body profile, written into the answer file; null without a profile. */
  bodyKind: BodyKind | null;
}

/** undefined while loading, null when the meeting does not exist. */
export function useExportSource(meetingId: string): ExportSource | null | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const meeting = await database.meetings.get(meetingId);
    if (!meeting) return null;
    const [pkg, comments, dissents, notes, exports, body] = await Promise.all([
      meeting.packageId ? database.packages.get(meeting.packageId) : undefined,
      database.comments.where('meetingId').equals(meetingId).toArray(),
      database.dissents.where('meetingId').equals(meetingId).toArray(),
      database.notes.where('meetingId').equals(meetingId).toArray(),
      database.exports.where('meetingId').equals(meetingId).toArray(),
      meeting.bodyId ? database.bodies.get(meeting.bodyId) : undefined,
    ]);
    exports.sort((a, b) => b.exportedAt.localeCompare(a.exportedAt));
    return { meeting, pkg: pkg?.content ?? null, comments, dissents, notes, exports, bodyKind: body?.kind ?? null };
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
