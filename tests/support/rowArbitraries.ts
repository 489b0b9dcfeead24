import fc from 'fast-check';
import type { DocumentFileRecord, PackageRecord, SettingRow } from '../../renderer/data/db';
import { answerFileToJson, parseAnswerFile } from '../../shared/attachment/answerFile';
import { fixtureAnswer } from '../fixtures/exampleAnswers';
import type { CompiledAnswer } from '../../shared/compile/mergeAnswers';
import { DRAFT, voteChoices, yrkandeKinds, type DecisionRecord } from '../../shared/decision/procedure';
import { bodyKinds, forecastOutcomes, rosterRoles, type Body } from '../../shared/domain/body';
import {
  dissentKinds,
  exportFormats,
  meetingForms,
  noteMarkers,
  participantRoles,
  type Dissent,
  type ExportRecord,
  type GoalComment,
  type Note,
} from '../../shared/domain/dialogue';
import { logoMediaTypes } from '../../shared/attachment/logo';
import { meetingStatuses, type Meeting } from '../../shared/domain/meeting';
import { goalOfStepId } from '../../shared/meeting/runningOrder';
import { createSession, type MeetingSession } from '../../shared/meeting/session';
import { idleTimer } from '../../shared/meeting/timer';
import { viewRoundId, type ViewRound } from '../../shared/meeting/viewRound';
import type { EarlierAnswer, ReportDraft, RoundRecord } from '../../shared/round/roundRecords';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { documentMediaTypes, documentRoles, type PackageDocument, type Rating } from '../../shared/remiss/remissPackage';

/**
 * Random rows of every table, each as the app could write it: typed text may hold anything a keyboard or a paste gives
 * (control characters and lone surrogates too), packages may be unfinished drafts. For the backup's round trip.
 */

/** Any text at all, as typed or pasted: whole UTF-16, so lone surrogates and control characters come up. */
const typed = fc.string({ unit: 'binary', maxLength: 40 });
const id = fc.uuid();
const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const calendarDate = instant.map((value) => value.slice(0, 10));
const rating: fc.Arbitrary<Rating> = fc.oneof(
  fc.constant(null),
  fc.constant({ kind: 'noAssessment' as const }),
  fc.integer({ min: 1, max: 10 }).map((value) => ({ kind: 'step' as const, value })),
);

const meetingFields = fc.record({
  id,
  bodyId: fc.option(id),
  bodyName: typed,
  meetingForm: fc.constantFrom(...meetingForms),
  date: calendarDate,
  place: typed,
  paragraph: fc.stringMatching(/^\d{0,3}$/),
  itemTitle: typed,
  attachmentNumber: typed,
  packageId: fc.option(fc.constant(examplePackage.id)),
  respondentId: fc.option(fc.constantFrom('kommunstyrelsen', 'socialnamnden')),
  participants: fc.array(
    fc.record({
      id,
      name: typed,
      party: typed,
      role: fc.constantFrom(...participantRoles),
      present: fc.boolean(),
      serving: fc.boolean(),
      servesFor: fc.option(id),
    }),
    { maxLength: 4 },
  ),
  memberCount: fc.option(fc.integer({ min: 1, max: 999 })),
  decisionText: typed,
  decisionTextRevision: fc.nat(),
  status: fc.constantFrom(...meetingStatuses),
  closedAt: fc.option(instant),
  justering: fc.record({
    justerareIds: fc.array(id, { maxLength: 2 }),
    date: fc.option(calendarDate),
    time: fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    ),
    place: typed,
    immediate: fc.boolean(),
  }),
  // Adjustments recorded before the chair was named have none: both kinds come up.
  adjustment: fc.option(
    fc.record(
      { adjustedOn: calendarDate, justerare: fc.array(typed, { maxLength: 2 }), chair: typed },
      { requiredKeys: ['adjustedOn', 'justerare'] },
    ),
  ),
  // Meetings from before the rounds of views have no choice stored: all three come up.
  viewRoundsInAttachment: fc.option(fc.boolean(), { nil: undefined }),
  createdAt: instant,
  updatedAt: instant,
});
/** Meetings stored before the body's own diarienummer could be entered have none: both kinds come up. */
const meeting: fc.Arbitrary<Meeting> = fc
  .tuple(meetingFields, fc.option(typed, { nil: undefined }))
  .map(([row, ownCaseNumber]) => (ownCaseNumber === undefined ? row : { ...row, ownCaseNumber }));

