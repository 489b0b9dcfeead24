import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { comparable, currentShape, databaseAtVersion, rowsAtVersion, storesAtVersion } from '../../tests/support/schemaFixtures';
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
    (await databaseAtVersion(name, 1)).close();
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

  it('numbers the writes of every typed text from 0 when it comes from before version 6', async () => {
    const name = `migrate-revisions-${crypto.randomUUID()}`;
    await databaseAtVersion(name, 5);
    const current = new MalsamtalDatabase(name);
    expect(await current.notes.get('v2-n1')).toMatchObject({ textRevision: 0, text: 'Ta upp lokalfrågan i höst.' });
    expect(await current.comments.get('v2-m1:mal-3')).toMatchObject({ draftRevision: 0, draft: 'Kulturlivet kan nå längre.' });
    expect(await current.meetings.get('v2-m1')).toMatchObject({ decisionTextRevision: 0 });
    current.close();
  });

  it('makes a participant whose role was justerare a ledamot assigned as justerare, and moves the dissents on', async () => {
    const name = `migrate-justerare-${crypto.randomUUID()}`;
    await databaseAtVersion(name, 5);
    const current = new MalsamtalDatabase(name);
    const meeting = await current.meetings.get('v2-m1');
    expect(meeting?.participants).toEqual([
      { id: 'p1', name: 'Anna Berg', party: '', role: 'ordforande', present: true, serving: false, servesFor: null },
      { id: 'p2', name: "Siobhán O'Connor", party: '', role: 'ledamot', present: true, serving: false, servesFor: null },
    ]);
    expect(meeting?.justering).toEqual({ justerareIds: ['p2'], date: null, time: null, place: '', immediate: false });
    // An adjusted meeting was closed when it was last changed; the adjustment keeps the names it was signed with.
    expect(meeting?.closedAt).toBe('2020-08-27T09:00:00.000Z');
    expect(meeting?.adjustment).toEqual({ adjustedOn: '2020-08-27', justerare: ["Siobhán O'Connor"] });
    expect(await current.dissents.get('v2-d1')).toMatchObject({ participantId: null, party: '', chairAllowed: false });
    expect(await current.bodies.get('v2-b1')).toMatchObject({ members: [], memberCount: null });
    current.close();
  });

  it('assigns as justerare those named in an adjustment, and lets a substitute who was present serve', async () => {
    const name = `migrate-named-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const [released, stores] of Object.entries(storesAtVersion).filter(([released]) => Number(released) <= 5))
      old.version(Number(released)).stores(stores);
    const rows = await rowsAtVersion[5]!();
    const meeting = {
      ...rows.meetings![0]!,
      participants: [
        { id: 'a', name: 'Anna Berg', role: 'ordforande', present: true },
        { id: 'b', name: 'Bo Ek', role: 'ledamot', present: true },
        { id: 'c', name: 'Cia Dahl', role: 'ersattare', present: true },
        { id: 'd', name: 'Dan Ström', role: 'ersattare', present: false },
      ],
      adjustment: { adjustedOn: '2020-08-27', justerare: ['Bo Ek', 'Okänd'] },
    };
    await old.table('meetings').put(meeting);
    await old.table('dissents').put({ ...rows.dissents![0]!, participantName: 'Cia Dahl', kind: 'sarskiltYttrande' });
    old.close();
    const current = new MalsamtalDatabase(name);
    const migrated = await current.meetings.get('v2-m1');
    expect(migrated?.justering.justerareIds).toEqual(['b']);
    expect(migrated?.participants.map((p) => [p.id, p.serving])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
      ['d', false],
    ]);
    expect(await current.dissents.get('v2-d1')).toMatchObject({ participantId: 'c', chairAllowed: true });
    current.close();
  });

  it('gives packages from before version 10 remissinstanser with ids and answer routes, and meetings no remissinstans yet', async () => {
    const name = `migrate-respondents-${crypto.randomUUID()}`;
    (await databaseAtVersion(name, 5)).close();
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
    (await databaseAtVersion(name, 10)).close();
    const current = new MalsamtalDatabase(name);
    const [example] = await current.packages.toArray();
    expect(example!.content.documents).toEqual([]);
    expect(example!.content.goals.map((goal) => goal.documentReferences)).toEqual(example!.content.goals.map(() => []));
    expect(await current.documentFiles.count()).toBe(0);
    current.close();
  });

  it('opens a version 11 database with no rounds of views, and keeps those a version 12 database holds', async () => {
    const before = `migrate-view-rounds-${crypto.randomUUID()}`;
    (await databaseAtVersion(before, 11)).close();
    const upgraded = new MalsamtalDatabase(before);
    expect(await upgraded.viewRounds.count()).toBe(0);
    expect((await upgraded.meetings.toArray()).map((meeting) => meeting.viewRoundsInAttachment)).not.toContain(true);
    upgraded.close();

    const at12 = `migrate-view-rounds-12-${crypto.randomUUID()}`;
    (await databaseAtVersion(at12, 12)).close();
    const current = new MalsamtalDatabase(at12);
    expect(await current.viewRounds.where('meetingId').equals('v2-m1').sortBy('goalId')).toMatchObject([
      { goalId: 'mal-1', anonymous: false, views: { p1: 3, p2: 'abstain' } },
      { goalId: 'mal-3', anonymous: true, views: {}, counts: { '4': 2, '5': 1, abstain: 1 } },
    ]);
    current.close();
  });

  it('gives notes from before version 8 the goal of the in-depth step they were written in', async () => {
    const name = `migrate-note-goals-${crypto.randomUUID()}`;
    const old = await databaseAtVersion(name, 5);
    await old.table('notes').put({ ...(await old.table('notes').get('v2-n1')), id: 'v5-goal-note', stepId: 'goal:mal-3' });
    old.close();
    const current = new MalsamtalDatabase(name);
    expect(await current.notes.get('v2-n1')).toMatchObject({ stepId: 'introduction', goalId: null });
    expect(await current.notes.get('v5-goal-note')).toMatchObject({ stepId: 'goal:mal-3', goalId: 'mal-3' });
    current.close();
  });

  it.each(versions)('opens a version %i database with the current code and loses nothing', async (version) => {
    const name = `migrate-from-${version}-${crypto.randomUUID()}`;
    (await databaseAtVersion(name, version)).close();

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
