import Dexie from 'dexie';
import { fixtureAnswer } from '../fixtures/exampleAnswers';
import { goalOfStepId } from '../../shared/meeting/runningOrder';
import { createSession } from '../../shared/meeting/session';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { upgradeVersion1Package, withDocumentLists, withLetterDetails } from '../../shared/remiss/packageUpgrade';
import type { RemissPackage } from '../../shared/remiss/remissPackage';

/**
 * The example package as laptops stored it before version 10: expected respondents by name, two recipient lists, and
 * (as before version 11) no documents, nor goals pointing at any.
 */
const examplePackageVersion1 = (() => {
  const {
    routes: _routes,
    respondents: _respondents,
    documents: _documents,
    deadlineText: _deadlineText,
    contacts: _contacts,
    support: _support,
    relatedPlans: _relatedPlans,
    goals,
    ...rest
  } = examplePackage;
  return {
    ...rest,
    goals: goals.map(({ documentReferences: _references, ...goal }) => goal),
    recipients: { unadjusted: ['camilla.wallinkupferberg@vaggeryd.se'], adjusted: ['kommunstyrelsen@vaggeryd.se'] },
    expectedRespondents: ['Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Miljö- och byggnadsnämnden', 'Vaggeryds Energi AB'],
  };
})();

/**
 * Realistic rows as a laptop held them at each schema version, written in that version's shape. Every schema version
 * in renderer/data/db.ts must have an entry here: renderer/data/migrations.test.ts fails for a version without one.
 */
export type TableRows = Record<string, Record<string, unknown>[]>;

function version1(): TableRows {
  return {
    meetings: [
      {
        id: 'v1-m1',
        bodyName: 'Barn- och utbildningsnämnden',
        date: '2020-09-15',
        status: 'held',
        createdAt: '2020-08-01T08:00:00.000Z',
        updatedAt: '2020-09-15T17:30:00.000Z',
      },
    ],
    settings: [{ key: 'language', value: 'en' }],
  };
}

function version2(): TableRows {
  const meeting = {
    id: 'v2-m1',
    bodyId: 'v2-b1',
    bodyName: 'Kultur- och fritidsnämnden',
    meetingForm: 'presidium',
    date: '2020-08-20',
    place: 'Kommunhuset, Skillingaryd',
    paragraph: '45',
    itemTitle: 'Svar på intern remiss om ambitionsnivå för kommunfullmäktiges övergripande mål',
    attachmentNumber: '1',
    packageId: examplePackage.id,
    participants: [
      { id: 'p1', name: 'Anna Berg', role: 'ordforande', present: true },
      { id: 'p2', name: "Siobhán O'Connor", role: 'justerare', present: true },
    ],
    decisionText: 'Nämnden beslutar att lämna följande kommentar till kommunledningskontoret.',
    status: 'adjusted',
    adjustment: { adjustedOn: '2020-08-27', justerare: ["Siobhán O'Connor"] },
    createdAt: '2020-08-01T08:00:00.000Z',
    updatedAt: '2020-08-27T09:00:00.000Z',
  };
  return {
    meetings: [meeting],
    settings: [{ key: 'language', value: 'sv' }],
    packages: [
      {
        id: examplePackage.id,
        content: examplePackageVersion1,
        origin: 'builtIn',
        createdAt: '2020-08-01T08:00:00.000Z',
        updatedAt: '2020-08-01T08:00:00.000Z',
      },
    ],
    bodies: [
      {
        id: 'v2-b1',
        name: 'Kultur- och fritidsnämnden',
        kind: 'namnd',
        ownGoals: [{ id: 'g1', title: 'Fler unga i föreningslivet', description: '', kfGoalNumbers: [3] }],
        createdAt: '2020-01-01T00:00:00.000Z',
        updatedAt: '2020-01-01T00:00:00.000Z',
      },
    ],
    comments: [
      {
        id: 'v2-m1:mal-3',
        meetingId: 'v2-m1',
        subject: 'mal-3',
        rating: { kind: 'step', value: 4 },
        draft: 'Kulturlivet kan nå längre.',
        agreedText: 'Kulturlivet kan nå längre.',
        agreedAt: '2020-08-20T16:10:00.000Z',
        history: [{ text: 'Kulturlivet räcker.', agreedAt: '2020-08-20T16:00:00.000Z', unlockedAt: '2020-08-20T16:05:00.000Z' }],
        updatedAt: '2020-08-20T16:10:00.000Z',
      },
    ],
    dissents: [
      {
        id: 'v2-d1',
        meetingId: 'v2-m1',
        kind: 'reservation',
        participantName: 'Bo Ek',
        goalId: null,
        text: 'Jag reserverar mig mot beslutet.',
        createdAt: '2020-08-20T16:20:00.000Z',
        updatedAt: '2020-08-20T16:20:00.000Z',
      },
    ],
    notes: [
      {
        id: 'v2-n1',
        meetingId: 'v2-m1',
        stepId: 'introduction',
        marker: 'forslag',
        parked: true,
        text: 'Ta upp lokalfrågan i höst.',
        createdAt: '2020-08-20T15:05:00.000Z',
        updatedAt: '2020-08-20T15:06:00.000Z',
      },
    ],
    exports: [
      {
        id: 'v2-e1',
        meetingId: 'v2-m1',
        format: 'pdf',
        protocolStatus: 'justerat',
        fileName: '2020-08-20 Kultur- och fritidsnämnden § 45 Bilaga 1 – Svar på intern remiss KS 2019-160 (justerat).pdf',
        exportedAt: '2020-08-27T10:00:00.000Z',
      },
    ],
  };
}

