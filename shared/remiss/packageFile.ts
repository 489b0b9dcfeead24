import { appFileExtensions, appFileMaxBytes, openableMaxBytes } from '../files/appFiles';
import { fileText, issuePath, valueAt, type PathSegment } from '../validation/issuePath';
import { z } from '../validation/zod';
import { isCalendarDate } from '../domain/calendarDate';
import { finishFileName } from '../attachment/fileNames';
import { hasUnsafeCharacters, withoutUnsafeCharacters } from '../format/safeText';
import { MAX_JSON_DEPTH, parseJsonText } from '../validation/json';
import {
  answerStatuses,
  documentMediaTypes,
  documentRoles,
  questionKinds,
  respondentKinds,
  routeContents,
  type RemissPackage,
} from './remissPackage';
import { isObject, upgradeVersion1Package, withDocumentLists } from './packageUpgrade';

/**
 * The format's name and the version this release writes; a reader refuses any other name and any later version.
 * Version 1 was the package's data alone, as JSON. Version 2 names the remissinstanser with ids and the answer's routes,
 * lists the documents, and is a zip container of that data and the documents (see packageContainer.ts). A version 1
 * file is read and converted.
 */
export const PACKAGE_FILE_FORMAT = 'malsamtal.remisspaket';
export const PACKAGE_FILE_VERSION = 2;
/** Our own extension, so a double-click on the file opens it in Målsamtal (see shared/files/appFiles.ts). */
export const PACKAGE_FILE_EXTENSION = `.${appFileExtensions.package}`;

const MEGABYTE = 1024 * 1024;

/**
 * Far above any real remiss (the example's data is ~15 kB, a letter with its bilagor a few MB), far below what could
 * stall the app or fill a laptop. The documents' total is what a user meets; the file's own limit leaves room for the data.
 */
export const packageLimits = {
  /** The whole package file: the data and every document. */
  fileBytes: appFileMaxBytes.package,
  /** The package's data (JSON), inside a package file or as a format 1 file of its own. */
  dataBytes: 2 * MEGABYTE,
  documents: 20,
  documentBytes: openableMaxBytes.document,
  documentsTotalBytes: 50 * MEGABYTE,
  /** What a package file may unpack to: its documents and its data. */
  unpackedBytes: 52 * MEGABYTE,
  /** How many times its packed size one entry may unpack to; more is a zip bomb, not a remiss (PDFs barely shrink). */
  compressionRatio: 100,
  pageCount: 10_000,
  bilagaNumber: 99,
  documentReferences: 20,
  fileName: 200,
  goals: 50,
  goalNumber: 999,
  questionsPerList: 30,
  focusAreas: 20,
  successFactors: 30,
  contacts: 20,
  supportOffers: 20,
  relatedPlans: 20,
  minSteps: 2,
  maxSteps: 10,
  addresses: 20,
  respondents: 200,
  routes: 10,
  idLength: 100,
  shortText: 300,
  longText: 20_000,
} as const;

export type { PathSegment } from '../validation/issuePath';

/** What is wrong with one value in the file; the words are chosen where it is shown. */
export type PackageFileProblem =
  | 'missing'
  | 'wrongType'
  | 'empty'
  | 'tooLong'
  | 'tooMany'
  | 'tooFew'
  | 'invalidDate'
  | 'invalidChoice'
  | 'invalidId'
  | 'notWholeNumber'
  | 'outOfRange'
  | 'belowMinimum'
  | 'duplicate'
  | 'notAscending'
  | 'invalidEmail'
  | 'invalidCharacter'
  | 'invalidDocumentId'
  | 'invalidFileName'
  | 'invalidChecksum'
  | 'unknownDocument'
  | 'fileTooLarge'
  | 'totalTooLarge';

