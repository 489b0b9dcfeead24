// Which Electronegativity findings are explained in electron/electronegativity.accepted.json. An entry accepts the
// findings of one check in one file at one line of code (the line's text, so moving it does not matter but changing
// it does), as many as it counts: a second unhardened window whose code reads differently, or one more of the same,
// is a finding no entry explains.

/** The code a finding points at, as an entry names it: the line's text with its spacing made plain. */
export function codeOf(sample) {
  return typeof sample === 'string' ? sample.trim().replace(/\s+/g, ' ') : null;
}

const keyOf = ({ check, file, code }) => JSON.stringify([check, file, codeOf(code)]);

/**
 * Compares the findings with the accepted entries.
 * @param {{ check: string, file: string, line: number, code: string | null }[]} findings
 * @param {{ check: string, file: string, code?: string | null, count?: number, reason: string }[]} accepted
 */
export function judgeFindings(findings, accepted) {
  const problems = [];
  const entries = new Map();
  for (const entry of accepted) {
    const key = keyOf(entry);
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
      problems.push(`an entry without a reason: ${entry.check} in ${entry.file}`);
    if (entries.has(key)) problems.push(`two entries for the same code: ${entry.check} in ${entry.file}: ${codeOf(entry.code)}`);
    entries.set(key, entry);
  }
  const found = new Map();
  for (const finding of findings) {
    const key = keyOf(finding);
    found.set(key, [...(found.get(key) ?? []), finding]);
  }

  const unexplained = [];
  for (const [key, group] of found) {
    const entry = entries.get(key);
    const allowed = entry ? (entry.count ?? 1) : 0;
    unexplained.push(...group.slice(allowed));
  }
  const stale = [];
  for (const [key, entry] of entries) {
    const count = found.get(key)?.length ?? 0;
    if (count < (entry.count ?? 1)) stale.push({ ...entry, found: count });
  }
  return { unexplained, stale, problems };
}