function version3(): TableRows {
  return {
    ...version2(),
    sessions: [
      {
        ...createSession('v2-m1', examplePackage, ['mal-3'], new Date('2020-08-20T15:00:00.000Z')),
        timers: { introduction: { accumulatedMs: 120_000, runningSince: null, extendedMs: 60_000 } },
        projected: { kind: 'draft', subject: 'mal-3' },
      },
    ],
  };
}

async function version5(): Promise<TableRows> {
  const answer = await fixtureAnswer(3, { adjusted: true });
  return {
    ...version3(),
    answers: [
      {
        id: `${examplePackage.id}:${answer.body.name}:${answer.meeting.id}`,
        packageId: examplePackage.id,
        fileName: `${answer.body.name} svar.msvar`,
        importedAt: '2020-10-01T09:00:00.000Z',
        answer,
      },
    ],
  };
}

/** A package as versions before 11 stored it: the conversion of today adds documents, which did not exist then. */
function withoutDocuments(content: Record<string, unknown>): Record<string, unknown> {
  const { documents: _documents, goals, ...rest } = content;
  return { ...rest, goals: (goals as Record<string, unknown>[]).map(({ documentReferences: _references, ...goal }) => goal) };
}

/** A laptop at version 6: each typed text has been written a number of times, some of them by a second window. */
async function version6(): Promise<TableRows> {
  const rows = await version5();
  return {
    ...rows,
    meetings: rows.meetings!.map((meeting) => ({ ...meeting, decisionTextRevision: 3 })),
    comments: rows.comments!.map((comment) => ({ ...comment, draftRevision: 12 })),
    notes: rows.notes!.map((note) => ({ ...note, textRevision: 27 })),
  };
}

/** Version 7: participants with party and serving substitutes, justerare assigned, a closed meeting, a vote recorded. */
async function version7(): Promise<TableRows> {
  const earlier = await version6();
  const participant = (id: string, name: string, party: string, role: string, extra: Record<string, unknown> = {}) => ({
    id,
    name,
    party,
    role,
    present: true,
    serving: false,
    servesFor: null,
    ...extra,
  });
  const meeting = {
    ...earlier.meetings![0]!,
    id: 'v7-m1',
    status: 'held',
    adjustment: null,
    participants: [
      participant('p1', 'Anna Berg', 'S', 'ordforande'),
      participant('p2', "Siobhán O'Connor", 'V', 'ledamot'),
      participant('p3', 'Bo Ek', 'M', 'ledamot', { present: false }),
      participant('p4', 'Cia Dahl', 'M', 'ersattare', { serving: true, servesFor: 'p3' }),
    ],
    memberCount: 3,
    decisionText: '',
    closedAt: '2020-08-20T17:00:00.000Z',
    justering: { justerareIds: ['p2'], date: '2020-08-27', time: '15:00', place: 'Kommunhuset', immediate: false },
  };
  return {
    ...earlier,
    meetings: [meeting],
    bodies: [{ ...earlier.bodies![0]!, members: [{ id: 'r1', name: 'Anna Berg', party: 'S', role: 'ordforande' }], memberCount: 3 }],
    dissents: [
      {
        id: 'v7-d1',
        meetingId: 'v7-m1',
        kind: 'reservation',
        participantId: 'p2',
        participantName: "Siobhán O'Connor",
        party: 'V',
        goalId: 'mal-3',
        text: 'Motiveras skriftligt.',
        chairAllowed: false,
        createdAt: '2020-08-20T16:20:00.000Z',
        updatedAt: '2020-08-21T09:00:00.000Z',
      },
    ],
    decisions: [
      {
        id: 'v7-m1:mal-3',
        meetingId: 'v7-m1',
        subject: 'mal-3',
        excludedIds: [],
        participants: [
          { id: 'p1', name: 'Anna Berg', party: 'S' },
          { id: 'p2', name: "Siobhán O'Connor", party: 'V' },
          { id: 'p4', name: 'Cia Dahl', party: 'M' },
        ],
        yrkanden: [
          {
            id: 'y1',
            participantId: 'p2',
            participantName: "Siobhán O'Connor",
            party: 'V',
            kind: 'eget',
            text: null,
            rating: { kind: 'step', value: 3 },
            withdrawn: false,
            createdAt: '2020-08-20T16:00:00.000Z',
          },
        ],
        proposition: 'draft',
        vote: { ja: 'draft', nej: 'y1', votes: { p1: 'ja', p2: 'nej', p4: 'ja' } },
        decided: 'draft',
        decidedAt: '2020-08-20T16:10:00.000Z',
        updatedAt: '2020-08-20T16:10:00.000Z',
      },
    ],
  };
}