/** A note keeps the goal of the step it was written in (none outside an in-depth step). */
const note: fc.Arbitrary<Note> = fc
  .record({
    id,
    meetingId: id,
    stepId: fc.option(fc.constantFrom('introduction', 'goal:mal-1', 'custom-1')),
    marker: fc.option(fc.constantFrom(...noteMarkers)),
    parked: fc.boolean(),
    text: fc.string({ unit: 'binary', maxLength: 400 }),
    textRevision: fc.nat(),
    createdAt: instant,
    updatedAt: instant,
  })
  .map((row) => ({ ...row, goalId: goalOfStepId(row.stepId) }));

const comment: fc.Arbitrary<GoalComment> = fc
  .record({
    meetingId: id,
    subject: fc.constantFrom('overall', 'mal-1', 'mal-2'),
    rating,
    draft: typed,
    draftRevision: fc.nat(),
    agreedText: fc.option(typed),
    agreedAt: fc.option(instant),
    // Entries stored before the rating was locked with the text have none: both kinds come up.
    history: fc.array(
      fc.record({ text: typed, agreedAt: instant, unlockedAt: instant, rating }, { requiredKeys: ['text', 'agreedAt', 'unlockedAt'] }),
      {
        maxLength: 2,
      },
    ),
    updatedAt: instant,
    unlockedOnce: fc.boolean(),
  })
  // Unlocking keeps the very rating object in the history: one object stored twice in a row, which the export marks.
  .map(({ unlockedOnce, ...row }) => ({
    ...row,
    id: `${row.meetingId}:${row.subject}`,
    history:
      unlockedOnce && row.rating
        ? [...row.history, { text: row.draft, agreedAt: row.updatedAt, unlockedAt: row.updatedAt, rating: row.rating }]
        : row.history,
  }));

const dissent: fc.Arbitrary<Dissent> = fc.record({
  id,
  meetingId: id,
  kind: fc.constantFrom(...dissentKinds),
  participantId: fc.option(id),
  participantName: typed,
  party: typed,
  goalId: fc.option(fc.constantFrom('mal-1', 'mal-3')),
  text: typed,
  textRevision: fc.nat(),
  chairAllowed: fc.boolean(),
  createdAt: instant,
  updatedAt: instant,
});

const person = fc.record({ id, name: typed, party: typed });

const decision: fc.Arbitrary<DecisionRecord> = fc
  .record({
    meetingId: id,
    subject: fc.constantFrom('overall', 'mal-1', 'mal-2'),
    excludedIds: fc.array(id, { maxLength: 2 }),
    participants: fc.option(fc.array(person, { maxLength: 3 })),
    yrkanden: fc.array(
      fc.record({
        id,
        participantId: id,
        participantName: typed,
        party: typed,
        kind: fc.constantFrom(...yrkandeKinds),
        text: fc.option(typed),
        textRevision: fc.nat(),
        rating: fc.option(
          fc.oneof(
            fc.constant({ kind: 'noAssessment' as const }),
            fc.integer({ min: 1, max: 10 }).map((value) => ({ kind: 'step' as const, value })),
          ),
        ),
        withdrawn: fc.boolean(),
        createdAt: instant,
      }),
      { maxLength: 3 },
    ),
    proposition: fc.option(fc.constantFrom(DRAFT, 'y1')),
    vote: fc.option(
      fc.record({
        ja: fc.constantFrom(DRAFT, 'y1'),
        nej: fc.constantFrom(DRAFT, 'y2'),
        votes: fc.dictionary(id, fc.constantFrom(...voteChoices), { maxKeys: 4 }),
      }),
    ),
    decided: fc.option(fc.constantFrom(DRAFT, 'y1')),
    decidedAt: fc.option(instant),
    updatedAt: instant,
  })
  .map((row) => ({ ...row, id: `${row.meetingId}:${row.subject}` }));

