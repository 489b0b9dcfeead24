// Bringing a package of an earlier file format up to this release's shape. Kept apart from the format's schema: the
// database's migrations use it at start-up, and the start screen should not load a validation library for that.
import { respondentsFromNames } from './respondents';

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

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
  return withDocumentLists(upgraded);
}

/**
 * A package from before documents (a version 1 file, a version 2 file or database row from before them) with its
 * empty lists: no documents, and no goal pointing at any. Lists already there are left as they are, right or wrong,
 * for validation to judge.
 */
export function withDocumentLists(content: Record<string, unknown>): Record<string, unknown> {
  const upgraded: Record<string, unknown> = { ...content, documents: content.documents ?? [] };
  if (Array.isArray(content.goals))
    upgraded.goals = content.goals.map((goal: unknown) =>
      isObject(goal) && !('documentReferences' in goal) ? { ...goal, documentReferences: [] } : goal,
    );
  return upgraded;
}

/**
 * A package from before it could hold the letter's details (a file or database row from before them): no deadline in
 * words, no contacts, no support offered, no related plans. Values already there are left for validation to judge.
 */
export function withLetterDetails(content: Record<string, unknown>): Record<string, unknown> {
  return {
    ...content,
    deadlineText: content.deadlineText ?? '',
    contacts: content.contacts ?? [],
    support: content.support ?? [],
    relatedPlans: content.relatedPlans ?? [],
  };
}
