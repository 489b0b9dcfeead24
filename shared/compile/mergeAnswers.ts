import { canonicalJson, type AnswerFile, type AnswerFileIssue, type ParsedAnswerFile } from '../attachment/answerFile';
import type { Respondent } from '../remiss/remissPackage';
import { normalisedName, respondentNamed } from '../remiss/respondents';

/** One body's answer to a remiss as the strategy office keeps it: the file's content and where it came from. */
export interface CompiledAnswer {
  /** `${packageId}:${bodyKey}:${meetingId}`: one answer per body and meeting; a waiting conflict adds `#n`. */
  id: string;
  packageId: string;
  fileName: string;
  importedAt: string;
  answer: AnswerFile;
  /** Kept but left out of the counts and the report: the user chose another answer from the same body to count. */
  setAside?: boolean;
  /** A second, different answer for the stored answer with this id, waiting for the user's choice; never counted. */
  conflictOf?: string;
  /** When the body's unadjusted answer arrived, kept when its adjusted answer took its place. */
  unadjustedImportedAt?: string;
}

/** The version of the package on this laptop, against which an answer's fingerprint and goals are checked. */
export interface PackageVersion {
  fingerprint: string;
  goals: readonly { id: string }[];
}

/** An answer to another version of the package: the goals it answers that this version does not have, as it names them. */
export interface OtherVersion {
  unknownGoals: { number: number; title: string }[];
}

/** null when the answer was made from this very version of the package. */
export function otherVersionOf(answer: AnswerFile, version: PackageVersion): OtherVersion | null {
  if (answer.package.fingerprint === version.fingerprint) return null;
  const known = new Set(version.goals.map((goal) => goal.id));
  return {
    unknownGoals: answer.goals.filter((goal) => !known.has(goal.goalId)).map(({ number, title }) => ({ number, title })),
  };
}

/** What importing one file did, so the user is told about every file, never left guessing. */
export type MergeOutcome =
  | { kind: 'added'; fileName: string; answer: CompiledAnswer; otherVersion: OtherVersion | null }
  /** The body's unadjusted answer gave way to its adjusted one. */
  | { kind: 'replaced'; fileName: string; answer: CompiledAnswer; previous: CompiledAnswer; otherVersion: OtherVersion | null }
  | { kind: 'duplicate'; fileName: string; existing: CompiledAnswer }
  /** An unadjusted answer arrived after the adjusted one: the adjusted one stays. */
  | { kind: 'superseded'; fileName: string; existing: CompiledAnswer }
  /** A second, different answer for the same body and meeting: stored as waiting, uncounted, until the user chooses. */
  | { kind: 'conflict'; fileName: string; incoming: CompiledAnswer; existing: CompiledAnswer; otherVersion: OtherVersion | null }
  | { kind: 'foreign'; fileName: string; packageId: string; caseNumber: string; title: string }
  /** The file names a remissinstans the package does not list: refused, as a body outside the round. */
  | { kind: 'unknownRespondent'; fileName: string; bodyName: string; respondentId: string | null }
  /** An older file without a remissinstans id: not taken until the user confirms which remissinstans it is. */
  | { kind: 'needsMatch'; fileName: string; bodyName: string; suggestion: Respondent | null }
  | { kind: 'invalid'; fileName: string; issue: AnswerFileIssue };

export interface IncomingFile {
  fileName: string;
  parsed: ParsedAnswerFile;
  /** The remissinstans the user confirmed for a file without an id; null when the user chose not to take it. */
  confirmedRespondentId?: string | null;
}

export { normalisedName };

export function answerId(answer: AnswerFile): string {
  return `${answer.package.id}:${answer.body.respondentId ?? answer.body.id ?? normalisedName(answer.body.name)}:${answer.meeting.id}`;
}

/**
 * The content that matters, so re-exporting the same protocol (a new export time, a body kind added to the profile
 * since) still counts as the same answer.
 */
const contentOf = (answer: AnswerFile) =>
  canonicalJson({ ...answer, exportedAt: null, body: { ...answer.body, kind: undefined, respondentId: undefined } });

export function sameContent(x: AnswerFile, y: AnswerFile): boolean {
  return contentOf(x) === contentOf(y);
}

/** Whom an answer counts for: its remissinstans, or, in a round without a list, the body's name. */
export const respondentKey = (answer: AnswerFile) => answer.body.respondentId ?? `namn:${normalisedName(answer.body.name)}`;

/** Same body and same meeting, even when the body's id in the file changed between the unadjusted and adjusted export. */
const sameMeeting = (x: AnswerFile, y: AnswerFile) => x.meeting.id === y.meeting.id && respondentKey(x) === respondentKey(y);

/**
 * The answer as it counts in this round: with the remissinstans it answers for, from its own id or the user's
 * confirmation; or why it is not taken. A round whose package lists no remissinstanser takes every answer as it is.
 */
