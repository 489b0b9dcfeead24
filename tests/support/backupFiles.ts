import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../shared/backup/backupFile';
import { sha256Hex } from '../../shared/format/sha256';
import { storesAtVersion, type TableRows } from './schemaFixtures';

/** Each table's definition as the app had declared it by `version`, as Dexie's export writes it ("id,date,status"). */
function schemasAt(version: number): Record<string, string> {
  const declared: Record<string, string> = {};
  for (const [released, stores] of Object.entries(storesAtVersion))
    if (Number(released) <= version) for (const [table, schema] of Object.entries(stores)) declared[table] = schema.replace(/\s/g, '');
  return declared;
}

/** A Uint8Array as dexie-export-import (typeson) writes it: the whole buffer in base64, and the view's place in it. */
export function typesonBytes(bytes: Uint8Array): { buffer: string; byteOffset: number; length: number } {
  const whole = new Uint8Array(bytes.buffer);
  let binary = '';
  for (const byte of whole) binary += String.fromCharCode(byte);
  return { buffer: btoa(binary), byteOffset: bytes.byteOffset, length: bytes.length };
}

/** A row as dexie-export-import writes it: each field holding bytes (a document's) replaced and marked in "$types". */
function exported(row: Record<string, unknown>): Record<string, unknown> {
  const fields = Object.keys(row).filter((field) => row[field] instanceof Uint8Array);
  if (fields.length === 0) return row;
  const marks = Object.fromEntries(
    fields.flatMap((field) => [
      [field, 'uint8array2'],
      [`${field}.buffer`, 'arraybuffer'],
    ]),
  );
  return {
    ...row,
    ...Object.fromEntries(fields.map((field) => [field, typesonBytes(row[field] as Uint8Array)])),
    $types: { ...(row.$types as object | undefined), ...marks },
  };
}

/** Rows in dexie-export-import's format, as a database at `databaseVersion` would export them. */
export function dexieExportOf(rows: TableRows, databaseVersion: number): string {
  const schemas = schemasAt(databaseVersion);
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'malsamtal',
      databaseVersion,
      tables: Object.entries(rows).map(([name, tableRows]) => ({ name, schema: schemas[name] ?? 'id', rowCount: tableRows.length })),
      data: Object.entries(rows).map(([tableName, tableRows]) => ({ tableName, inbound: true, rows: tableRows.map(exported) })),
    },
  });
}

/**
 * A backup file around a database export, sealed with a checksum that matches it: what the app writes, and also what a
 * file edited by hand and sealed again looks like, which only the row checks can tell from a real one.
 */
export async function sealedBackup(databaseExport: string, createdAt = '2020-09-15T18:00:00.000Z'): Promise<string> {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt,
    appVersion: '0.1.0',
    reason: 'manual',
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(databaseExport) },
    database: databaseExport,
  });
}

/** A backup whose database export is changed by `edit` and sealed again with a new checksum. */
export async function editedAndResealed(backup: string, edit: (databaseExport: string) => string): Promise<string> {
  const file = JSON.parse(backup) as { database: string; createdAt: string };
  return sealedBackup(edit(file.database), file.createdAt);
}