const exportRecord: fc.Arbitrary<ExportRecord> = fc.record({
  id,
  meetingId: id,
  format: fc.constantFrom(...exportFormats),
  protocolStatus: fc.constantFrom('ojusterat' as const, 'justerat' as const),
  fileName: typed,
  exportedAt: instant,
});

const body: fc.Arbitrary<Body> = fc.record(
  {
    id,
    name: typed,
    kind: fc.constantFrom(...bodyKinds),
    ownGoals: fc.array(
      fc.record(
        {
          id,
          title: typed,
          description: typed,
          kfGoalNumbers: fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 3 }),
          forecast: fc.record({ outcome: fc.constantFrom(...forecastOutcomes), text: typed, date: fc.option(calendarDate) }),
        },
        { requiredKeys: ['id', 'title', 'description', 'kfGoalNumbers'] },
      ),
      { maxLength: 3 },
    ),
    members: fc.array(fc.record({ id, name: typed, party: typed, role: fc.constantFrom(...rosterRoles) }), { maxLength: 3 }),
    memberCount: fc.option(fc.integer({ min: 1, max: 999 })),
    // Profiles saved before logos could be chosen have none; the bytes need not be an image for the backup to keep them.
    logo: fc.option(
      fc.record({
        mediaType: fc.constantFrom(...logoMediaTypes),
        bytes: fc.uint8Array({ maxLength: 64 }).map((bytes) => new Uint8Array(bytes)),
        width: fc.integer({ min: 1, max: 4000 }),
        height: fc.integer({ min: 1, max: 4000 }),
        altText: typed,
      }),
    ),
    createdAt: instant,
    updatedAt: instant,
  },
  { requiredKeys: ['id', 'name', 'kind', 'ownGoals', 'createdAt', 'updatedAt'] },
);

/** A started meeting's live state; rows from before a field existed lack it. */
const session: fc.Arbitrary<MeetingSession> = fc
  .record({
    meetingId: id,
    focus: fc.subarray(['mal-1', 'mal-2', 'mal-3', 'mal-4']),
    accumulatedMs: fc.nat(),
    runningSince: fc.option(fc.nat()),
    projected: fc.option(
      fc.oneof(
        fc.record({ kind: fc.constantFrom('draft' as const, 'agreed' as const), subject: fc.constantFrom('overall', 'mal-1') }),
        fc.record({ kind: fc.constant('note' as const), noteId: id }),
        fc.record({ kind: fc.constant('viewRound' as const), goalId: fc.constantFrom('mal-1', 'mal-4') }),
        fc.record({
          kind: fc.constant('documentPage' as const),
          documentId: fc.constantFrom('bilaga-1', 'missiv'),
          page: fc.integer({ min: 1, max: 400 }),
          top: fc.constantFrom(0, 0.25, 0.5, 0.75),
        }),
        fc.record({ kind: fc.constant('ownGoals' as const), goalId: fc.constantFrom('mal-1', 'mal-2') }),
      ),
    ),
    timerHidden: fc.boolean(),
    older: fc.boolean(),
    updatedAt: instant,
  })
  .map(({ meetingId, focus, accumulatedMs, runningSince, projected, timerHidden, older, updatedAt }) => {
    const started = createSession(meetingId, examplePackage, focus, new Date(updatedAt));
    // A step never started keeps the one shared idle timer: the same object under two steps.
    const timers = { introduction: { accumulatedMs, runningSince, extendedMs: 0 }, overallDialogue: idleTimer, chooseFocus: idleTimer };
    const row = { ...started, timers, projected, timerHidden, updatedAt };
    if (!older) return row;
    // Before addCustomStep took care, a step added with its minutes field empty was stored with NaN minutes.
    const steps = [
      ...row.steps,
      { id: 'custom:tom', kind: 'custom' as const, goalId: null, title: 'Övrigt', plannedMinutes: Number.NaN, skipped: false },
    ];
    const { questionIndex: _questionIndex, blanked: _blanked, timerHidden: _timerHidden, ...beforeTheirTime } = { ...row, steps };
    return beforeTheirTime as unknown as MeetingSession;
  });

