import type { MalsamtalDatabase } from '../../renderer/data/db';

/** Every row of every table, in key order, so two dumps compare equal exactly when nothing was stored or changed. */
export async function dumpDatabase(database: MalsamtalDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of database.tables) dump[table.name] = await table.orderBy(':id').toArray();
  return dump;
}
