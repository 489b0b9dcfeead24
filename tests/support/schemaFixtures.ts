import { fixtureAnswer } from '../fixtures/exampleAnswers';
import { createSession } from '../../shared/meeting/session';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { upgradeVersion1Package } from '../../shared/remiss/packageFile';
import type { RemissPackage } from '../../shared/remiss/remissPackage';

/** The example package as laptops stored it before version 10: expected respondents by name, two recipient lists. */
const examplePackageVersion1 = (() => {
  const { routes: _routes, respondents: _respondents, ...rest } = examplePackage;
  return {
    ...rest,
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

async function version10(): Promise<TableRows> {
  const earlier = await fixtureAnswer(5, { adjusted: true });
  const rows = await version5();
  return {
    ...rows,
    packages: rows.packages!.map((record) => ({ ...record, content: upgradeVersion1Package(record.content as Record<string, unknown>) })),
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

/** Version 4 was never released: the projector's live state fitted into version 3's sessions. */
export const rowsAtVersion: Record<number, () => TableRows | Promise<TableRows>> = {
  1: version1,
  2: version2,
  3: version3,
  5: version5,
  10: version10,
};

/** A row as the current code holds it, for rows a later upgrade converts; others are kept exactly. */
export function currentShape(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table === 'packages')
    return { ...row, content: upgradeVersion1Package(row.content as Record<string, unknown>) as unknown as RemissPackage };
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
  10: { rounds: 'packageId', roundReports: 'packageId', earlierAnswers: 'id, packageId' },
};
