import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { currentShape, rowsAtVersion, storesAtVersion } from '../../tests/support/schemaFixtures';
import { MalsamtalDatabase } from './db';

interface VersionHistory {
  _versions: { _cfg: { version: number; storesSource: Record<string, string | null> } }[];
}

/** Every schema version the app has declared, each with its table definitions, read from db.ts itself. */
function schemaHistory(): { version: number; stores: Record<string, string | null> }[] {
  // Dexie keeps the declared versions on the instance; reading them keeps this harness in step with db.ts.
  const current = new MalsamtalDatabase(`history-${crypto.randomUUID()}`) as unknown as VersionHistory;
  return current._versions.map((declared) => ({ version: declared._cfg.version, stores: declared._cfg.storesSource }));
}

/**
 * A row with its bytes as plain arrays: IndexedDB's structured clone (fake-indexeddb's, in Node) gives back typed arrays
 * of another realm than the test's, which compare unequal however equal their bytes.
 */
function comparable(row: unknown): unknown {
  if (ArrayBuffer.isView(row)) return Array.from(row as Uint8Array);
  if (Array.isArray(row)) return row.map(comparable);
  if (row !== null && typeof row === 'object')
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, comparable(value)]));
  return row;
}

/** A database created by the app as it was at `version` (its frozen definitions), holding that version's realistic rows. */
async function databaseAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  for (const [released, stores] of Object.entries(storesAtVersion).filter(([released]) => Number(released) <= version))
    old.version(Number(released)).stores(stores);
  const rows = await rowsAtVersion[version]!();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkPut(tableRows);
  });
  old.close();
}

describe('migrations from every earlier schema version', () => {
  const versions = schemaHistory().map((entry) => entry.version);

  it('has realistic rows for every schema version the app has declared', () => {
    expect(Object.keys(rowsAtVersion).map(Number)).toEqual(versions);
  });

  it('declares every released version in db.ts exactly as it shipped: a change needs a new version', () => {
    const declared = Object.fromEntries(schemaHistory().map((entry) => [entry.version, entry.stores]));
    expect(declared).toEqual(storesAtVersion);
  });

  it('gives meetings from version 1 the protocol details version 2 added, and the example package', async () => {
    const name = `migrate-defaults-${crypto.randomUUID()}`;
    await databaseAtVersion(name, 1);
    const current = new MalsamtalDatabase(name);
    expect(await current.meetings.get('v1-m1')).toMatchObject({
      bodyId: null,
      meetingForm: 'namnd',
      paragraph: '',
      attachmentNumber: '1',
      packageId: null,
      participants: [],
      adjustment: null,
    });
    expect(await current.packages.count()).toBe(1);
    current.close();
  });

  it('gives packages from before version 10 remissinstanser with ids and answer routes, and meetings no remissinstans yet', async () => {
    const name = `migrate-respondents-${crypto.randomUUID()}`;
    await databaseAtVersion(name, 5);
    const current = new MalsamtalDatabase(name);
    const content = (await current.packages.toArray())[0]!.content;
    expect(content).not.toHaveProperty('expectedRespondents');
    expect(content).not.toHaveProperty('recipients');
    expect(content.respondents.map((respondent) => [respondent.id, respondent.kind])).toEqual([
      ['kommunstyrelsen', 'styrelse'],
      ['barn-och-utbildningsnamnden', 'namnd'],
      ['miljo-och-byggnadsnamnden', 'namnd'],
      ['vaggeryds-energi-ab', 'bolag'],
    ]);
    expect(content.routes.map((route) => [route.addresses, route.statuses])).toEqual([
      [['camilla.wallinkupferberg@vaggeryd.se'], ['ojusterat']],
      [['kommunstyrelsen@vaggeryd.se'], ['justerat']],
    ]);
    expect((await current.meetings.get('v2-m1'))!.respondentId).toBeNull();
    current.close();
  });

  it('gives the packages stored before version 11 no documents, and their goals no references to any', async () => {
    const name = `migrate-documents-${crypto.randomUUID()}`;
    await databaseAtVersion(name, 10);
    const current = new MalsamtalDatabase(name);
    const [example] = await current.packages.toArray();
    expect(example!.content.documents).toEqual([]);
    expect(example!.content.goals.map((goal) => goal.documentReferences)).toEqual(example!.content.goals.map(() => []));
    expect(await current.documentFiles.count()).toBe(0);
    current.close();
  });

  it.each(versions)('opens a version %i database with the current code and loses nothing', async (version) => {
    const name = `migrate-from-${version}-${crypto.randomUUID()}`;
    await databaseAtVersion(name, version);

    const current = new MalsamtalDatabase(name);
    await current.open();
    expect(current.verno).toBe(Math.max(...versions));
    for (const [table, rows] of Object.entries(await rowsAtVersion[version]!())) {
      const keyPath = current.table(table).schema.primKey.keyPath!;
      for (const row of rows) {
        const key = Array.isArray(keyPath) ? keyPath.map((part) => row[part] as string) : (row[keyPath] as string);
        const stored = await current.table(table).get(key);
        expect(comparable(stored), `${table} ${String(key)} efter migrering från version ${version}`).toMatchObject(
          comparable(currentShape(table, row)) as object,
        );
      }
    }
    current.close();
  });
});