function matchRespondent(
  answer: AnswerFile,
  file: IncomingFile,
  respondents: readonly Respondent[] | undefined,
): { ok: true; answer: AnswerFile } | { ok: false; outcome: MergeOutcome } {
  if (!respondents || respondents.length === 0) return { ok: true, answer };
  const { fileName } = file;
  const bodyName = answer.body.name;
  const known = (id: string | null | undefined) => (id ? respondents.find((respondent) => respondent.id === id) : undefined);
  if (answer.body.respondentId !== undefined) {
    return known(answer.body.respondentId)
      ? { ok: true, answer }
      : { ok: false, outcome: { kind: 'unknownRespondent', fileName, bodyName, respondentId: answer.body.respondentId } };
  }
  if (file.confirmedRespondentId === undefined)
    return { ok: false, outcome: { kind: 'needsMatch', fileName, bodyName, suggestion: respondentNamed(respondents, bodyName) } };
  const confirmed = known(file.confirmedRespondentId);
  if (!confirmed) return { ok: false, outcome: { kind: 'unknownRespondent', fileName, bodyName, respondentId: null } };
  return { ok: true, answer: { ...answer, body: { ...answer.body, respondentId: confirmed.id } } };
}

/**
 * Decides what each incoming file does to the package's compiled answers, in order, as if imported one by one;
 * `answers` is the result to store. A conflict is stored beside the answer it differs from, marked and uncounted.
 * With the package's `version`, an answer to another version is still taken but said to be so.
 */
export function mergeAnswers(
  packageId: string,
  existing: readonly CompiledAnswer[],
  files: readonly IncomingFile[],
  importedAt: string,
  version?: PackageVersion,
  respondents?: readonly Respondent[],
): { answers: CompiledAnswer[]; outcomes: MergeOutcome[] } {
  const byId = new Map(existing.filter((answer) => answer.packageId === packageId).map((answer) => [answer.id, answer]));
  const outcomes = files.map((file): MergeOutcome => {
    const { fileName, parsed } = file;
    if (!parsed.ok) return { kind: 'invalid', fileName, issue: parsed.issue };
    if (parsed.value.package.id !== packageId)
      return {
        kind: 'foreign',
        fileName,
        packageId: parsed.value.package.id,
        caseNumber: parsed.value.package.caseNumber,
        title: parsed.value.package.title,
      };
    const matched = matchRespondent(parsed.value, file, respondents);
    if (!matched.ok) return matched.outcome;
    const answer = matched.answer;
    const otherVersion = version ? otherVersionOf(answer, version) : null;
    const stored = [...byId.values()];
    const current =
      byId.get(answerId(answer)) ?? stored.find((candidate) => !candidate.conflictOf && sameMeeting(candidate.answer, answer));
    const incoming: CompiledAnswer = { id: current?.id ?? answerId(answer), packageId, fileName, importedAt, answer };
    if (!current) {
      byId.set(incoming.id, incoming);
      return { kind: 'added', fileName, answer: incoming, otherVersion };
    }
    if (sameContent(current.answer, answer)) return { kind: 'duplicate', fileName, existing: current };
    const waiting = stored.filter((candidate) => candidate.conflictOf === current.id);
    const same = waiting.find((candidate) => sameContent(candidate.answer, answer));
    if (same) return { kind: 'duplicate', fileName, existing: same };
    if (current.answer.status === 'ojusterat' && answer.status === 'justerat') {
      const arrived = { unadjustedImportedAt: current.unadjustedImportedAt ?? current.importedAt };
      const replacement = current.setAside ? { ...incoming, ...arrived, setAside: true } : { ...incoming, ...arrived };
      byId.set(current.id, replacement);
      return { kind: 'replaced', fileName, answer: replacement, previous: current, otherVersion };
    }
    if (current.answer.status === 'justerat' && answer.status === 'ojusterat') return { kind: 'superseded', fileName, existing: current };
    let suffix = 2;
    while (byId.has(`${current.id}#${suffix}`)) suffix += 1;
    const conflict: CompiledAnswer = { ...incoming, id: `${current.id}#${suffix}`, conflictOf: current.id };
    byId.set(conflict.id, conflict);
    return { kind: 'conflict', fileName, incoming: conflict, existing: current, otherVersion };
  });
  return { answers: [...byId.values()], outcomes };
}

/** The answers that count: neither set aside by the user nor waiting in a conflict. */
export function countedAnswers(answers: readonly CompiledAnswer[]): CompiledAnswer[] {
  return answers.filter((answer) => !answer.setAside && !answer.conflictOf);
}

/** Several answers from one body (its remissinstans, else its name), from different meetings: counted together they would count it twice. */
export interface RepeatedBody {
  bodyName: string;
  /** Oldest meeting first. */
  answers: CompiledAnswer[];
  /** The one answer that counts once the user has chosen; null while more than one counts. */
  chosen: CompiledAnswer | null;
}

export function repeatedBodies(answers: readonly CompiledAnswer[]): RepeatedBody[] {
  const groups = new Map<string, CompiledAnswer[]>();
  for (const answer of answers) {
    if (answer.conflictOf) continue;
    const key = respondentKey(answer.answer);
    groups.set(key, [...(groups.get(key) ?? []), answer]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const sorted = [...group].sort(
        (x, y) => x.answer.meeting.date.localeCompare(y.answer.meeting.date) || x.importedAt.localeCompare(y.importedAt),
      );
      const counted = sorted.filter((answer) => !answer.setAside);
      return { bodyName: sorted.at(-1)!.answer.body.name, answers: sorted, chosen: counted.length === 1 ? counted[0]! : null };
    })
    .sort((x, y) => x.bodyName.localeCompare(y.bodyName, 'sv-SE'));
}
