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
      data: Object.entries(rows).map(([tableName, tableRows]) => ({ tableName, inbound: true, rows: tableRows })),
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
