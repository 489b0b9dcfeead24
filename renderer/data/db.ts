import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { CompiledAnswer } from '../../shared/compile/mergeAnswers';
import type { Body } from '../../shared/domain/body';
import type { DecisionRecord } from '../../shared/decision/procedure';
import type { Dissent, ExportRecord, GoalComment, Note, Participant } from '../../shared/domain/dialogue';
import { DEFAULT_DECISION_TEXT, DEFAULT_ITEM_TITLE, type Meeting } from '../../shared/domain/meeting';
import type { Language } from '../../shared/i18n/messages';
import { goalOfStepId } from '../../shared/meeting/runningOrder';
import type { MeetingSession } from '../../shared/meeting/session';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { upgradeVersion1Package, withDocumentLists, withLetterDetails } from '../../shared/remiss/packageUpgrade';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import type { ViewRound } from '../../shared/meeting/viewRound';
import type { EarlierAnswer, ReportDraft, RoundRecord } from '../../shared/round/roundRecords';

export interface Settings {
  language: Language;
}
export type SettingKey = keyof Settings;
export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}

/** A remiss package as kept on this laptop: its content, and where it came from. */
export interface PackageRecord {
  /** The package's own id (content.id): one copy of a remiss per laptop. */
  id: string;
  content: RemissPackage;
  origin: 'builtIn' | 'imported' | 'created';
  createdAt: string;
  updatedAt: string;
}

/** One document's bytes, kept apart from the package's content, which describes it (content.documents). */
export interface DocumentFileRecord {
  packageId: string;
  documentId: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export const DATABASE_NAME = 'malsamtal';

/** The built-in example, so a new user can hold a meeting at once. */
export function builtInPackageRecord(now = new Date().toISOString()): PackageRecord {
  return { id: examplePackage.id, content: examplePackage, origin: 'builtIn', createdAt: now, updatedAt: now };
}

/** v1 → v2: meetings gain the protocol's details; the example package arrives. */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table('meetings')
    .toCollection()
    .modify((meeting: Partial<Meeting>) => {
      meeting.bodyId ??= null;
      meeting.meetingForm ??= 'namnd';
      meeting.place ??= '';
      meeting.paragraph ??= '';
      meeting.itemTitle ??= DEFAULT_ITEM_TITLE;
      meeting.attachmentNumber ??= '1';
      meeting.packageId ??= null;
      meeting.participants ??= [];
      meeting.decisionText ??= DEFAULT_DECISION_TEXT;
      meeting.adjustment ??= null;
    });
  await tx.table('packages').put(builtInPackageRecord());
}

/** v5 → v6: every text two windows may type into at once counts its writes, from 0. */
async function upgradeToVersion6(tx: Transaction): Promise<void> {
  await tx
    .table('notes')
    .toCollection()
    .modify((note: Partial<Note>) => {
      note.textRevision ??= 0;
    });
  await tx
    .table('comments')
    .toCollection()
    .modify((comment: Partial<GoalComment>) => {
      comment.draftRevision ??= 0;
    });
  await tx
    .table('meetings')
    .toCollection()
    .modify((meeting: Partial<Meeting>) => {
      meeting.decisionTextRevision ??= 0;
    });
}

/** A participant as versions up to 6 stored them: no party, and justerare as a role. */
type StoredParticipant = Omit<Participant, 'party' | 'serving' | 'servesFor' | 'role'> &
  Partial<Pick<Participant, 'party' | 'serving' | 'servesFor'>> & { role: Participant['role'] | 'justerare' };

/**
 * v6 → v7: the decision as the protocol records it. A participant gains a party and, for a substitute, whether they
 * serve (a substitute present was counted as deciding before, so serves); a participant whose role was "justerare"
 * becomes a ledamot assigned as justerare (the first two; else those named in the adjustment); a held meeting counts
 * as closed when it was last changed; reservations and statements refer to their participant by id where the name
 * matches, and a särskilt yttrande already entered was allowed by the chair; bodies gain an empty roster.
 */
async function upgradeToVersion7(tx: Transaction): Promise<void> {
  const participantsByMeeting = new Map<string, Participant[]>();
  await tx
    .table('meetings')
    .toCollection()
    .modify((meeting: Omit<Partial<Meeting>, 'participants'> & { id: string; participants?: StoredParticipant[] | Participant[] }) => {
      const justerareIds: string[] = [];
      const participants: Participant[] = (meeting.participants ?? []).map((stored) => {
        const wasJusterare = stored.role === 'justerare';
        if (wasJusterare && justerareIds.length < 2) justerareIds.push(stored.id);
        const role = stored.role === 'justerare' ? 'ledamot' : stored.role;
        return {
          ...stored,
          role,
          party: stored.party ?? '',
          serving: stored.serving ?? (role === 'ersattare' && stored.present),
          servesFor: stored.servesFor ?? null,
        };
      });
      for (const name of meeting.adjustment?.justerare ?? []) {
        const named = participants.find((p) => p.name === name);
        if (justerareIds.length < 2 && named && !justerareIds.includes(named.id)) justerareIds.push(named.id);
      }
      meeting.participants = participants;
      meeting.justering ??= { justerareIds, date: null, time: null, place: '', immediate: false };
      meeting.closedAt ??= meeting.status === 'held' || meeting.status === 'adjusted' ? (meeting.updatedAt ?? null) : null;
      meeting.memberCount ??= null;
      participantsByMeeting.set(meeting.id, participants);
    });
  await tx
    .table('dissents')
    .toCollection()
    .modify((dissent: Partial<Dissent> & { meetingId: string; participantName: string; kind: Dissent['kind'] }) => {
      const named = participantsByMeeting.get(dissent.meetingId)?.find((p) => p.name === dissent.participantName);
      dissent.participantId ??= named?.id ?? null;
      dissent.party ??= named?.party ?? '';
      dissent.chairAllowed ??= dissent.kind !== 'reservation';
    });
  await tx
    .table('bodies')
    .toCollection()
    .modify((body: Body) => {
      body.members ??= [];
      body.memberCount ??= null;
    });
}