export type PackageFileIssue =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'dataTooLarge'; maxBytes: number }
  /** Not a zip the app can read: truncated, damaged, or packed in a way no Målsamtal writes. */
  | { code: 'damagedContainer' }
  | { code: 'noData' }
  | { code: 'unexpectedEntry'; name: string }
  | { code: 'duplicateEntry'; name: string }
  | { code: 'tooManyEntries'; max: number }
  | { code: 'zipBomb'; maxBytes: number; ratio: number }
  | { code: 'documentMissing'; title: string }
  | { code: 'documentDamaged'; title: string }
  | { code: 'documentWrongKind'; title: string; expected: 'pdf' | 'docx' }
  /** A plain JSON file that lists documents: their bytes can only travel in a package file. */
  | { code: 'documentsWithoutContainer' }
  | { code: 'notUtf8' }
  | { code: 'notJson' }
  | { code: 'tooDeep'; maxDepth: number }
  | { code: 'notPackageFile' }
  | { code: 'wrongFormat' }
  | { code: 'invalidVersion' }
  | { code: 'newerVersion'; version: number }
  | { code: 'forbiddenKey'; key: string }
  | {
      code: 'field';
      path: PathSegment[];
      problem: PackageFileProblem;
      min?: number;
      max?: number;
      value?: string;
      /** The number of the goal the path leads into, when the goal carries a valid one: "Mål 4", not its position. */
      goalNumber?: number;
    };

export type PackageFileResult = { ok: true; package: RemissPackage } | { ok: false; issues: PackageFileIssue[] };

/** More issues than this tell the user nothing more: the file is simply not a package. */
const MAX_REPORTED_ISSUES = 20;

const problem = (name: PackageFileProblem) => ({ params: { problem: name } });

/** How strictly a package's values are held: a file's every limit, or only the shape an unfinished draft keeps. */
interface PackageRules {
  /** A name, title or label: short, on one line in documents, file names and mail subjects. */
  shortText: (max: number, required: boolean) => z.ZodType<string>;
  /** Running text (an introduction, a question), often pasted from a word processor. */
  longText: (max: number, required: boolean) => z.ZodType<string>;
  id: z.ZodType<string>;
  calendarDate: z.ZodType<string>;
  address: z.ZodType<string>;
  list: <T extends z.ZodType>(item: T, max: number, min?: number) => z.ZodArray<T>;
  whole: (min: number, max: number) => z.ZodNumber;
  /** A document's id, which names its entry in a package file; its bare file name; its SHA-256 sum. */
  documentId: z.ZodType<string>;
  fileName: z.ZodType<string>;
  sha256: z.ZodType<string>;
}

/** Ids the app gives documents: they name the documents' entries in a package file, so nothing else is allowed. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const filled = (text: string) => text.trim() !== '';
/** Permissive on purpose: something@something.tld without spaces catches typos, not unusual but real addresses. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** A file's rules: every limit, no stray control characters in a name; those in running text are dropped quietly. */
const fileRules: PackageRules = {
  shortText: (max, required) => {
    const text = z
      .string()
      .max(max)
      .refine((value) => !hasUnsafeCharacters(value), problem('invalidCharacter'));
    return required ? text.refine(filled, problem('empty')) : text;
  },
  longText: (max, required) => {
    const text = z.string().max(max).transform(withoutUnsafeCharacters);
    return required ? text.refine(filled, problem('empty')) : text;
  },
  id: z
    .string()
    .max(packageLimits.idLength)
    .refine((value) => /^[\p{L}\p{N}._:-]+$/u.test(value), problem('invalidId')),
  calendarDate: z.string().refine(isCalendarDate, problem('invalidDate')),
  address: z
    .string()
    .max(packageLimits.shortText)
    .refine(filled, problem('empty'))
    .refine((text) => !filled(text) || emailPattern.test(text), problem('invalidEmail')),
  list: (item, max, min = 0) => z.array(item).min(min).max(max),
  whole: (min, max) => z.number().int().min(min).max(max),
  documentId: z.string().refine((value) => DOCUMENT_ID_PATTERN.test(value), problem('invalidDocumentId')),
  /** A bare name as shown and saved: no folders, no control characters. */
  fileName: z
    .string()
    .max(packageLimits.fileName)
    .refine(filled, problem('empty'))
    .refine((name) => !/[/\\]/.test(name) && !hasUnsafeCharacters(name), problem('invalidFileName')),
  sha256: z.string().refine((value) => /^[0-9a-f]{64}$/.test(value), problem('invalidChecksum')),
};

