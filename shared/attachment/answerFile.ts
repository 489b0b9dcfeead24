import { z } from '../validation/zod';
import { isCalendarDate } from '../domain/calendarDate';
import { sha256Hex } from '../format/sha256';
import { OVERALL, commentId, meetingForms, type Dissent, type GoalComment } from '../domain/dialogue';
import { bodyKinds, type BodyKind } from '../domain/body';
import { BODY_NAME_MAX_LENGTH, type Meeting } from '../domain/meeting';
import { appFileMaxBytes } from '../files/appFiles';
import { packageLimits } from '../remiss/packageFile';
import { fileText, issuePath, valueAt, type PathSegment } from '../validation/issuePath';
import { MAX_JSON_DEPTH, parseJsonText } from '../validation/json';
import { hasUnsafeCharacters, withoutUnsafeCharacters, withoutUnsafeCharactersIn } from '../format/safeText';
import type { RemissPackage } from '../remiss/remissPackage';
import { ratingLabel } from './attachmentModel';
import type { DecisionRecord } from '../decision/procedure';
import { protocolRecord } from '../decision/protocolRecord';
import { protocolStatus } from './protocolPath';
import { viewRoundsForProtocol, type ViewRound } from '../meeting/viewRound';

export const ANSWER_FILE_FORMAT = 'malsamtal.remissvar';
export const ANSWER_FILE_VERSION = 1;

/**
 * The kinds of dissent an answer file carries: reservations and särskilda yttranden. A protokollsanteckning stays in
 * the protocol, so an office running an earlier Målsamtal can still read every answer.
 */
export const answerDissentKinds = ['reservation', 'sarskiltYttrande'] as const;
export type AnswerDissentKind = (typeof answerDissentKinds)[number];

/** JSON with object keys sorted at every level, so equal content always gives equal bytes and an equal fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * "sha256:<hex>" of the package's canonical JSON: the strategy office sees which version of the remiss was answered.
 * Documents (with their checksums) and the letter's details (deadline in words, contacts, support, related plans) count
 * when there are any; a package without them keeps the fingerprint it had before packages could carry them, so answers
 * given then still match.
 */
export async function packageFingerprint(pkg: RemissPackage): Promise<string> {
  // Read defensively: the fingerprint is also taken of what a file claims a package is.
  const { documents = [], goals, deadlineText = '', contacts = [], support = [], relatedPlans = [], ...rest } = pkg;
  const fingerprinted = {
    ...rest,
    ...(documents.length > 0 && { documents }),
    ...(deadlineText !== '' && { deadlineText }),
    ...(contacts.length > 0 && { contacts }),
    ...(support.length > 0 && { support }),
    ...(relatedPlans.length > 0 && { relatedPlans }),
    goals: goals?.map(({ documentReferences = [], ...goal }) => ({
      ...goal,
      ...(documentReferences.length > 0 && { documentReferences }),
    })),
  };
  return `sha256:${await sha256Hex(canonicalJson(fingerprinted))}`;
}

/** Far above any real answer (the example is ~5 kB), far below what could stall the compilation: the app's own bounds. */
export const answerLimits = {
  fileBytes: appFileMaxBytes.answer,
  goals: packageLimits.goals,
  goalNumber: packageLimits.goalNumber,
  ratingValue: packageLimits.maxSteps * 10,
  dissents: packageLimits.respondents,
  /** Far above any board's number of members. */
  viewCount: 1000,
  justerare: packageLimits.addresses,
  idLength: packageLimits.idLength,
  bodyName: BODY_NAME_MAX_LENGTH,
  shortText: packageLimits.shortText,
  longText: packageLimits.longText,
} as const;

/** What is wrong with one value in the file; the words are chosen where it is shown. */
export type AnswerFileProblem =
  | 'missing'
  | 'wrongType'
  | 'empty'
  | 'tooLong'
  | 'tooMany'
  | 'invalidDate'
  | 'invalidTime'
  | 'invalidChoice'
  | 'invalidFingerprint'
  | 'notWholeNumber'
  | 'outOfRange'
  | 'invalidCharacter'
  | 'duplicate';

/** Which goal an issue is in, as far as the file tells: its number, the package goal it answers, its position. */
export interface AnswerGoalReference {
  position: number;
  number?: number;
  goalId?: string;
}

