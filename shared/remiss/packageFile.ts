import { appFileExtensions, appFileMaxBytes } from '../files/appFiles';
import { fileText, issuePath, valueAt, type PathSegment } from '../validation/issuePath';
import { z } from '../validation/zod';
import { isCalendarDate } from '../domain/calendarDate';
import { finishFileName } from '../attachment/fileNames';
import { hasUnsafeCharacters, withoutUnsafeCharacters } from '../format/safeText';
import { MAX_JSON_DEPTH, parseJsonText } from '../validation/json';
import { answerStatuses, questionKinds, respondentKinds, routeContents, type RemissPackage } from './remissPackage';
import { respondentsFromNames } from './respondents';

/**
 * The file format's name and the version this release writes; a reader refuses any other name and any later version.
 * Version 2 names the remissinstanser with ids and the answer's routes; a version 1 file is read and converted.
 */
export const PACKAGE_FILE_FORMAT = 'malsamtal.remisspaket';
export const PACKAGE_FILE_VERSION = 2;
/** A double extension: the file is plain JSON to any tool, and still says at a glance that it is a Målsamtal package. */
/** Our own extension, so a double-click on the file opens it in Målsamtal (see shared/files/appFiles.ts). */
export const PACKAGE_FILE_EXTENSION = `.${appFileExtensions.package}`;

/** Far above any real remiss (the example is ~15 kB), far below what could stall the app. */
export const packageLimits = {
  fileBytes: appFileMaxBytes.package,
  goals: 50,
  goalNumber: 999,
  questionsPerList: 30,
  focusAreas: 20,
  successFactors: 30,
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
  | 'invalidCharacter';

export type PackageFileIssue =
  | { code: 'tooLarge'; maxBytes: number }
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
}

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
    respondents: list(respondent, packageLimits.respondents),
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
  const routeIds = new Set<string>();
  content.routes.forEach((route, index) => {
    if (routeIds.has(route.id)) duplicate(['routes', index, 'id'], route.id);
    routeIds.add(route.id);
    for (const list of ['sends', 'statuses'] as const)
      (route[list] as string[]).forEach((value, position, values) => {
        if (values.indexOf(value) !== position) duplicate(['routes', index, list, position], value);
      });
  });
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

/** The file's text: the format's name and version around the package, indented so a person can read it too. */
export function serializePackageFile(content: RemissPackage): string {
  return `${JSON.stringify({ format: PACKAGE_FILE_FORMAT, version: PACKAGE_FILE_VERSION, package: content }, null, 2)}\n`;
}

export function encodePackageFile(content: RemissPackage): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(serializePackageFile(content));
}

const fail = (issue: PackageFileIssue): PackageFileResult => ({ ok: false, issues: [issue] });

/**
 * Reads a package file whatever it holds. Never throws: a file that is too large, not UTF-8, not JSON,
 * of another format or a later version, or with a key that could reach an object's prototype, is refused
 * with issues that say what and where.
 */
export function parsePackageFile(bytes: Uint8Array): PackageFileResult {
  const read = fileText(bytes, packageLimits.fileBytes);
  if (!read.ok) return fail(read.code === 'tooLarge' ? { code: 'tooLarge', maxBytes: packageLimits.fileBytes } : { code: 'notUtf8' });
  const json = parseJsonText(read.text);
  if (!json.ok) return fail(json.code === 'tooDeep' ? { code: 'tooDeep', maxDepth: MAX_JSON_DEPTH } : { code: 'notJson' });
  if (json.forbiddenKey !== null) return fail({ code: 'forbiddenKey', key: json.forbiddenKey });
  const document = json.value;

  if (document === null || typeof document !== 'object' || Array.isArray(document) || !Object.hasOwn(document, 'format')) {
    return fail({ code: 'notPackageFile' });
  }
  const { format, version } = document as { format: unknown; version: unknown };
  if (format !== PACKAGE_FILE_FORMAT) return fail({ code: 'wrongFormat' });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ code: 'invalidVersion' });
  if (version > PACKAGE_FILE_VERSION) return fail({ code: 'newerVersion', version });
  const content = (document as { package?: unknown }).package;
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    return fail({ code: 'field', path: [], problem: content === undefined ? 'missing' : 'wrongType' });
  }
  return validatePackage(version === 1 ? upgradeVersion1Package(content as Record<string, unknown>) : content);
}

/** Names once each, as a person reads them: a list that named a body twice named one body. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => {
      const key = name.toLocaleLowerCase('sv-SE');
      if (name === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * A version 1 package in version 2's shape: the plain list of expected respondents becomes remissinstanser with ids made
 * from their names (the same names give the same ids, wherever converted), and the two recipient lists become routes
 * that carry the attachment and the answer file. Values of the wrong type are left for validation to name.
 */
export function upgradeVersion1Package(content: Record<string, unknown>): Record<string, unknown> {
  const { expectedRespondents, recipients, ...rest } = content;
  const upgraded: Record<string, unknown> = { ...rest };
  if (!('respondents' in content))
    upgraded.respondents =
      Array.isArray(expectedRespondents) && expectedRespondents.every((name) => typeof name === 'string')
        ? respondentsFromNames(uniqueNames(expectedRespondents))
        : (expectedRespondents ?? []);
  if (!('routes' in content)) {
    const lists = recipients !== null && typeof recipients === 'object' ? (recipients as Record<string, unknown>) : {};
    const route = (status: 'ojusterat' | 'justerat', list: unknown) =>
      Array.isArray(list) && list.length > 0
        ? [{ id: status, recipient: '', addresses: list, sends: ['attachmentPdf', 'answerFile'], statuses: [status] }]
        : [];
    upgraded.routes = [...route('ojusterat', lists.unadjusted), ...route('justerat', lists.adjusted)];
  }
  return upgraded;
}

/** "Remisspaket KS 2019-160 – Intern remiss 2 ….msremiss", made safe and short by the one file name builder. */
export function packageFileName(content: Pick<RemissPackage, 'caseNumber' | 'title'>): string {
  const caseNumber = content.caseNumber.trim();
  const title = content.title.trim();
  return finishFileName(`Remisspaket${caseNumber ? ` ${caseNumber}` : ''}${title ? ` – ${title}` : ''}`, appFileExtensions.package);
}