/** Version 8, built on version 7's rows: a note keeps the goal of the in-depth step it was written in. */
async function version8(): Promise<TableRows> {
  const rows = await version7();
  return {
    ...rows,
    notes: [
      ...rows.notes!.map((note) => ({ ...note, goalId: null })),
      {
        id: 'v8-n2',
        meetingId: 'v7-m1',
        stepId: 'goal:mal-3',
        goalId: 'mal-3',
        textRevision: 4,
        marker: null,
        parked: false,
        text: 'Föreningslivet når inte alla unga.',
        createdAt: '2020-08-20T15:40:00.000Z',
        updatedAt: '2020-08-20T15:41:00.000Z',
      },
    ],
    sessions: rows.sessions!.map((session) => ({ ...session, timerHidden: true })),
  };
}

async function version10(): Promise<TableRows> {
  const earlier = await fixtureAnswer(5, { adjusted: true });
  const rows = await version8();
  return {
    ...rows,
    packages: rows.packages!.map((record) => ({
      ...record,
      content: withoutDocuments(upgradeVersion1Package(record.content as Record<string, unknown>)),
    })),
    meetings: rows.meetings!.map((meeting) => ({ ...meeting, respondentId: 'kultur-och-fritidsnamnden' })),
    rounds: [
      {
        packageId: examplePackage.id,
        bodies: [{ respondentId: 'kommunstyrelsen', plannedMeetingDate: '2020-09-21', sentOutOn: '2020-07-01', remindedOn: null }],
        updatedAt: '2020-08-15T08:00:00.000Z',
      },
    ],
    roundReports: [
      {
        packageId: examplePackage.id,
        sections: { summary: 'Sju remissinstanser har svarat.', background: '', assessment: '', proposal: '', sendTo: 'Kommunfullmäktige' },
        updatedAt: '2020-10-02T08:00:00.000Z',
      },
    ],
    earlierAnswers: [
      {
        id: `${examplePackage.id}:${earlier.package.id}:${earlier.body.name}:${earlier.meeting.id}`,
        packageId: examplePackage.id,
        fileName: 'svar 2019.msvar',
        importedAt: '2020-10-02T09:00:00.000Z',
        answer: earlier,
      },
    ],
  };
}

async function version11(): Promise<TableRows> {
  const rows = await version10();
  const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
  const document = {
    id: 'bilaga-1',
    title: 'Bilaga 1 – ambitionsnivåer med bakgrund',
    role: 'bilaga',
    number: 1,
    fileName: 'Bilaga 1 intern remiss 2 KF mål ambitionsnivå.pdf',
    mediaType: 'application/pdf',
    size: bytes.byteLength,
    sha256: 'c'.repeat(64),
    pageCount: 1,
  };
  const { deadlineText: _deadlineText, contacts: _contacts, support: _support, relatedPlans: _relatedPlans, ...before13 } = examplePackage;
  const content = {
    ...before13,
    id: 'v11-remiss',
    isExample: false,
    documents: [document],
    goals: examplePackage.goals.map((goal, index) => ({
      ...goal,
      documentReferences: index === 0 ? [{ documentId: 'bilaga-1', page: 1, label: 'Bilaga 1, ambitionsnivåerna' }] : [],
    })),
  };
  return {
    ...rows,
    // The migration to version 11 gave the packages already there their (empty) lists of documents.
    packages: [
      ...rows.packages!.map((record) => ({ ...record, content: withDocumentLists(record.content as Record<string, unknown>) })),
      { id: content.id, content, origin: 'imported', createdAt: '2021-06-30T08:00:00.000Z', updatedAt: '2021-06-30T08:00:00.000Z' },
    ],
    documentFiles: [{ packageId: content.id, documentId: 'bilaga-1', bytes }],
  };
}

