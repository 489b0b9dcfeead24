import Dexie, { type EntityTable } from 'dexie';
import type { Meeting } from '../../shared/domain/meeting';
import type { Language } from '../../shared/i18n/messages';

export interface Settings {
  language: Language;
}
export type SettingKey = keyof Settings;
export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}

export const DATABASE_NAME = 'malsamtal';

/**
 * The whole local schema. Each version stays here as history; a new version adds a
 * `version(n).stores(...)` with an `.upgrade()` that migrates the data, never edits an old one.
 */
export class MalsamtalDatabase extends Dexie {
  meetings!: EntityTable<Meeting, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      meetings: 'id, date, status, updatedAt',
      settings: 'key',
    });
  }
}
