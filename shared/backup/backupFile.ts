import { z } from '../validation/zod';
import { appFileExtensions, appFileMaxBytes, megabytes } from '../files/appFiles';
import { bytesFromBase64 } from '../format/base64';
import { sha256Hex } from '../format/sha256';
import { MAX_JSON_DEPTH, parseJsonText } from '../validation/json';
import { backupReasons, type BackupReason } from './backupReasons';
import { isBackupTableName, type BackupProblem, type BackupRowReference, type BackupTableName } from './backupProblems';
import { backupTables, rowSchemaFor } from './rowSchemas';

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
/**
 * The backup's own limit, which is also the largest file the shell saves: whatever backup the app could write, it reads
 * back. Counted in UTF-16 units, never more than the file's bytes; a larger text is refused before it is parsed. It
 * leaves room for the documents above, as base64, and far more for a laptop's years of meetings.
 */
export const MAX_BACKUP_CHARACTERS = appFileMaxBytes.backup;

export { backupReasons, type BackupReason };
export type { BackupProblem, BackupRowReference };

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

/** A table's checked rows, and its definition at the backup's schema version, ready to be restored. */
export interface BackupTable {
  name: BackupTableName;
  /** Dexie's definition of the table's keys and indexes ("id,meetingId"), as the version that made the backup had it. */
  schema: string;
  rows: Record<string, unknown>[];
}

/** What a checked backup restores: every table's rows as the app wrote them, at the schema version they were written in. */
export interface BackupContent {
  databaseVersion: number;
  tables: BackupTable[];
}

export type BackupReadResult = { ok: true; summary: BackupSummary; content: BackupContent } | { ok: false; problem: BackupProblem };

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

const dexieExportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().int().positive(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().nonnegative() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.literal(true), rows: z.array(z.unknown()) })),
  }),
});

type Marked = Record<string, unknown>;

/** A key path as typeson writes it: keys joined by ".", with "~" and "." inside a key written "~0" and "~1". */
const keyPathOf = (text: string) => text.split('.').map((key) => key.replace(/~1/g, '.').replace(/~0/g, '~'));

/** Where a key path leads in a row: the object holding the last key, or null when the path leads nowhere. */
function locate(root: unknown, path: readonly string[]): { parent: Marked; key: string } | null {
  let parent = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, key)) return null;
    parent = (parent as Marked)[key];
  }
  const key = path.at(-1);
  if (key === undefined || parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, key)) return null;
  return { parent: parent as Marked, key };
}

const startsWith = (path: readonly string[], start: readonly string[]) => start.every((key, index) => path[index] === key);

/**
 * An object stored twice in one row (a comment's rating and the same rating in its history) is written once, and in
 * the other place as "#" and the first one's key path. Each is replaced by a copy of what it names; one that names
 * nothing, itself or a place around itself (which would make the row endless) is refused: false.
 */
function resolveReferences(row: Marked, references: string[][]): boolean {
  let pending = references;
  while (pending.length > 0) {
    const waiting: string[][] = [];
    for (const path of pending) {
      const at = locate(row, path)!;
      const value = at.parent[at.key];
      if (typeof value !== 'string' || value.length < 2 || !value.startsWith('#')) return false;
      const target = keyPathOf(value.slice(1));
      if (startsWith(path, target)) return false;
      // What it names holds a reference still to be resolved: copied later, once that one is.
      if (pending.some((other) => other !== path && startsWith(other, target))) {
        waiting.push(path);
        continue;
      }
      const found = locate(row, target);
      const named = found?.parent[found.key];
      if (named === null || typeof named !== 'object') return false;
      at.parent[at.key] = JSON.parse(JSON.stringify(named)) as unknown;
    }
    if (waiting.length === pending.length) return false;
    pending = waiting;
  }
  return true;
}

/** Numbers JSON cannot hold, as typeson writes them: the row schemas decide where one may stand. */
const specialNumbers: Record<string, [text: string, value: number]> = {
  nan: ['NaN', Number.NaN],
  infinity: ['Infinity', Number.POSITIVE_INFINITY],
  negativeInfinity: ['-Infinity', Number.NEGATIVE_INFINITY],
};

/**
 * A Uint8Array as dexie-export-import writes it ("uint8array2"): its whole buffer in base64 (marked "arraybuffer") and
 * the view's place in it. Read as a copy of exactly the view's bytes, or null when it is anything else.
 */