/** What the editor stores while the user types: the shape and the choices, whatever is still missing or too long. */
const draftRules: PackageRules = {
  shortText: () => z.string(),
  longText: () => z.string(),
  id: z.string(),
  calendarDate: z.string(),
  address: z.string(),
  list: (item) => z.array(item),
  whole: () => z.number(),
  documentId: z.string(),
  fileName: z.string(),
  sha256: z.string(),
};

/** The package's shape under the given rules; unknown keys are dropped, so only known fields reach the database. */
function packageSchemaWith(rules: PackageRules) {
  const { shortText, longText, id, list, whole } = rules;
  const questionList = list(
    z.object({ id, kind: z.enum(questionKinds), text: longText(packageLimits.longText, true) }),
    packageLimits.questionsPerList,
  );
  /** Each value at most once: "the PDF, the PDF" says nothing more and would attach it twice. */
  const choices = <const Values extends readonly [string, ...string[]]>(values: Values) => list(z.enum(values), values.length, 1);
  const respondent = z.object({
    id,
    name: shortText(packageLimits.shortText, true),
    kind: z.enum(respondentKinds),
    email: rules.address.nullable(),
  });
  const route = z.object({
    id,
    recipient: shortText(packageLimits.shortText, false),
    addresses: list(rules.address, packageLimits.addresses, 1),
    sends: choices(routeContents),
    statuses: choices(answerStatuses),
  });
  const contact = z.object({
    id,
    name: shortText(packageLimits.shortText, false),
    role: shortText(packageLimits.shortText, false),
    email: rules.address.nullable(),
    phone: shortText(packageLimits.shortText, false).nullable(),
    about: longText(packageLimits.shortText, false),
  });
  const focusArea = z.object({
    id,
    title: shortText(packageLimits.shortText, true),
    successFactors: list(shortText(packageLimits.shortText, true), packageLimits.successFactors),
  });
  const goal = z.object({
    id,
    number: whole(1, packageLimits.goalNumber),
    title: shortText(packageLimits.shortText, true),
    description: longText(packageLimits.longText, false),
    ambitionLevel: longText(packageLimits.longText, false),
    focusAreas: list(focusArea, packageLimits.focusAreas),
    agenda2030: list(whole(1, 17), 17),
    questions: questionList,
    documentReferences: list(
      z.object({
        documentId: shortText(packageLimits.idLength, false),
        page: whole(1, packageLimits.pageCount),
        label: shortText(packageLimits.shortText, false).optional(),
      }),
      packageLimits.documentReferences,
    ),
  });
  const document = z.object({
    id: rules.documentId,
    title: shortText(packageLimits.shortText, true),
    role: z.enum(documentRoles),
    number: whole(1, packageLimits.bilagaNumber).nullable(),
    fileName: rules.fileName,
    mediaType: z.enum([documentMediaTypes.pdf, documentMediaTypes.docx]),
    size: whole(1, Number.MAX_SAFE_INTEGER),
    sha256: rules.sha256,
    pageCount: whole(1, packageLimits.pageCount).nullable(),
  });
  const ratingStep = z.object({
    value: whole(1, packageLimits.maxSteps * 10),
    label: shortText(packageLimits.shortText, true),
    description: shortText(packageLimits.shortText, false),
  });
  return z.object({
    id,
    title: shortText(packageLimits.shortText, true),
    caseNumber: shortText(packageLimits.shortText, false),
    issuer: shortText(packageLimits.shortText, true),
    municipality: shortText(packageLimits.shortText, false),
    issuedOn: rules.calendarDate,
    deadline: rules.calendarDate.nullable(),
    // Files and rows from before a package could hold the letter's details have none: they read as empty.
    deadlineText: longText(packageLimits.shortText, false).default(''),
    routes: list(route, packageLimits.routes),
    introduction: longText(packageLimits.longText, false),
    vision: longText(packageLimits.longText, false),
    generalQuestions: questionList,
    ratingScale: z.object({
      question: shortText(packageLimits.shortText, false),
      steps: list(ratingStep, packageLimits.maxSteps, packageLimits.minSteps),
      noAssessmentLabel: shortText(packageLimits.shortText, true).nullable(),
    }),
    goals: list(goal, packageLimits.goals, 1),
    contacts: list(contact, packageLimits.contacts).default([]),
    support: list(longText(packageLimits.shortText * 4, true), packageLimits.supportOffers).default([]),
    relatedPlans: list(shortText(packageLimits.shortText, true), packageLimits.relatedPlans).default([]),
    respondents: list(respondent, packageLimits.respondents),
    documents: list(document, packageLimits.documents),
    isExample: z.boolean(),
  }) satisfies z.ZodType<RemissPackage>;
}

