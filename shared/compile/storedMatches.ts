import type { Respondent } from '../remiss/remissPackage';
import { respondentNamed } from '../remiss/respondents';
import type { CompiledAnswer } from './mergeAnswers';

/**
 * A stored answer without a remissinstans id (kept by the first release, before packages listed remissinstanser with
 * ids) and the remissinstans its body's name suggests: offered to the user, never linked without a confirmation.
 */
export interface StoredMatch {
  answerId: string;
  bodyName: string;
  fileName: string;
  meetingDate: string;
  /** The remissinstans of the same name, by the rule the import uses; null when none or more than one is. */
  suggestion: Respondent | null;
}

/** The package's stored answers that count for no remissinstans yet, each with its suggestion; waiting conflicts follow their answer. */
export function storedMatches(answers: readonly CompiledAnswer[], respondents: readonly Respondent[]): StoredMatch[] {
  if (respondents.length === 0) return [];
  return answers
    .filter((stored) => !stored.conflictOf && !stored.answer.body.respondentId)
    .map((stored) => ({
      answerId: stored.id,
      bodyName: stored.answer.body.name,
      fileName: stored.fileName,
      meetingDate: stored.answer.meeting.date,
      suggestion: respondentNamed(respondents, stored.answer.body.name),
    }))
    .sort((x, y) => x.bodyName.localeCompare(y.bodyName, 'sv-SE') || x.meetingDate.localeCompare(y.meetingDate));
}

/**
 * The stored answer, and any conflict waiting beside it, as counting for the remissinstans the user confirmed. An
 * answer that already has a remissinstans is left as it is: a second window may have linked it meanwhile.
 */
export function linkedToRespondent(rows: readonly CompiledAnswer[], answerId: string, respondentId: string): CompiledAnswer[] {
  return rows
    .filter((row) => (row.id === answerId || row.conflictOf === answerId) && !row.answer.body.respondentId)
    .map((row) => ({ ...row, answer: { ...row.answer, body: { ...row.answer.body, respondentId } } }));
}
