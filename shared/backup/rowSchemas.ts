import { answerFileSchema } from '../attachment/answerFile';
import { LOGO_LIMITS, logoMediaTypes } from '../attachment/logo';
import { voteChoices, yrkandeKinds } from '../decision/procedure';
import { bodyKinds, forecastOutcomes, rosterRoles } from '../domain/body';
import { isCalendarDate } from '../domain/calendarDate';
import { dissentKinds, exportFormats, meetingForms, noteMarkers, participantRoles } from '../domain/dialogue';
import { meetingStatuses } from '../domain/meeting';
import { languages } from '../i18n/language';
import { stepKinds } from '../meeting/runningOrder';
import { packageLimits, storedPackageSchema } from '../remiss/packageFile';
import { upgradeVersion1Package, withDocumentLists } from '../remiss/packageUpgrade';
import type { RemissPackage } from '../remiss/remissPackage';
import type { BackupTableName } from './backupProblems';
import { z } from '../validation/zod';

/**
 * What each table of the local database holds, row by row, exactly as the app writes it: a backup is restored only
 * when every row matches. Rows written by older versions restore too: fields a later version added without a
 * migration are optional here, and rows from before a migration are held to the shape that migration starts from.
 */

const key = z.string().min(1);
/** How many times a typed text has been written (schema version 6); rows from before it read as 0. */
const revision = z.number().int().nonnegative().optional();
const calendarDate = z.string().refine(isCalendarDate);
/** A moment as the app writes it (Date.toISOString()); zod's pattern knows each month's days, leap years too. */
const instant = z.iso.datetime();

const givenRating = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('step'), value: z.number().int() }),
  z.object({ kind: z.literal('noAssessment') }),
]);
const rating = givenRating.nullable();

/** A participant as the protocol lists them (schema version 7): party, and for a substitute whether and for whom they serve. */
const participant = z.object({
  id: z.string(),
  name: z.string(),
  party: z.string(),
  role: z.enum(participantRoles),
  present: z.boolean(),
  serving: z.boolean(),
  servesFor: z.string().nullable(),
});

/** Before version 7 a participant had no party, and justerare was a role; the migration makes them a ledamot assigned. */
const participantBeforeVersion7 = participant
  .partial({ party: true, serving: true, servesFor: true })
  .extend({ role: z.enum([...participantRoles, 'justerare']) });

/** The time for justering as validateJusteringPlan writes it. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

const justeringPlan = z.object({
  justerareIds: z.array(z.string()),
  date: calendarDate.nullable(),
  time: clockTime.nullable(),
  place: z.string(),
  immediate: z.boolean(),
});

const meeting = z.object({
  id: key,
  bodyId: z.string().nullable(),
  bodyName: z.string(),
  meetingForm: z.enum(meetingForms),
  date: calendarDate,
  place: z.string(),
  paragraph: z.string(),
  itemTitle: z.string(),
  attachmentNumber: z.string(),
  /** The body's own diarienummer, added without a schema version: absent in meetings stored before it. */
  ownCaseNumber: z.string().optional(),
  packageId: z.string().nullable(),
  respondentId: z.string().nullable(),
  participants: z.array(participant),
  memberCount: z.number().int().positive().nullable(),
  decisionText: z.string(),
  decisionTextRevision: revision,
  status: z.enum(meetingStatuses),
  closedAt: instant.nullable(),
  justering: justeringPlan,
  /** The chair is named in adjustments recorded since version 7. */
  adjustment: z.object({ adjustedOn: calendarDate, justerare: z.array(z.string()), chair: z.string().optional() }).nullable(),
  /** The board's choice to include the rounds of views in the attachment, added without a migration (version 12). */
  viewRoundsInAttachment: z.boolean().optional(),
  createdAt: instant,
  updatedAt: instant,
});

/** Before version 10 a meeting was held for no remissinstans; the migration says so. */
const meetingBeforeVersion10 = meeting.partial({ respondentId: true });

/** Before version 7 participants were listed without party, and the quorum, closing and justering were not kept. */
const meetingBeforeVersion7 = meetingBeforeVersion10
  .extend({ participants: z.array(participantBeforeVersion7) })
  .partial({ memberCount: true, closedAt: true, justering: true });

/** Version 1 kept the body's name, the date and the status; the migration to version 2 gives the rest defaults. */
const meetingBeforeVersion2 = meetingBeforeVersion7.partial({
  bodyId: true,
  meetingForm: true,
  place: true,
  paragraph: true,
  itemTitle: true,
  attachmentNumber: true,
  packageId: true,
  participants: true,
  decisionText: true,
  adjustment: true,
});

const setting = z.object({ key: z.literal('language'), value: z.enum(languages) });

export const packageOrigins = ['builtIn', 'imported', 'created'] as const;

const packageRecordWith = (content: z.ZodType<RemissPackage>) =>
  z
    .object({ id: key, content, origin: z.enum(packageOrigins), createdAt: instant, updatedAt: instant })
    .refine((record) => record.content.id === record.id);
