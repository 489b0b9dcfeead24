import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeFindings, type AcceptedFinding, type Finding } from './electronegativityAcceptance.mjs';

const accepted = (
  JSON.parse(readFileSync(new URL('../../electron/electronegativity.accepted.json', import.meta.url), 'utf8')) as {
    accepted: AcceptedFinding[];
  }
).accepted;

const codeAccepted = (check: string): string => accepted.find((entry) => entry.check === check)!.code!;
/** The line of main.ts through which both windows are made, and the one that opens the mail program. */
const windowLine = codeAccepted('SANDBOX_JS_CHECK');
const mailLine = codeAccepted('OPEN_EXTERNAL_JS_CHECK');

/** What a scan of today's electron/ finds (npm run security scans it for real): each accepted finding, as often as counted. */
function todaysFindings(): Finding[] {
  return accepted.flatMap((entry) =>
    Array.from({ length: entry.count ?? 1 }, (_, index) => ({
      check: entry.check,
      file: entry.file,
      line: 50 + 100 * index,
      code: entry.code ?? null,
    })),
  );
}

describe('accepting Electronegativity findings', () => {
  it('explains every finding of today’s shell with the accepted list, each entry matching as many as it counts', () => {
    expect(judgeFindings(todaysFindings(), accepted)).toEqual({ unexplained: [], stale: [], problems: [] });
  });

  it('does not mind a finding that moved to another line, nor other spacing of the same code', () => {
    const moved = todaysFindings().map((finding) =>
      finding.code === mailLine ? { ...finding, line: 300, code: `    ${mailLine.replace(' void ', '   void ')}` } : finding,
    );
    expect(judgeFindings(moved, accepted).unexplained).toEqual([]);
  });

  it('fails on a new unhardened window in the same file as the accepted ones', () => {
    const extra: Finding = {
      check: 'SANDBOX_JS_CHECK',
      file: 'main.ts',
      line: 200,
      code: 'const help = new BrowserWindow({ width: 800 });',
    };
    const { unexplained } = judgeFindings([...todaysFindings(), extra], accepted);
    expect(unexplained).toEqual([extra]);
  });

  it('fails on one more window through the very same line of code than the entry counts', () => {
    const third: Finding = { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main.ts', line: 220, code: windowLine };
    const { unexplained } = judgeFindings([...todaysFindings(), third], accepted);
    expect(unexplained).toHaveLength(1);
    expect(unexplained[0]).toMatchObject({ check: 'CONTEXT_ISOLATION_JS_CHECK', code: windowLine });
  });

  it('fails on an accepted finding moved to another file, and names the entry that no longer matches', () => {
    const elsewhere = todaysFindings().map((finding) => (finding.code === mailLine ? { ...finding, file: 'security.ts' } : finding));
    const { unexplained, stale } = judgeFindings(elsewhere, accepted);
    expect(unexplained).toEqual([expect.objectContaining({ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'security.ts' })]);
    expect(stale).toEqual([expect.objectContaining({ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main.ts', found: 0 })]);
  });

  it('fails when the code an entry quotes has changed, even in the same file and check', () => {
    const changed = todaysFindings().map((finding) =>
      finding.code === mailLine ? { ...finding, code: 'void shell.openExternal(url);' } : finding,
    );
    const { unexplained, stale } = judgeFindings(changed, accepted);
    expect(unexplained).toHaveLength(1);
    expect(stale).toHaveLength(1);
  });

  it('fails on an entry that counts more than is found: a window that was removed must leave the list too', () => {
    const oneWindow = todaysFindings().filter((finding) => finding.line !== 150);
    expect(
      judgeFindings(oneWindow, accepted)
        .stale.map((entry) => [entry.check, entry.found])
        .sort(),
    ).toEqual([
      ['AUXCLICK_JS_CHECK', 1],
      ['CONTEXT_ISOLATION_JS_CHECK', 1],
      ['SANDBOX_JS_CHECK', 1],
    ]);
  });

  it('refuses an entry without a reason, and two entries for the same code', () => {
    const entry = { check: 'SANDBOX_JS_CHECK', file: 'main.ts', code: windowLine, count: 2, reason: ' ' };
    expect(judgeFindings([], [entry]).problems).toEqual([expect.stringContaining('without a reason')]);
    const twice = judgeFindings(
      [],
      [
        { ...entry, reason: 'a' },
        { ...entry, reason: 'b' },
      ],
    );
    expect(twice.problems).toEqual([expect.stringContaining('two entries')]);
  });
});
