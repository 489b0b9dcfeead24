import { z } from '../validation/zod';
import { appFileExtensions } from '../files/appFiles';
import { sha256Hex } from '../format/sha256';

/**
 * A backup of the whole local database: the Dexie export (dexie-export-import's JSON) carried as a string, so the
 * checksum covers exactly the bytes that will be restored, wrapped with our own format name and version.
 */
export const BACKUP_FORMAT = 'malsamtal.sakerhetskopia';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FILE_EXTENSION = appFileExtensions.backup;
/**
 * The documents one laptop keeps, all packages together: a backup carries every byte of them (as base64, a third
 * larger), so their total is held where a backup of them still fits its own limit below. Far above years of remisser.
 */
export const STORED_DOCUMENTS_MAX_BYTES = 100 * 1024 * 1024;
/** Room for the documents above, as base64, and far above a laptop's years of meetings; a larger file is refused before it is parsed. */
export const MAX_BACKUP_CHARACTERS = 180 * 1024 * 1024;

export const backupReasons = ['manual', 'automatic', 'statusChange', 'beforeRestore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupTableSummary {
  name: string;
  rowCount: number;
}

export interface BackupMeetingSummary {
  bodyName: string;
  date: string;
  status: string;
}

/** What a backup holds, shown to the user before they decide to restore it. */
export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  reason: BackupReason;
  databaseVersion: number;
  tables: BackupTableSummary[];
  meetings: BackupMeetingSummary[];
}

export type BackupProblem =
  | { code: 'tooLarge' }
  | { code: 'notJson' }
  | { code: 'wrongFormat' }
  | { code: 'newerFormat'; version: number }
  | { code: 'checksumMismatch' }
  | { code: 'damaged'; detail: string }
  | { code: 'newerDatabase'; version: number };

export type BackupReadResult = { ok: true; summary: BackupSummary; databaseExport: string } | { ok: false; problem: BackupProblem };

export async function createBackupFile(input: {
  databaseExport: string;
  createdAt: Date;
  appVersion: string;
  reason: BackupReason;
}): Promise<string> {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt: input.createdAt.toISOString(),
    appVersion: input.appVersion,
    reason: input.reason,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(input.databaseExport) },
    database: input.databaseExport,
  });
}

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(50),
  reason: z.enum(backupReasons),
  checksum: z.object({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
  database: z.string(),
});

const rowSchema = z.record(z.string(), z.unknown());
const dexieExportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().positive(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().nonnegative() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(rowSchema) })),
  }),
});

const meetingRowSchema = z.object({ id: z.string().min(1), bodyName: z.string(), date: z.string(), status: z.string() });

/** Keys that no backup of ours contains; a file that has them was made or altered by something else. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function parseJsonRefusingForbiddenKeys(text: string): { ok: true; value: unknown } | { ok: false; forbiddenKey: boolean } {
  let forbiddenKey = false;
  try {
    const value: unknown = JSON.parse(text, (key, nested: unknown) => {
      if (forbiddenKeys.has(key)) forbiddenKey = true;
      return nested;
    });
    return forbiddenKey ? { ok: false, forbiddenKey } : { ok: true, value };
  } catch {
    return { ok: false, forbiddenKey: false };
  }
}

/**
 * Reads a backup file completely and checks it before anything is restored: format, version, checksum, and the
 * database export's shape. Never throws; the caller's database is not touched here.
 */
export async function readBackupFile(text: string, currentDatabaseVersion: number): Promise<BackupReadResult> {
  if (text.length > MAX_BACKUP_CHARACTERS) return { ok: false, problem: { code: 'tooLarge' } };
  const outer = parseJsonRefusingForbiddenKeys(text);
  if (!outer.ok) return { ok: false, problem: outer.forbiddenKey ? { code: 'damaged', detail: 'forbiddenKey' } : { code: 'notJson' } };

  const format = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(outer.value);
  if (!format.success) return { ok: false, problem: { code: 'wrongFormat' } };
  if (format.data.version > BACKUP_FORMAT_VERSION) return { ok: false, problem: { code: 'newerFormat', version: format.data.version } };

  const envelope = envelopeSchema.safeParse(outer.value);
  if (!envelope.success) return { ok: false, problem: { code: 'damaged', detail: 'envelope' } };
  if ((await sha256Hex(envelope.data.database)) !== envelope.data.checksum.value)
    return { ok: false, problem: { code: 'checksumMismatch' } };

  const inner = parseJsonRefusingForbiddenKeys(envelope.data.database);
  if (!inner.ok) return { ok: false, problem: { code: 'damaged', detail: inner.forbiddenKey ? 'forbiddenKey' : 'database' } };
  const database = dexieExportSchema.safeParse(inner.value);
  if (!database.success) return { ok: false, problem: { code: 'damaged', detail: 'database' } };
  const { databaseVersion, data } = database.data.data;
  if (databaseVersion > currentDatabaseVersion) return { ok: false, problem: { code: 'newerDatabase', version: databaseVersion } };

  const meetingRows = data.find((table) => table.tableName === 'meetings')?.rows ?? [];
  const meetings = z.array(meetingRowSchema).safeParse(meetingRows);
  if (!meetings.success) return { ok: false, problem: { code: 'damaged', detail: 'meetings' } };

  return {
    ok: true,
    databaseExport: envelope.data.database,
    summary: {
      createdAt: envelope.data.createdAt,
      appVersion: envelope.data.appVersion,
      reason: envelope.data.reason,
      databaseVersion,
      tables: data.map((table) => ({ name: table.tableName, rowCount: table.rows.length })),
      meetings: meetings.data.map(({ bodyName, date, status }) => ({ bodyName, date, status })),
    },
  };
}