const packageRecord = packageRecordWith(storedPackageSchema);
const asPackage = (upgrade: (content: Record<string, unknown>) => Record<string, unknown>) =>
  z.preprocess(
    (content) => (content !== null && typeof content === 'object' ? upgrade(content as Record<string, unknown>) : content),
    storedPackageSchema,
  );
/** Before version 11 a package had no documents: read as the migration to version 11 gives it its empty lists. */
const packageRecordBeforeVersion11 = packageRecordWith(asPackage(withDocumentLists));
/**
 * Before version 10 a package listed its respondents by name and its recipients in two lists: read as the migration to
 * version 10 converts them (the conversion leaves a converted package as it is), then held to today's shape.
 */
const packageRecordBeforeVersion10 = packageRecordWith(asPackage(upgradeVersion1Package));

const body = z.object({
  id: key,
  name: z.string(),
  kind: z.enum(bodyKinds),
  ownGoals: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      kfGoalNumbers: z.array(z.number().int()),
      /** The follow-up's forecast came after version 11; an own goal saved without one has none. */
      forecast: z.object({ outcome: z.enum(forecastOutcomes), text: z.string(), date: calendarDate.nullable() }).optional(),
    }),
  ),
  /** The roster and the number of members came with version 7; a profile saved without them has none. */
  members: z.array(z.object({ id: z.string(), name: z.string(), party: z.string(), role: z.enum(rosterRoles) })).optional(),
  memberCount: z.number().int().positive().nullable().optional(),
  /** The letterhead's logo, added without a schema version: a profile saved before it has none. */
  logo: z
    .object({
      mediaType: z.enum(logoMediaTypes),
      // Told by its tag, not instanceof, as a document's bytes are.
      bytes: z.custom<Uint8Array<ArrayBuffer>>(
        (value) => Object.prototype.toString.call(value) === '[object Uint8Array]' && (value as Uint8Array).byteLength <= LOGO_LIMITS.bytes,
      ),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      altText: z.string(),
    })
    .nullable()
    .optional(),
  createdAt: instant,
  updatedAt: instant,
});

const comment = z.object({
  id: key,
  meetingId: z.string(),
  subject: z.string(),
  rating,
  draft: z.string(),
  draftRevision: revision,
  agreedText: z.string().nullable(),
  agreedAt: instant.nullable(),
  /** Entries stored before the rating was locked with the text have none. */
  history: z.array(z.object({ text: z.string(), agreedAt: instant, unlockedAt: instant, rating: rating.optional() })),
  updatedAt: instant,
});

const dissent = z.object({
  id: key,
  meetingId: z.string(),
  kind: z.enum(dissentKinds),
  participantId: z.string().nullable(),
  participantName: z.string(),
  party: z.string(),
  goalId: z.string().nullable(),
  text: z.string(),
  /** A reservation's motivation is typed after the meeting, written as a note is. */
  textRevision: revision,
  chairAllowed: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
});

/** Before version 7 an entry named its participant only, and the chair's leave was not recorded; the migration adds both. */
const dissentBeforeVersion7 = dissent.partial({ participantId: true, party: true, chairAllowed: true });

/** How one decision was taken (schema version 7): who took part, the yrkanden, the proposition and a vote by name. */
const decision = z.object({
  id: key,
  meetingId: z.string(),
  subject: z.string(),
  excludedIds: z.array(z.string()),
  participants: z.array(z.object({ id: z.string(), name: z.string(), party: z.string() })).nullable(),
  yrkanden: z.array(
    z.object({
      id: z.string(),
      participantId: z.string(),
      participantName: z.string(),
      party: z.string(),
      kind: z.enum(yrkandeKinds),
      text: z.string().nullable(),
      textRevision: revision,
      rating: givenRating.nullable(),
      withdrawn: z.boolean(),
      createdAt: instant,
    }),
  ),
  proposition: z.string().nullable(),
  vote: z.object({ ja: z.string(), nej: z.string(), votes: z.record(z.string(), z.enum(voteChoices)) }).nullable(),
  decided: z.string().nullable(),
  decidedAt: instant.nullable(),
  updatedAt: instant,
});

const note = z.object({
  id: key,
  meetingId: z.string(),
  stepId: z.string().nullable(),
  goalId: z.string().nullable(),
  marker: z.enum(noteMarkers).nullable(),
  parked: z.boolean(),
  text: z.string(),
  textRevision: revision,
  createdAt: instant,
  updatedAt: instant,
});

/** Before version 8 a note kept only its step; the migration finds the goal from it. */
const noteBeforeVersion8 = note.partial({ goalId: true });

const exportRecord = z.object({
  id: key,
  meetingId: z.string(),
  format: z.enum(exportFormats),
  protocolStatus: z.enum(['ojusterat', 'justerat']),
  fileName: z.string(),
  exportedAt: instant,
});

