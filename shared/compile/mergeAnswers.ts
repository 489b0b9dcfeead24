import { canonicalJson, type AnswerFile, type AnswerFileIssue, type ParsedAnswerFile } from '../attachment/answerFile';

/** One body's answer to a remiss as the strategy office keeps it: the file's content and where it came from. */
export interface CompiledAnswer {
  /** `${packageId}:${bodyKey}:${meetingId}`: one answer per body and meeting. */
  id: string;
  packageId: string;
  fileName: string;
  importedAt: string;
  answer: AnswerFile;
}

/** What importing one file did, so the user is told about every file, never left guessing. */
export type MergeOutcome =
  | { kind: 'added'; fileName: string; answer: CompiledAnswer }
  /** The body's unadjusted answer gave way to its adjusted one. */
  | { kind: 'replaced'; fileName: string; answer: CompiledAnswer; previous: CompiledAnswer }
  | { kind: 'duplicate'; fileName: string; existing: CompiledAnswer }
  /** An unadjusted answer arrived after the adjusted one: the adjusted one stays. */
  | { kind: 'superseded'; fileName: string; existing: CompiledAnswer }
  /** A second, different answer for the same body and meeting: the user keeps one or the other. */
  | { kind: 'conflict'; fileName: string; incoming: CompiledAnswer; existing: CompiledAnswer }
  | { kind: 'foreign'; fileName: string; packageId: string; caseNumber: string; title: string }
  | { kind: 'invalid'; fileName: string; issue: AnswerFileIssue };

export interface IncomingFile {
  fileName: string;
  parsed: ParsedAnswerFile;
}

const normalisedName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');

export function answerId(answer: AnswerFile): string {
  return `${answer.package.id}:${answer.body.id ?? normalisedName(answer.body.name)}:${answer.meeting.id}`;
}

/** The content that matters, so re-exporting the same protocol (a new export time) still counts as the same answer. */
const contentOf = (answer: AnswerFile) => canonicalJson({ ...answer, exportedAt: null });

export function sameContent(x: AnswerFile, y: AnswerFile): boolean {
  return contentOf(x) === contentOf(y);
}

/**
 * Decides what each incoming file does to the package's compiled answers, in order, as if imported one by one;
 * `answers` is the result to store. Conflicts change nothing until the user resolves them.
 */
export function mergeAnswers(
  packageId: string,
  existing: readonly CompiledAnswer[],
  files: readonly IncomingFile[],
  importedAt: string,
): { answers: CompiledAnswer[]; outcomes: MergeOutcome[] } {
  const byId = new Map(existing.filter((answer) => answer.packageId === packageId).map((answer) => [answer.id, answer]));
  const outcomes = files.map(({ fileName, parsed }): MergeOutcome => {
    if (!parsed.ok) return { kind: 'invalid', fileName, issue: parsed.issue };
    const answer = parsed.value;
    if (answer.package.id !== packageId)
      return {
        kind: 'foreign',
        fileName,
        packageId: answer.package.id,
        caseNumber: answer.package.caseNumber,
        title: answer.package.title,
      };
    const incoming: CompiledAnswer = { id: answerId(answer), packageId, fileName, importedAt, answer };
    const current = byId.get(incoming.id);
    if (!current) {
      byId.set(incoming.id, incoming);
      return { kind: 'added', fileName, answer: incoming };
    }
    if (sameContent(current.answer, answer)) return { kind: 'duplicate', fileName, existing: current };
    if (current.answer.status === 'ojusterat' && answer.status === 'justerat') {
      byId.set(incoming.id, incoming);
      return { kind: 'replaced', fileName, answer: incoming, previous: current };
    }
    if (current.answer.status === 'justerat' && answer.status === 'ojusterat') return { kind: 'superseded', fileName, existing: current };
    return { kind: 'conflict', fileName, incoming, existing: current };
  });
  return { answers: [...byId.values()], outcomes };
}
