/**
 * The app's own record of what its database held, kept outside it (in Electron, a file beside the automatic backups;
 * in the browser shell, localStorage). Its limits are the contract's; the hand-written checks below let the browser
 * shell read and write the record at start without loading zod and the whole contract (contract.test.ts holds them to
 * the contract's schemas).
 */
export interface DataRecord {
  meetings: number;
  recordedAt: string;
}

export const DATA_RECORD_LIMITS = { meetings: 1_000_000, recordedAt: 40 } as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A count of meetings the record may hold: a whole number from 0 to the limit. */
export function isRecordedMeetingCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= DATA_RECORD_LIMITS.meetings;
}

/** The record in a stored value, with nothing else it may carry; null when the value is not one. */
export function dataRecordOf(value: unknown): DataRecord | null {
  if (!isPlainObject(value)) return null;
  const { meetings, recordedAt } = value;
  if (!isRecordedMeetingCount(meetings) || typeof recordedAt !== 'string' || recordedAt.length > DATA_RECORD_LIMITS.recordedAt) return null;
  return { meetings, recordedAt };
}

/** A request to write the record: the meeting count and nothing else. */
export function isWriteDataRecordRequest(value: unknown): value is { meetings: number } {
  return isPlainObject(value) && Object.keys(value).every((key) => key === 'meetings') && isRecordedMeetingCount(value.meetings);
}