export type AnswerFileIssue =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'notUtf8' }
  | { code: 'notJson' }
  | { code: 'tooDeep'; maxDepth: number }
  | { code: 'notAnswerFile' }
  | { code: 'invalidVersion' }
  | { code: 'newerVersion'; version: number }
  | {
      code: 'field';
      path: PathSegment[];
      problem: AnswerFileProblem;
      min?: number;
      max?: number;
      goal?: AnswerGoalReference;
      /** The kind of the reservation or separate statement the issue is in, when the file states a valid one. */
      dissentKind?: AnswerDissentKind;
      /** The value a duplicate repeats. */
      value?: string;
    };

const problem = (name: AnswerFileProblem, bounds: { min?: number; max?: number } = {}) => ({ params: { problem: name, ...bounds } });

/** Counted in characters as a person counts them, so a name with emoji gets the same room as in the app. */
const text = (max: number) => z.string().refine((value) => value.length <= max || [...value].length <= max, problem('tooLong', { max }));
const requiredText = (max: number) => text(max).refine((value) => value.trim() !== '', problem('empty'));
const id = requiredText(answerLimits.idLength);
const wholeNumber = (max: number) =>
  z
    .number()
    .int()
    .refine((value) => value >= 1 && value <= max, problem('outOfRange', { min: 1, max }));
const calendarDate = z.string().refine(isCalendarDate, problem('invalidDate'));
const instant = z.iso.datetime();
const dissentSchema = z.object({
  kind: z.enum(answerDissentKinds),
  participantName: text(answerLimits.shortText),
  /** The party's short form, added within version 1: absent in older files. */
  party: text(answerLimits.shortText).optional(),
  text: text(answerLimits.longText),
});
/**
 * How the decision was taken, added within version 1 (absent in older files, and ignored by older readers): unanimous
 * or not, the beslutsgång as the protocol writes it, and an open vote's count.
 */
const decisionSchema = z
  .object({
    unanimous: z.boolean(),
    beslutsgang: z.array(text(answerLimits.longText)).max(answerLimits.dissents),
    votes: z.object({ ja: z.number().int().min(0), nej: z.number().int().min(0), avstar: z.number().int().min(0) }).nullable(),
  })
  .optional();
const dissentList = z.array(dissentSchema).max(answerLimits.dissents);
const viewCount = z.number().int().min(0).max(answerLimits.viewCount);
/**
 * The round of views' counts, added within version 1 when the board included them in its attachment: absent otherwise
 * and in older files, and ignored by older readers (they drop fields they do not know).
 */
const viewsSchema = z
  .object({
    steps: z.array(z.object({ value: wholeNumber(answerLimits.ratingValue), count: viewCount })).max(packageLimits.maxSteps),
    abstain: viewCount,
  })
  .optional();
const ratingSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('step'), value: wholeNumber(answerLimits.ratingValue), label: text(answerLimits.shortText) }),
    z.object({ kind: z.literal('noAssessment'), label: text(answerLimits.shortText) }),
  ])
  .nullable();

export const answerFileSchema = z.object({
  format: z.literal(ANSWER_FILE_FORMAT),
  version: z.literal(ANSWER_FILE_VERSION),
  exportedAt: z.string().refine((value) => instant.safeParse(value).success, problem('invalidTime')),
  body: z.object({
    id: id.nullable(),
    name: requiredText(answerLimits.bodyName),
    /**
     * The body profile's kind, added within version 1: absent in older files (the kind is then guessed from the name),
     * and a kind this app does not know, from a newer one, reads as absent rather than refusing the answer.
     */
    kind: z.enum(bodyKinds).optional().catch(undefined),
    /**
     * The package's remissinstans the meeting answered for, added within version 1: absent in older files, which are
     * matched to a remissinstans by name only once the strategy office confirms it.
     */
    respondentId: id.optional(),
  }),
  meeting: z.object({
    id,
    date: calendarDate,
    form: z.enum(meetingForms),
    paragraph: text(answerLimits.shortText),
    attachmentNumber: text(answerLimits.shortText),
    /** The body's own diarienummer, added within version 1: absent in older files and when the body gave none. */
    ownCaseNumber: text(answerLimits.shortText).optional(),
  }),
  package: z.object({
    id,
    caseNumber: text(answerLimits.shortText),
    title: text(answerLimits.shortText),
    fingerprint: z.string().refine((value) => /^sha256:[0-9a-f]{64}$/.test(value), problem('invalidFingerprint')),
  }),
  status: z.enum(['ojusterat', 'justerat']),
  adjustment: z
    .object({
      adjustedOn: calendarDate,
      justerare: z.array(text(answerLimits.shortText)).max(answerLimits.justerare),
      /** The chair who adjusted, added within version 1: absent in older files. */
      chair: text(answerLimits.shortText).optional(),
    })
    .nullable(),
  goals: z
    .array(
      z.object({
        goalId: id,
        number: wholeNumber(answerLimits.goalNumber),
        title: text(answerLimits.shortText),
        rating: ratingSchema,
        comment: text(answerLimits.longText).nullable(),
        dissents: dissentList,
        decision: decisionSchema,
        views: viewsSchema,
      }),
    )
    .max(answerLimits.goals),
  overall: z.object({ comment: text(answerLimits.longText).nullable(), dissents: dissentList, decision: decisionSchema }),
});

