import { create } from 'zustand';
import type { RefusedAction } from '../../shared/i18n/catalog/app';

/** The latest action the database refused, until a later write goes through. */
export const useRefusedWrite = create<{ action: RefusedAction | null }>(() => ({ action: null }));

/**
 * Runs a write the user asked for (a click, a key). Should the database refuse it (a full disk, say), the app says so
 * across all screens rather than doing nothing; the next write that goes through takes the message away.
 */
export async function tryWrite<T>(
  action: RefusedAction,
  write: () => Promise<T>,
): Promise<{ written: true; value: T } | { written: false }> {
  try {
    const value = await write();
    if (useRefusedWrite.getState().action !== null) useRefusedWrite.setState({ action: null });
    return { written: true, value };
  } catch {
    useRefusedWrite.setState({ action });
    return { written: false };
  }
}
