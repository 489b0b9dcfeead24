export interface Finding {
  check: string;
  file: string;
  line: number;
  code: string | null;
}

export interface AcceptedFinding {
  check: string;
  file: string;
  code?: string | null;
  count?: number;
  reason: string;
}

export function codeOf(sample: unknown): string | null;
export function judgeFindings(
  findings: Finding[],
  accepted: AcceptedFinding[],
): { unexplained: Finding[]; stale: (AcceptedFinding & { found: number })[]; problems: string[] };