export type AnswerFile = z.infer<typeof answerFileSchema>;

export interface AnswerFileInput {
  pkg: RemissPackage;
  meeting: Meeting;
  comments: GoalComment[];
  dissents: Dissent[];
  decisions?: DecisionRecord[];
  exportedAt: Date;
  /** The kind in the meeting's body profile; without a profile the file carries none. */
  bodyKind?: BodyKind | null;
  /** The meeting's rounds of views: their counts travel only when the board included them in the attachment. */
  viewRounds?: ViewRound[];
}

/** The answer a meeting gives, every text in it without the control characters a reader would refuse it for. */
export async function buildAnswerFile(input: AnswerFileInput): Promise<AnswerFile> {
  return withoutUnsafeCharactersIn(await answerOf(input));
}

async function answerOf(input: AnswerFileInput): Promise<AnswerFile> {
  const { pkg, meeting, comments, dissents, exportedAt, bodyKind } = input;
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const record = new Map(protocolRecord(input).subjects.map((subject) => [subject.subject, subject]));
  const dissentsOn = (goalId: string | null) =>
    dissents
      .filter((dissent) => dissent.meetingId === meeting.id && dissent.goalId === goalId)
      .sort((x, y) => x.createdAt.localeCompare(y.createdAt))
      .flatMap(({ kind, participantName, party, text }) =>
        kind === 'protokollsanteckning' ? [] : [{ kind, participantName, ...(party ? { party } : {}), text }],
      );
  const rounds = viewRoundsForProtocol(meeting, input.viewRounds, pkg.ratingScale);
  const viewsOn = (goalId: string) => {
    const round = rounds.get(goalId);
    return round ? { views: { steps: round.steps.map(({ value, count }) => ({ value, count })), abstain: round.abstain } } : {};
  };
  const decisionOn = (subject: string) => {
    const taken = record.get(subject);
    return taken?.decided ? { decision: { unanimous: taken.unanimous, beslutsgang: taken.beslutsgang, votes: taken.votes } } : {};
  };
  return {
    format: ANSWER_FILE_FORMAT,
    version: ANSWER_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    body: {
      id: meeting.bodyId,
      name: meeting.bodyName,
      ...(bodyKind ? { kind: bodyKind } : {}),
      ...(meeting.respondentId ? { respondentId: meeting.respondentId } : {}),
    },
    meeting: {
      id: meeting.id,
      date: meeting.date,
      form: meeting.meetingForm,
      paragraph: meeting.paragraph,
      attachmentNumber: meeting.attachmentNumber,
      ...(meeting.ownCaseNumber?.trim() ? { ownCaseNumber: meeting.ownCaseNumber.trim() } : {}),
    },
    package: { id: pkg.id, caseNumber: pkg.caseNumber, title: pkg.title, fingerprint: await packageFingerprint(pkg) },
    status: protocolStatus(meeting),
    adjustment: meeting.status === 'adjusted' ? meeting.adjustment : null,
    goals: [...pkg.goals]
      .sort((x, y) => x.number - y.number)
      .map((goal) => {
        const comment = byId.get(commentId(meeting.id, goal.id));
        const rating = comment?.rating ?? null;
        return {
          goalId: goal.id,
          number: goal.number,
          title: goal.title,
          rating:
            rating === null
              ? null
              : rating.kind === 'step'
                ? { kind: 'step' as const, value: rating.value, label: ratingLabel(rating, pkg.ratingScale) }
                : { kind: 'noAssessment' as const, label: ratingLabel(rating, pkg.ratingScale) },
          comment: comment?.agreedText ?? null,
          dissents: dissentsOn(goal.id),
          ...decisionOn(goal.id),
          ...viewsOn(goal.id),
        };
      }),
    overall: {
      comment: byId.get(commentId(meeting.id, OVERALL))?.agreedText ?? null,
      dissents: dissentsOn(null),
      ...decisionOn(OVERALL),
    },
  };
}