const documentId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

/** A document as the editor lists it: a title being typed, a role chosen with or without its number. */
const packageDocument: fc.Arbitrary<PackageDocument> = fc.record({
  id: documentId,
  title: typed,
  role: fc.constantFrom(...documentRoles),
  number: fc.option(fc.integer({ min: 1, max: 99 })),
  fileName: typed,
  mediaType: fc.constantFrom(documentMediaTypes.pdf, documentMediaTypes.docx),
  size: fc.integer({ min: 1, max: 30 * 1024 * 1024 }),
  sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
  pageCount: fc.option(fc.integer({ min: 1, max: 400 })),
});

/** What the letter says beyond its goals, as the editor may leave it: a contact half typed, an address not yet whole. */
const letterDetails = fc.record({
  deadline: fc.option(fc.oneof(calendarDate, typed), { nil: null }),
  deadlineText: typed,
  contacts: fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^kontakt-[a-z0-9]{1,8}$/),
      name: typed,
      role: typed,
      email: fc.option(typed, { nil: null }),
      phone: fc.option(typed, { nil: null }),
      about: typed,
    }),
    { selector: (contact) => contact.id, maxLength: 3 },
  ),
  support: fc.array(typed, { maxLength: 3 }),
  relatedPlans: fc.array(typed, { maxLength: 3 }),
});

/** A package as the editor may leave it: any title, a date half typed, no goals at all; papers, a goal pointing at one. */
const packageRecord: fc.Arbitrary<PackageRecord> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9-]{1,30}$/),
    title: typed,
    caseNumber: typed,
    issuedOn: fc.oneof(calendarDate, typed),
    withoutGoals: fc.boolean(),
    documents: fc.uniqueArray(packageDocument, { selector: (document) => document.id, maxLength: 2 }),
    letterDetails: letterDetails,
    page: fc.integer({ min: 1, max: 400 }),
    label: fc.option(typed, { nil: undefined }),
    origin: fc.constantFrom('imported' as const, 'created' as const),
    createdAt: instant,
    updatedAt: instant,
  })
  .map(
    ({ id: packageId, title, caseNumber, issuedOn, withoutGoals, documents, letterDetails, page, label, origin, createdAt, updatedAt }) => {
      const [first] = documents;
      const reference = first ? [{ documentId: first.id, page, ...(label === undefined ? {} : { label }) }] : [];
      const goals = examplePackage.goals.map((goal, index) => (index === 0 ? { ...goal, documentReferences: reference } : goal));
      return {
        id: packageId,
        content: {
          ...examplePackage,
          ...letterDetails,
          id: packageId,
          title,
          caseNumber,
          issuedOn,
          documents,
          goals: withoutGoals ? [] : goals,
        },
        origin,
        createdAt,
        updatedAt,
      };
    },
  );

/** A document's bytes, any bytes at all: what was added is kept as it was, whatever it holds. */
const documentFile: fc.Arbitrary<DocumentFileRecord> = fc.record({
  packageId: fc.stringMatching(/^[a-z0-9-]{1,30}$/),
  documentId,
  bytes: fc.uint8Array({ maxLength: 3000 }).map((bytes) => new Uint8Array(bytes)),
});

interface AnswerSpec {
  index: number;
  importedAt: string;
  setAside: boolean | undefined;
}

/** An imported answer as the compile screen stores it: read through the answer file's parser, set aside now and then. */
export async function storedAnswer({ index, importedAt, setAside }: AnswerSpec): Promise<CompiledAnswer> {
  const parsed = parseAnswerFile(answerFileToJson(await fixtureAnswer(index)));
  if (!parsed.ok) throw new Error('The fixture answer does not parse');
  const stored: CompiledAnswer = {
    id: `${examplePackage.id}:${index}`,
    packageId: examplePackage.id,
    fileName: `svar ${index}.msvar`,
    importedAt,
    answer: parsed.value,
  };
  // An adjusted answer that replaced its unadjusted one keeps when that one arrived.
  const replaced = index % 5 === 0 ? { ...stored, unadjustedImportedAt: importedAt } : stored;
  return setAside === undefined ? replaced : { ...replaced, setAside };
}