const session = z.object({
  meetingId: key,
  focusGoalIds: z.array(z.string()),
  steps: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(stepKinds),
      goalId: z.string().nullable(),
      title: z.string().nullable(),
      /** A step added while its minutes field was empty was stored without a number before addCustomStep took care. */
      plannedMinutes: z.union([z.number(), z.nan()]),
      skipped: z.boolean(),
    }),
  ),
  currentStepId: z.string(),
  timers: z.record(z.string(), z.object({ accumulatedMs: z.number(), runningSince: z.number().nullable(), extendedMs: z.number() })),
  projected: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.enum(['draft', 'agreed']), subject: z.string() }),
      z.object({ kind: z.literal('note'), noteId: z.string() }),
      z.object({
        kind: z.literal('documentPage'),
        documentId: z.string(),
        page: z.number().int().positive(),
        top: z.number().min(0).max(1),
      }),
      z.object({ kind: z.literal('ownGoals'), goalId: z.string() }),
      z.object({ kind: z.literal('viewRound'), goalId: z.string() }),
    ])
    .nullable(),
  /** These came after version 3 without a migration: older rows read with defaults (withSessionDefaults). */
  questionIndex: z.number().int().nonnegative().optional(),
  blanked: z.boolean().optional(),
  timerHidden: z.boolean().optional(),
  updatedAt: instant,
});

const round = z.object({
  packageId: key,
  bodies: z.array(
    z.object({
      respondentId: z.string(),
      plannedMeetingDate: calendarDate.nullable(),
      sentOutOn: calendarDate.nullable(),
      remindedOn: calendarDate.nullable(),
    }),
  ),
  updatedAt: instant,
});

const reportDraft = z.object({
  packageId: key,
  sections: z.object({ summary: z.string(), background: z.string(), assessment: z.string(), proposal: z.string(), sendTo: z.string() }),
  updatedAt: instant,
});

const earlierAnswer = z.object({ id: key, packageId: z.string(), fileName: z.string(), importedAt: instant, answer: answerFileSchema });

const compiledAnswer = z.object({
  id: key,
  packageId: z.string(),
  fileName: z.string(),
  importedAt: instant,
  answer: answerFileSchema,
  setAside: z.boolean().optional(),
  conflictOf: z.string().optional(),
  unadjustedImportedAt: instant.optional(),
});

/**
 * A document's bytes, as the package's content describes them. The backup carries them as typeson writes a
 * Uint8Array (see backupFile.ts); no one document is larger than a package file may carry.
 */
const documentFile = z.object({
  packageId: key,
  documentId: key,
  // Told by its tag, not instanceof: IndexedDB may hand back bytes made in another realm (a worker's, a test's).
  bytes: z.custom<Uint8Array<ArrayBuffer>>(
    (value) =>
      Object.prototype.toString.call(value) === '[object Uint8Array]' && (value as Uint8Array).byteLength <= packageLimits.documentBytes,
  ),
});

/** A round of views (version 12): a named round's views by participant id, an anonymous round's counts only. */
const viewOrAbstain = z.union([z.number().int(), z.literal('abstain')]);
const viewRound = z.object({
  id: key,
  meetingId: z.string(),
  goalId: z.string(),
  anonymous: z.boolean(),
  views: z.record(z.string(), viewOrAbstain),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  updatedAt: instant,
});

/**
 * Each table's rows, and the key its rows are known by: the table's primary key as Dexie defines it, a field's name or
 * a compound of fields ("[packageId+documentId]").
 */
export const backupTables = {
  meetings: { row: meeting, key: 'id' },
  settings: { row: setting, key: 'key' },
  packages: { row: packageRecord, key: 'id' },
  bodies: { row: body, key: 'id' },
  comments: { row: comment, key: 'id' },
  dissents: { row: dissent, key: 'id' },
  decisions: { row: decision, key: 'id' },
  notes: { row: note, key: 'id' },
  exports: { row: exportRecord, key: 'id' },
  sessions: { row: session, key: 'meetingId' },
  answers: { row: compiledAnswer, key: 'id' },
  rounds: { row: round, key: 'packageId' },
  roundReports: { row: reportDraft, key: 'packageId' },
  earlierAnswers: { row: earlierAnswer, key: 'id' },
  documentFiles: { row: documentFile, key: '[packageId+documentId]' },
  viewRounds: { row: viewRound, key: 'id' },
} as const satisfies { [Name in BackupTableName]: { row: z.ZodType; key: string } };

/** A table's row as the app writes it (its zod output), for checking against the database's own types. */
export type BackupRow<Name extends BackupTableName> = z.output<(typeof backupTables)[Name]['row']>;

/** The schema a table's rows are held to in a backup made at `databaseVersion`. */
export function rowSchemaFor(name: BackupTableName, databaseVersion: number): z.ZodType {
  if (name === 'meetings' && databaseVersion < 2) return meetingBeforeVersion2;
  if (name === 'meetings' && databaseVersion < 7) return meetingBeforeVersion7;
  if (name === 'meetings' && databaseVersion < 10) return meetingBeforeVersion10;
  if (name === 'dissents' && databaseVersion < 7) return dissentBeforeVersion7;
  if (name === 'packages' && databaseVersion < 10) return packageRecordBeforeVersion10;
  if (name === 'packages' && databaseVersion < 11) return packageRecordBeforeVersion11;
  if (name === 'notes' && databaseVersion < 8) return noteBeforeVersion8;
  return backupTables[name].row;
}