function bytesOf(value: unknown): Uint8Array<ArrayBuffer> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const { buffer, byteOffset, length, ...rest } = value as Marked;
  if (Object.keys(rest).length > 0 || typeof buffer !== 'string') return null;
  if (typeof byteOffset !== 'number' || typeof length !== 'number' || !Number.isSafeInteger(byteOffset) || !Number.isSafeInteger(length))
    return null;
  const whole = bytesFromBase64(buffer);
  if (whole === null || byteOffset < 0 || length < 0 || byteOffset + length > whole.byteLength) return null;
  return byteOffset === 0 && length === whole.byteLength ? whole : whole.slice(byteOffset, byteOffset + length);
}

/**
 * dexie-export-import (typeson) marks values JSON cannot hold in a row's "$types", by key path. The app's rows carry
 * these: every array ("arrayNonindexKeys", a plain array), a property stored as undefined ("undef", read as absent),
 * an object stored twice ("#", see resolveReferences), a number that is none ("nan" and its kin) and a document's
 * bytes ("uint8array2" with its buffer's "arraybuffer"). Any other mark would revive something else (a Blob, a Date,
 * an image fetched from a URL) and is refused: null.
 */
function withoutTypeMarks(row: Marked): Marked | null {
  if (!Object.hasOwn(row, '$types')) return row;
  const { $types: marks, ...plain } = row;
  if (marks === null || typeof marks !== 'object' || Array.isArray(marks)) return null;
  const markOf = marks as Record<string, unknown>;
  const references: string[][] = [];
  const byteArrays: string[][] = [];
  for (const [keyPath, mark] of Object.entries(markOf)) {
    const path = keyPathOf(keyPath);
    const at = locate(plain, path);
    if (at === null) return null;
    const special = typeof mark === 'string' && Object.hasOwn(specialNumbers, mark) ? specialNumbers[mark]! : null;
    if (mark === 'undef') delete at.parent[at.key];
    else if (mark === '#') references.push(path);
    else if (mark === 'uint8array2') {
      if (markOf[`${keyPath}.buffer`] !== 'arraybuffer') return null;
      byteArrays.push(path);
    } else if (mark === 'arraybuffer') {
      // Only as the buffer of bytes marked above: an ArrayBuffer of its own is no value the app stores.
      if (path.at(-1) !== 'buffer' || markOf[keyPath.slice(0, -'.buffer'.length)] !== 'uint8array2') return null;
    } else if (special) {
      if (at.parent[at.key] !== special[0]) return null;
      at.parent[at.key] = special[1];
    } else if (mark !== 'arrayNonindexKeys' || !Array.isArray(at.parent[at.key])) return null;
  }
  for (const path of byteArrays) {
    const at = locate(plain, path)!;
    const bytes = bytesOf(at.parent[at.key]);
    if (bytes === null) return null;
    at.parent[at.key] = bytes;
  }
  return resolveReferences(plain, references) ? plain : null;
}

/**
 * A row's key by the table's primary key (a field, or a compound "[packageId+documentId]"): as the user reads it, and
 * as compared for duplicates. Undefined when a part of it is no text.
 */
function rowKeyOf(row: unknown, primaryKey: string): { text: string; identity: string } | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  const fields = primaryKey.startsWith('[') ? primaryKey.slice(1, -1).split('+') : [primaryKey];
  const values = fields.map((field) => (row as Marked)[field]);
  if (!values.every((value) => typeof value === 'string')) return undefined;
  return { text: values.join(' / '), identity: JSON.stringify(values) };
}

type TablesCheck = { ok: true; tables: BackupTable[] } | { ok: false; problem: BackupProblem };

/**
 * Every row of every table against the schema the app writes it with: a table the app does not have, a row that does
 * not match, or two rows with one key are refused, naming the table and the row. The rows returned are the checked
 * values, so nothing the schemas do not know reaches the database.
 */
