import { create } from 'zustand';

/**
 * The start-up check of the database against the app's own record of what it held. Until it has found the database
 * as expected, or the user has chosen what to do about an empty one, nothing writes that record or takes an automatic
 * backup: an empty database must not become the newest backup, nor the record forget that meetings were there.
 */
export type StoredDataCheck =
  | { state: 'checking' }
  | { state: 'settled' }
  | { state: 'empty'; meetings: number | null; latestBackup: { fileName: string; createdAt: string } | null };

export const useStoredDataCheck = create<{ check: StoredDataCheck }>(() => ({ check: { state: 'checking' } }));

export const settleStoredDataCheck = () => useStoredDataCheck.setState({ check: { state: 'settled' } });
