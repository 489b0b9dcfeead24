import { useEffect } from 'react';
import { useBridge } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { useStoredDataCheck } from '../stores/storedDataCheck';
import { startAutomaticBackups } from './automaticBackups';

const encoder = new TextEncoder();

/**
 * In Electron, keeps backups in the app's data folder for as long as the app is open, from the moment the start-up
 * check has found the database as expected (or the user has chosen what to do about an empty one). Renders nothing.
 */
export function AutomaticBackups() {
  const database = useDatabase();
  const bridge = useBridge();
  const settled = useStoredDataCheck((state) => state.check.state === 'settled');
  useEffect(
    () =>
      settled
        ? startAutomaticBackups(database, {
            store: async (reason) => {
              const { createBackup } = await import('../data/backup');
              const text = await createBackup(database, reason, __APP_VERSION__);
              await bridge.storeBackup({ bytes: encoder.encode(text), reason });
            },
            firstDelayMs: 5_000,
            intervalMs: 10 * 60_000,
          })
        : undefined,
    [database, bridge, settled],
  );
  return null;
}