export function answerFileToJson(answer: AnswerFile): string {
  return `${JSON.stringify(answer, null, 2)}\n`;
}

export type ParsedAnswerFile = { ok: true; value: AnswerFile } | { ok: false; issue: AnswerFileIssue };

/** The goal an issue is in, named by what the entry itself still says validly. */
function goalReference(input: unknown, path: readonly PathSegment[]): AnswerGoalReference | undefined {
  const position = path[1];
  if (path[0] !== 'goals' || typeof position !== 'number') return undefined;
  const reference: AnswerGoalReference = { position };
  const number = wholeNumber(answerLimits.goalNumber).safeParse(valueAt(input, ['goals', position, 'number']));
  if (number.success) reference.number = number.data;
  const goalId = id.safeParse(valueAt(input, ['goals', position, 'goalId']));
  if (goalId.success) reference.goalId = goalId.data;
  return reference;
}

function dissentKindAt(input: unknown, path: readonly PathSegment[]): AnswerDissentKind | undefined {
  const at = path.indexOf('dissents');
  if (at < 0 || typeof path[at + 1] !== 'number') return undefined;
  const kind = valueAt(input, [...path.slice(0, at + 2), 'kind']);
  return answerDissentKinds.find((known) => known === kind);
}

function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): AnswerFileIssue {
  const path = issuePath(issue);
  const found = (() => {
    switch (issue.code) {
      case 'invalid_type':
        if (valueAt(input, path) === undefined) return { problem: 'missing' as const };
        return { problem: issue.expected === 'int' ? ('notWholeNumber' as const) : ('wrongType' as const) };
      case 'too_big':
        return { problem: 'tooMany' as const, max: Number(issue.maximum) };
      case 'invalid_value':
      case 'invalid_union':
        return { problem: 'invalidChoice' as const };
      case 'custom': {
        const params = issue.params as { problem?: AnswerFileProblem; min?: number; max?: number } | undefined;
        return { problem: params?.problem ?? ('wrongType' as const), min: params?.min, max: params?.max };
      }
      default:
        return { problem: 'wrongType' as const };
    }
  })();
  const result = fieldIssue(input, path, found.problem);
  if ('min' in found && found.min !== undefined) result.min = found.min;
  if ('max' in found && found.max !== undefined) result.max = found.max;
  return result;
}

/** An issue with one value, placed as the file itself names the goal and the reservation it is in. */
function fieldIssue(input: unknown, path: PathSegment[], problem: AnswerFileProblem): Extract<AnswerFileIssue, { code: 'field' }> {
  const result: Extract<AnswerFileIssue, { code: 'field' }> = { code: 'field', path, problem };
  const goal = goalReference(input, path);
  if (goal) result.goal = goal;
  const dissentKind = dissentKindAt(input, path);
  if (dissentKind) result.dissentKind = dissentKind;
  return result;
}

/** The short texts of an answer, where they are: names, titles and labels, which stand on a line of their own. */
function namesIn(answer: AnswerFile): [PathSegment[], string | null][] {
  const dissentNames = (dissents: AnswerFile['overall']['dissents'], at: PathSegment[]): [PathSegment[], string][] =>
    dissents.map((dissent, index) => [[...at, 'dissents', index, 'participantName'], dissent.participantName]);
  return [
    [['body', 'id'], answer.body.id],
    [['body', 'respondentId'], answer.body.respondentId ?? null],
    [['body', 'name'], answer.body.name],
    [['meeting', 'id'], answer.meeting.id],
    [['meeting', 'paragraph'], answer.meeting.paragraph],
    [['meeting', 'attachmentNumber'], answer.meeting.attachmentNumber],
    [['meeting', 'ownCaseNumber'], answer.meeting.ownCaseNumber ?? null],
    [['package', 'id'], answer.package.id],
    [['package', 'caseNumber'], answer.package.caseNumber],
    [['package', 'title'], answer.package.title],
    ...(answer.adjustment?.justerare ?? []).map((name, index): [PathSegment[], string] => [['adjustment', 'justerare', index], name]),
    ...answer.goals.flatMap((goal, index): [PathSegment[], string | null][] => [
      [['goals', index, 'goalId'], goal.goalId],
      [['goals', index, 'title'], goal.title],
      [['goals', index, 'rating', 'label'], goal.rating?.label ?? null],
      ...dissentNames(goal.dissents, ['goals', index]),
    ]),
    ...dissentNames(answer.overall.dissents, ['overall']),
  ];
}