function checkTables(
  declared: { name: string; schema: string }[],
  data: { tableName: string; rows: unknown[] }[],
  version: number,
): TablesCheck {
  const schemas = new Map<string, string>();
  for (const table of declared) {
    if (!isBackupTableName(table.name)) return { ok: false, problem: { code: 'unknownTable', table: table.name } };
    // The first entry of a Dexie definition is the primary key: it must be the one the app reads rows by.
    if (table.schema.split(',')[0]?.trim() !== backupTables[table.name].key)
      return { ok: false, problem: { code: 'damaged', detail: table.name } };
    schemas.set(table.name, table.schema);
  }
  const tables: BackupTable[] = [];
  for (const { tableName, rows } of data) {
    if (!isBackupTableName(tableName)) return { ok: false, problem: { code: 'unknownTable', table: tableName } };
    const schema = schemas.get(tableName);
    if (schema === undefined || tables.some((table) => table.name === tableName))
      return { ok: false, problem: { code: 'damaged', detail: tableName } };
    const primaryKey = backupTables[tableName].key;
    const rowSchema = rowSchemaFor(tableName, version);
    const keys = new Set<string>();
    const checked: Record<string, unknown>[] = [];
    for (const [index, raw] of rows.entries()) {
      const rawKey = rowKeyOf(raw, primaryKey);
      const row: BackupRowReference = { table: tableName, position: index + 1, ...(rawKey ? { key: rawKey.text } : {}) };
      const plain = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? withoutTypeMarks(raw as Marked) : null;
      const parsed = plain === null ? null : rowSchema.safeParse(plain);
      if (!parsed?.success) return { ok: false, problem: { code: 'invalidRow', row } };
      const value = parsed.data as Record<string, unknown>;
      const key = rowKeyOf(value, primaryKey)!.identity;
      if (keys.has(key)) return { ok: false, problem: { code: 'duplicateRow', row } };
      keys.add(key);
      checked.push(value);
    }
    tables.push({ name: tableName, schema, rows: checked });
  }
  return { ok: true, tables };
}

/** A file of more bytes than the largest backup the shell saves is refused before a byte of it is read. */
export function backupFileSizeProblem(byteLength: number): BackupProblem | null {
  return byteLength > MAX_BACKUP_CHARACTERS ? tooLarge() : null;
}

function tooLarge(): BackupProblem {
  return { code: 'tooLarge', maxMegabytes: megabytes(MAX_BACKUP_CHARACTERS) };
}

/**
 * Reads a backup file completely and checks it before anything is restored: format, version, checksum, the database
 * export's shape and every row of every table. Never throws; the caller's database is not touched here.
 */
export async function readBackupFile(text: string, currentDatabaseVersion: number): Promise<BackupReadResult> {
  if (text.length > MAX_BACKUP_CHARACTERS) return { ok: false, problem: tooLarge() };
  const outer = parseJsonText(text);
  if (!outer.ok)
    return { ok: false, problem: outer.code === 'tooDeep' ? { code: 'tooDeep', maxDepth: MAX_JSON_DEPTH } : { code: 'notJson' } };
  if (outer.forbiddenKey !== null) return { ok: false, problem: { code: 'damaged', detail: 'forbiddenKey' } };

  const format = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(outer.value);
  if (!format.success) return { ok: false, problem: { code: 'wrongFormat' } };
  if (format.data.version > BACKUP_FORMAT_VERSION) return { ok: false, problem: { code: 'newerFormat', version: format.data.version } };

  const envelope = envelopeSchema.safeParse(outer.value);
  if (!envelope.success) return { ok: false, problem: { code: 'damaged', detail: 'envelope' } };
  if ((await sha256Hex(envelope.data.database)) !== envelope.data.checksum.value)
    return { ok: false, problem: { code: 'checksumMismatch' } };

  const inner = parseJsonText(envelope.data.database);
  if (!inner.ok)
    return {
      ok: false,
      problem: inner.code === 'tooDeep' ? { code: 'tooDeep', maxDepth: MAX_JSON_DEPTH } : { code: 'damaged', detail: 'database' },
    };
  if (inner.forbiddenKey !== null) return { ok: false, problem: { code: 'damaged', detail: 'forbiddenKey' } };
  const database = dexieExportSchema.safeParse(inner.value);
  if (!database.success) return { ok: false, problem: { code: 'damaged', detail: 'database' } };
  const { databaseVersion, tables: declared, data } = database.data.data;
  if (databaseVersion > currentDatabaseVersion) return { ok: false, problem: { code: 'newerDatabase', version: databaseVersion } };

  const checked = checkTables(declared, data, databaseVersion);
  if (!checked.ok) return checked;
  const meetings = (checked.tables.find((table) => table.name === 'meetings')?.rows ?? []) as {
    bodyName: string;
    date: string;
    status: string;
  }[];

  return {
    ok: true,
    content: { databaseVersion, tables: checked.tables },
    summary: {
      createdAt: envelope.data.createdAt,
      appVersion: envelope.data.appVersion,
      reason: envelope.data.reason,
      databaseVersion,
      tables: checked.tables.map((table) => ({ name: table.name, rowCount: table.rows.length })),
      meetings: meetings.map(({ bodyName, date, status }) => ({ bodyName, date, status })),
    },
  };
}