/** The package's shape with every limit a file is held to. */
export const remissPackageSchema = packageSchemaWith(fileRules);

/** A package as the app keeps it, which may be an unfinished draft from the editor: a backup is checked against this. */
export const storedPackageSchema = packageSchemaWith(draftRules);

/** A value quoted in a message stays readable however long it is in the file. */
function shortened(value: string, max = 80): string {
  const characters = [...value];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : value;
}

function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): PackageFileIssue {
  const path = issuePath(issue);
  const field = (name: PackageFileProblem, extra: { min?: number; max?: number; value?: string } = {}): PackageFileIssue => ({
    code: 'field',
    path,
    problem: name,
    ...extra,
  });
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, path) === undefined) return field('missing');
      return issue.expected === 'int' ? field('notWholeNumber') : field('wrongType');
    case 'too_big':
      if (issue.origin === 'string') return field('tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return field('tooMany', { max: Number(issue.maximum) });
      return field('outOfRange', { min: 1, max: Number(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string') return field('empty');
      if (issue.origin === 'array') return field('tooFew', { min: Number(issue.minimum) });
      return field('belowMinimum', { min: Number(issue.minimum) });
    case 'invalid_value':
      return field('invalidChoice');
    case 'custom': {
      const named = (issue.params as { problem?: PackageFileProblem } | undefined)?.problem;
      if (named === 'invalidEmail') return field(named, { value: shortened(String(valueAt(input, path))) });
      return field(named ?? 'wrongType');
    }
    default:
      return field('wrongType');
  }
}

/** Rules that span several values: identities, numbers and the remissinstanser's names unique, the scale ascending. */
export function semanticIssues(content: RemissPackage): PackageFileIssue[] {
  const issues: PackageFileIssue[] = [];
  const duplicate = (path: PathSegment[], value: string | number) =>
    issues.push({ code: 'field', path, problem: 'duplicate', value: String(value) });

  const goalIds = new Set<string>();
  const goalNumbers = new Set<number>();
  const questionIds = new Set<string>();
  const focusAreaIds = new Set<string>();
  const checkQuestions = (questions: RemissPackage['generalQuestions'], prefix: PathSegment[]) =>
    questions.forEach((question, index) => {
      if (questionIds.has(question.id)) duplicate([...prefix, index, 'id'], question.id);
      questionIds.add(question.id);
    });

  checkQuestions(content.generalQuestions, ['generalQuestions']);
  content.goals.forEach((goal, index) => {
    if (goalIds.has(goal.id)) duplicate(['goals', index, 'id'], goal.id);
    goalIds.add(goal.id);
    if (goalNumbers.has(goal.number)) duplicate(['goals', index, 'number'], goal.number);
    goalNumbers.add(goal.number);
    goal.agenda2030.forEach((number, position) => {
      if (goal.agenda2030.indexOf(number) !== position) duplicate(['goals', index, 'agenda2030', position], number);
    });
    goal.focusAreas.forEach((area, position) => {
      if (focusAreaIds.has(area.id)) duplicate(['goals', index, 'focusAreas', position, 'id'], area.id);
      focusAreaIds.add(area.id);
    });
    checkQuestions(goal.questions, ['goals', index, 'questions']);
  });
  const respondentIds = new Set<string>();
  const respondentNames = new Set<string>();
  content.respondents.forEach((respondent, index) => {
    if (respondentIds.has(respondent.id)) duplicate(['respondents', index, 'id'], respondent.id);
    respondentIds.add(respondent.id);
    // An older answer without an id is matched by the name, so two respondents may not share one.
    const name = respondent.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
    if (respondentNames.has(name)) duplicate(['respondents', index, 'name'], respondent.name.trim());
    respondentNames.add(name);
  });
  const contactIds = new Set<string>();
  content.contacts.forEach((contact, index) => {
    if (contactIds.has(contact.id)) duplicate(['contacts', index, 'id'], contact.id);
    contactIds.add(contact.id);
    // A contact is someone to reach: a name, an address or a number, not only a role.
    const reachable = [contact.name, contact.email ?? '', contact.phone ?? ''].some((text) => text.trim() !== '');
    if (!reachable) issues.push({ code: 'field', path: ['contacts', index, 'name'], problem: 'empty' });
  });
  const routeIds = new Set<string>();
  content.routes.forEach((route, index) => {
    if (routeIds.has(route.id)) duplicate(['routes', index, 'id'], route.id);
    routeIds.add(route.id);
    for (const list of ['sends', 'statuses'] as const)
      (route[list] as string[]).forEach((value, position, values) => {
        if (values.indexOf(value) !== position) duplicate(['routes', index, list, position], value);
      });
  });
  const documents = new Map(content.documents.map((document) => [document.id, document]));
  const bilagaNumbers = new Set<number>();
  let documentsTotal = 0;
  content.documents.forEach((document, index) => {
    if (content.documents.findIndex((other) => other.id === document.id) !== index) duplicate(['documents', index, 'id'], document.id);
    if (document.role === 'bilaga') {
      if (document.number === null) issues.push({ code: 'field', path: ['documents', index, 'number'], problem: 'missing' });
      else if (bilagaNumbers.has(document.number)) duplicate(['documents', index, 'number'], document.number);
      else bilagaNumbers.add(document.number);
    }
    if (document.size > packageLimits.documentBytes)
      issues.push({ code: 'field', path: ['documents', index, 'size'], problem: 'fileTooLarge', max: packageLimits.documentBytes });
    documentsTotal += document.size;
  });
  if (documentsTotal > packageLimits.documentsTotalBytes)
    issues.push({ code: 'field', path: ['documents'], problem: 'totalTooLarge', max: packageLimits.documentsTotalBytes });
  content.goals.forEach((goal, index) =>
    goal.documentReferences.forEach((reference, position) => {
      const path = ['goals', index, 'documentReferences', position];
      const document = documents.get(reference.documentId);
      if (!document) issues.push({ code: 'field', path: [...path, 'documentId'], problem: 'unknownDocument' });
      else if (document.pageCount !== null && reference.page > document.pageCount)
        issues.push({ code: 'field', path: [...path, 'page'], problem: 'outOfRange', min: 1, max: document.pageCount });
    }),
  );
  content.ratingScale.steps.forEach((step, index, steps) => {
    const previous = steps[index - 1];
    if (previous && step.value <= previous.value)
      issues.push({ code: 'field', path: ['ratingScale', 'steps', index, 'value'], problem: 'notAscending' });
  });
  return issues;
}

/**
 * Adds the goal's own number to an issue inside a goal, so the message names the goal as the package does;
 * an issue about the number itself keeps naming the goal by position, as its number is what is in doubt.
 */
function withGoalNumber(issue: PackageFileIssue, content: unknown): PackageFileIssue {
  if (issue.code !== 'field' || issue.path[0] !== 'goals' || typeof issue.path[1] !== 'number' || issue.path[2] === 'number') return issue;
  const number = valueAt(content, ['goals', issue.path[1], 'number']);
  const valid = typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= packageLimits.goalNumber;
  return valid ? { ...issue, goalNumber: number } : issue;
}

/** Checks a package held in memory (e.g. the editor's draft) against the same rules as a file. */
export function validatePackage(content: unknown): PackageFileResult {
  const parsed = remissPackageSchema.safeParse(content);
  const issues = parsed.success
    ? semanticIssues(parsed.data)
    : parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => fromZodIssue(issue, content));
  if (issues.length === 0 && parsed.success) return { ok: true, package: parsed.data };
  return { ok: false, issues: issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => withGoalNumber(issue, content)) };
}