/**
 * Rules beyond each value's own: no name with a control character or half a surrogate pair (it would reach the CSV
 * and the report as it is), and no goal twice (one of its two ratings would silently go uncounted).
 */
function contentIssue(answer: AnswerFile, input: unknown): AnswerFileIssue | null {
  for (const [path, text] of namesIn(answer))
    if (text !== null && hasUnsafeCharacters(text)) return fieldIssue(input, path, 'invalidCharacter');
  const ids = new Set<string>();
  const numbers = new Set<number>();
  for (const [index, goal] of answer.goals.entries()) {
    if (ids.has(goal.goalId)) return { ...fieldIssue(input, ['goals', index, 'goalId'], 'duplicate'), value: goal.goalId };
    if (numbers.has(goal.number)) return { ...fieldIssue(input, ['goals', index, 'number'], 'duplicate'), value: String(goal.number) };
    ids.add(goal.goalId);
    numbers.add(goal.number);
  }
  return null;
}

/** Comments and statements are running text, often pasted: their stray control characters are dropped, not refused. */
function withCleanTexts(answer: AnswerFile): AnswerFile {
  const clean = (text: string | null) => (text === null ? null : withoutUnsafeCharacters(text));
  const dissents = (list: AnswerFile['overall']['dissents']) =>
    list.map((dissent) => ({ ...dissent, text: withoutUnsafeCharacters(dissent.text) }));
  // The beslutsgång is running text too: it quotes own yrkanden.
  const decision = (given: AnswerFile['overall']['decision']) =>
    given && { ...given, beslutsgang: given.beslutsgang.map((line) => withoutUnsafeCharacters(line)) };
  const texts = <T extends AnswerFile['overall']>(part: T): T => ({
    ...part,
    comment: clean(part.comment),
    dissents: dissents(part.dissents),
    ...(part.decision && { decision: decision(part.decision) }),
  });
  return { ...answer, goals: answer.goals.map(texts), overall: texts(answer.overall) };
}

const refuse = (issue: AnswerFileIssue): ParsedAnswerFile => ({ ok: false, issue });

/**
 * Reads an answer file back for the strategy office's compilation. Never throws: a file of another format,
 * from a newer Målsamtal, or with a value missing, wrong or beyond the limits is refused with the first problem and where.
 */
export function parseAnswerFile(textContent: string): ParsedAnswerFile {
  const parsed = parseJsonText(textContent);
  if (!parsed.ok) return refuse(parsed.code === 'tooDeep' ? { code: 'tooDeep', maxDepth: MAX_JSON_DEPTH } : { code: 'notJson' });
  const json = parsed.value;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return refuse({ code: 'notAnswerFile' });
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== ANSWER_FILE_FORMAT) return refuse({ code: 'notAnswerFile' });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse({ code: 'invalidVersion' });
  if (version > ANSWER_FILE_VERSION) return refuse({ code: 'newerVersion', version });
  const result = answerFileSchema.safeParse(json);
  if (result.success) {
    const issue = contentIssue(result.data, json);
    return issue ? refuse(issue) : { ok: true, value: withCleanTexts(result.data) };
  }
  const [first] = result.error.issues;
  return refuse(first ? fromZodIssue(first, json) : { code: 'notAnswerFile' });
}

/** Reads a file's bytes as an answer file: too large or not UTF-8 is refused before any parsing. */
export function parseAnswerFileBytes(bytes: Uint8Array): ParsedAnswerFile {
  const read = fileText(bytes, answerLimits.fileBytes);
  if (!read.ok) return refuse(read.code === 'tooLarge' ? { code: 'tooLarge', maxBytes: answerLimits.fileBytes } : { code: 'notUtf8' });
  return parseAnswerFile(read.text);
}