/** Version 12: rounds of views, a named one and an anonymous one, and a meeting whose board included them in the attachment. */
async function version12(): Promise<TableRows> {
  const rows = await version11();
  return {
    ...rows,
    meetings: rows.meetings!.map((meeting) => ({ ...meeting, viewRoundsInAttachment: true })),
    viewRounds: [
      {
        id: 'v2-m1:mal-1',
        meetingId: 'v2-m1',
        goalId: 'mal-1',
        anonymous: false,
        views: { p1: 3, p2: 'abstain' },
        counts: {},
        updatedAt: '2020-09-15T17:20:00.000Z',
      },
      {
        id: 'v2-m1:mal-3',
        meetingId: 'v2-m1',
        goalId: 'mal-3',
        anonymous: true,
        views: {},
        counts: { '4': 2, '5': 1, abstain: 1 },
        updatedAt: '2020-09-15T17:40:00.000Z',
      },
    ],
  };
}

/** Version 13: a package that holds the letter's details, its contact, the support offered and the plans it ties to. */
async function version13(): Promise<TableRows> {
  const rows = await version12();
  const content = { ...examplePackage, id: 'v13-remiss', isExample: false, documents: [] };
  return {
    ...rows,
    // The migration to version 13 gave the packages already there their empty details.
    packages: [
      ...rows.packages!.map((record) => ({ ...record, content: withLetterDetails(record.content as Record<string, unknown>) })),
      { id: content.id, content, origin: 'imported', createdAt: '2022-06-30T08:00:00.000Z', updatedAt: '2022-06-30T08:00:00.000Z' },
    ],
  };
}

/**
 * Version 4 was never released: the projector's live state fitted into version 3's sessions, and version 9 was left
 * to work not merged; a database is never at a version this file lacks.
 */
export const rowsAtVersion: Record<number, () => TableRows | Promise<TableRows>> = {
  1: version1,
  2: version2,
  3: version3,
  5: version5,
  6: version6,
  7: version7,
  8: version8,
  10: version10,
  11: version11,
  12: version12,
  13: version13,
};

/**
 * A row with its bytes as plain arrays: IndexedDB's structured clone (fake-indexeddb's, in Node) gives back typed arrays
 * of another realm than the test's, which compare unequal however equal their bytes.
 */
export function comparable(row: unknown): unknown {
  if (ArrayBuffer.isView(row)) return Array.from(row as Uint8Array);
  if (Array.isArray(row)) return row.map(comparable);
  if (row !== null && typeof row === 'object')
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, comparable(value)]));
  return row;
}

/** A row as the current code holds it, for rows a later upgrade converts; others are kept exactly. */
export function currentShape(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table === 'packages')
    return {
      ...row,
      content: withLetterDetails(upgradeVersion1Package(row.content as Record<string, unknown>)) as unknown as RemissPackage,
    };
  // v7: justerare became an assignment, so a participant in that role is now a ledamot.
  if (table === 'meetings' && Array.isArray(row.participants))
    return {
      ...row,
      participants: (row.participants as Record<string, unknown>[]).map((p) => (p.role === 'justerare' ? { ...p, role: 'ledamot' } : p)),
    };
  // v8: a note without its goal takes it from the step it was written in.
  if (table === 'notes') return { goalId: goalOfStepId((row.stepId as string | null) ?? null), ...row };
  return row;
}

/**
 * Each released version's table definitions, frozen as they shipped. Old databases in the migration test are built
 * from these, not from db.ts, so an edit to a released version in db.ts is caught rather than followed.
 */
export const storesAtVersion: Record<number, Record<string, string>> = {
  1: { meetings: 'id, date, status, updatedAt', settings: 'key' },
  2: {
    meetings: 'id, date, status, updatedAt, packageId, bodyId',
    packages: 'id, updatedAt',
    bodies: 'id, name',
    comments: 'id, meetingId',
    dissents: 'id, meetingId',
    notes: 'id, meetingId, [meetingId+createdAt]',
    exports: 'id, meetingId, exportedAt',
  },
  3: { sessions: 'meetingId' },
  5: { answers: 'id, packageId' },
  6: {},
  7: { decisions: 'id, meetingId' },
  8: {},
  10: { rounds: 'packageId', roundReports: 'packageId', earlierAnswers: 'id, packageId' },
  11: { documentFiles: '[packageId+documentId], packageId' },
  12: { viewRounds: 'id, meetingId' },
  13: {},
};

/**
 * A database created by the app as it was at `version` (its frozen definitions), holding that version's realistic
 * rows; returned open, for the caller to read or export and then close.
 */
export async function databaseAtVersion(name: string, version: number): Promise<Dexie> {
  const old = new Dexie(name);
  for (const [released, stores] of Object.entries(storesAtVersion).filter(([released]) => Number(released) <= version))
    old.version(Number(released)).stores(stores);
  const rows = await rowsAtVersion[version]!();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkPut(tableRows);
  });
  return old;
}