/** v7 → v8: a note keeps the goal its in-depth step is about, so the notes export names it; older notes get it from the step. */
async function upgradeToVersion8(tx: Transaction): Promise<void> {
  await tx
    .table('notes')
    .toCollection()
    .modify((note: Partial<Note>) => {
      note.goalId ??= goalOfStepId(note.stepId ?? null);
    });
}

/** Brings every stored package's content to a later shape with the same conversion a package file of that age gets. */
async function upgradePackageContents(tx: Transaction, upgrade: (content: Record<string, unknown>) => Record<string, unknown>) {
  await tx
    .table('packages')
    .toCollection()
    .modify((record: PackageRecord) => {
      record.content = upgrade(record.content as unknown as Record<string, unknown>) as unknown as RemissPackage;
    });
}

/**
 * v9 → v10: packages name their remissinstanser with ids and their answer routes (package file version 2), converted
 * as a version 1 file is; a meeting may be held for one of them, and none is chosen for the meetings already held.
 */
async function upgradeToVersion10(tx: Transaction): Promise<void> {
  await upgradePackageContents(tx, upgradeVersion1Package);
  await tx
    .table('meetings')
    .toCollection()
    .modify((meeting: Partial<Meeting>) => {
      meeting.respondentId ??= null;
    });
}

/** v10 → v11: packages may carry documents; those stored before had none, and neither did their goals point at any. */
async function upgradeToVersion11(tx: Transaction): Promise<void> {
  await upgradePackageContents(tx, withDocumentLists);
}

/** v12 → v13: packages hold the letter's details (deadline in words, contacts, support, related plans); none before. */
async function upgradeToVersion13(tx: Transaction): Promise<void> {
  await upgradePackageContents(tx, withLetterDetails);
}

/**
 * The whole local schema. Each version stays here as history; a new version adds a
 * `version(n).stores(...)` with an `.upgrade()` that migrates the data, never edits an old one.
 */
export class MalsamtalDatabase extends Dexie {
  meetings!: EntityTable<Meeting, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  packages!: EntityTable<PackageRecord, 'id'>;
  bodies!: EntityTable<Body, 'id'>;
  comments!: EntityTable<GoalComment, 'id'>;
  dissents!: EntityTable<Dissent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  exports!: EntityTable<ExportRecord, 'id'>;
  sessions!: EntityTable<MeetingSession, 'meetingId'>;
  answers!: EntityTable<CompiledAnswer, 'id'>;
  decisions!: EntityTable<DecisionRecord, 'id'>;
  rounds!: EntityTable<RoundRecord, 'packageId'>;
  roundReports!: EntityTable<ReportDraft, 'packageId'>;
  earlierAnswers!: EntityTable<EarlierAnswer, 'id'>;
  documentFiles!: Table<DocumentFileRecord, [string, string]>;
  viewRounds!: EntityTable<ViewRound, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // Chromium commits "relaxed" by default, before the disk has the data; a laptop losing power mid-meeting must not lose notes.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      meetings: 'id, date, status, updatedAt',
      settings: 'key',
    });
    this.version(2)
      .stores({
        meetings: 'id, date, status, updatedAt, packageId, bodyId',
        packages: 'id, updatedAt',
        bodies: 'id, name',
        comments: 'id, meetingId',
        dissents: 'id, meetingId',
        notes: 'id, meetingId, [meetingId+createdAt]',
        exports: 'id, meetingId, exportedAt',
      })
      .upgrade(upgradeToVersion2);
    // v3 adds the running meeting's live state; nothing moves, a meeting without a session simply has not started.
    this.version(3).stores({ sessions: 'meetingId' });
    // v5 (v4 is left to the projector's work, merged alongside) adds the strategy office's compiled answers; nothing moves.
    this.version(5).stores({ answers: 'id, packageId' });
    // v6 numbers the writes of each typed text (notes, drafts, the decision), so a window never writes blindly over another's.
    this.version(6).stores({}).upgrade(upgradeToVersion6);
    // v7 records how each decision was taken, and moves participants on.
    this.version(7).stores({ decisions: 'id, meetingId' }).upgrade(upgradeToVersion7);
    // v8: notes keep their goal; no index changes.
    this.version(8).stores({}).upgrade(upgradeToVersion8);
    // v10 (9 is left to work merged alongside): the strategy office's round, its report draft and earlier rounds.
    this.version(10)
      .stores({ rounds: 'packageId', roundReports: 'packageId', earlierAnswers: 'id, packageId' })
      .upgrade(upgradeToVersion10);
    // v11 adds the packages' documents: their bytes, by package and document.
    this.version(11).stores({ documentFiles: '[packageId+documentId], packageId' }).upgrade(upgradeToVersion11);
    // v12 adds the rounds of views, one per goal and meeting; nothing moves, a goal without a round simply had none.
    this.version(12).stores({ viewRounds: 'id, meetingId' });
    // v13: packages hold the letter's details; those stored before get them empty.
    this.version(13).stores({}).upgrade(upgradeToVersion13);
    // A database created fresh at the latest version runs no upgrade; it gets the example here.
    this.on('populate', (tx) => tx.table('packages').add(builtInPackageRecord()));
  }
}
