import { useLiveQuery } from 'dexie-react-hooks';
import type { MalsamtalDatabase, SettingKey, SettingRow, Settings } from './db';
import { useDatabase } from './DatabaseProvider';

export async function writeSetting<K extends SettingKey>(database: MalsamtalDatabase, key: K, value: Settings[K]): Promise<void> {
  await database.settings.put({ key, value } as SettingRow);
}

/** A stored setting; `undefined` until read, then the stored value or the fallback. */
export function useSetting<K extends SettingKey>(key: K, fallback: Settings[K]): Settings[K] | undefined {
  const database = useDatabase();
  return useLiveQuery(
    async () => ((await database.settings.get(key)) as SettingRow<K> | undefined)?.value ?? fallback,
    [database, key, fallback],
  );
}