/**
 * The package's data as JSON: the format's name and version around the package, indented so a person can read it
 * too. It is the data entry of a package file (see packageContainer.ts), and a readable copy of a package on its own.
 */
export function serializePackageData(content: RemissPackage): string {
  return `${JSON.stringify({ format: PACKAGE_FILE_FORMAT, version: PACKAGE_FILE_VERSION, package: content }, null, 2)}\n`;
}

const fail = (issue: PackageFileIssue): PackageFileResult => ({ ok: false, issues: [issue] });

/**
 * Reads a package's data (JSON) whatever it holds. Never throws: data that is too large, not UTF-8, not JSON,
 * of another format or a later version, or with a key that could reach an object's prototype, is refused with
 * issues that say what and where. A format 1 package is brought up to this release's shape.
 */
export function parsePackageData(bytes: Uint8Array): PackageFileResult {
  const read = fileText(bytes, packageLimits.dataBytes);
  if (!read.ok) return fail(read.code === 'tooLarge' ? { code: 'dataTooLarge', maxBytes: packageLimits.dataBytes } : { code: 'notUtf8' });
  const json = parseJsonText(read.text);
  if (!json.ok) return fail(json.code === 'tooDeep' ? { code: 'tooDeep', maxDepth: MAX_JSON_DEPTH } : { code: 'notJson' });
  if (json.forbiddenKey !== null) return fail({ code: 'forbiddenKey', key: json.forbiddenKey });
  const document = json.value;

  if (!isObject(document) || !Object.hasOwn(document, 'format')) return fail({ code: 'notPackageFile' });
  const { format, version } = document;
  if (format !== PACKAGE_FILE_FORMAT) return fail({ code: 'wrongFormat' });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ code: 'invalidVersion' });
  if (version > PACKAGE_FILE_VERSION) return fail({ code: 'newerVersion', version });
  const content = document.package;
  if (!isObject(content)) return fail({ code: 'field', path: [], problem: content === undefined ? 'missing' : 'wrongType' });
  return validatePackage(version === 1 ? upgradeVersion1Package(content) : withDocumentLists(content));
}

/** "Remisspaket KS 2019-160 – Intern remiss 2 ….msremiss", made safe and short by the one file name builder. */
export function packageFileName(content: Pick<RemissPackage, 'caseNumber' | 'title'>): string {
  const caseNumber = content.caseNumber.trim();
  const title = content.title.trim();
  return finishFileName(`Remisspaket${caseNumber ? ` ${caseNumber}` : ''}${title ? ` – ${title}` : ''}`, appFileExtensions.package);
}