/** An answer from an earlier round, kept beside this round's to compare ratings with. */
export async function storedEarlierAnswer(spec: AnswerSpec): Promise<EarlierAnswer> {
  const { answer, importedAt } = await storedAnswer(spec);
  return {
    id: `${examplePackage.id}:2019:${spec.index}`,
    packageId: examplePackage.id,
    fileName: `svar 2019 ${spec.index}.msvar`,
    importedAt,
    answer,
  };
}

const respondentId = fc.constantFrom('kommunstyrelsen', 'socialnamnden', 'vaggeryds-energi-ab');
const packageOfRound = fc.constantFrom(examplePackage.id, 'p-remiss-2024');

const round: fc.Arbitrary<RoundRecord> = fc.record({
  packageId: packageOfRound,
  bodies: fc.array(
    fc.record({
      respondentId,
      plannedMeetingDate: fc.option(calendarDate),
      sentOutOn: fc.option(calendarDate),
      remindedOn: fc.option(calendarDate),
    }),
    { maxLength: 3 },
  ),
  updatedAt: instant,
});

const reportDraft: fc.Arbitrary<ReportDraft> = fc.record({
  packageId: packageOfRound,
  sections: fc.record({ summary: typed, background: typed, assessment: typed, proposal: typed, sendTo: typed }),
  updatedAt: instant,
});

const answerSpec: fc.Arbitrary<AnswerSpec> = fc.record({
  index: fc.nat({ max: 39 }),
  importedAt: instant,
  setAside: fc.option(fc.boolean(), { nil: undefined }),
});

/** A round of views: named (views by participant id) or anonymous (counts only), as the app writes each. */
const view = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('abstain' as const));
const viewRound: fc.Arbitrary<ViewRound> = fc
  .record({
    meetingId: id,
    goalId: fc.constantFrom('mal-1', 'mal-2', 'mal-3'),
    anonymous: fc.boolean(),
    views: fc.dictionary(id, view, { maxKeys: 4 }),
    counts: fc.dictionary(fc.constantFrom('1', '2', '3', '4', '5', 'abstain'), fc.integer({ min: 1, max: 30 })),
    updatedAt: instant,
  })
  .map(({ meetingId, goalId, anonymous, views, counts, updatedAt }) => ({
    id: viewRoundId(meetingId, goalId),
    meetingId,
    goalId,
    anonymous,
    views: anonymous ? {} : views,
    counts: anonymous ? counts : {},
    updatedAt,
  }));

const unique = <T>(rows: fc.Arbitrary<T>, key: (row: T) => string | number) => fc.uniqueArray(rows, { selector: key, maxLength: 3 });

/** What a laptop's database may hold, table by table; the compiled answers as specs for storedAnswer. */
export const databaseContents = fc.record({
  meetings: unique(meeting, (row) => row.id),
  notes: unique(note, (row) => row.id),
  comments: unique(comment, (row) => row.id),
  dissents: unique(dissent, (row) => row.id),
  decisions: unique(decision, (row) => row.id),
  exports: unique(exportRecord, (row) => row.id),
  bodies: unique(body, (row) => row.id),
  sessions: unique(session, (row) => row.meetingId),
  packages: unique(packageRecord, (row) => row.id),
  settings: fc.constantFrom<SettingRow[]>([], [{ key: 'language', value: 'sv' }], [{ key: 'language', value: 'en' }]),
  answers: unique(answerSpec, (spec) => spec.index),
  rounds: unique(round, (row) => row.packageId),
  roundReports: unique(reportDraft, (row) => row.packageId),
  earlierAnswers: unique(answerSpec, (spec) => spec.index),
  documentFiles: unique(documentFile, (row) => JSON.stringify([row.packageId, row.documentId])),
  viewRounds: unique(viewRound, (row) => row.id),
});
