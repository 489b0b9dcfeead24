import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { MalsamtalDatabase } from '../../renderer/data/db';
import { DatabaseProvider } from '../../renderer/data/DatabaseProvider';
import { I18nProvider } from '../../renderer/i18n/I18nProvider';

let databases = 0;

/** A fresh, empty database of the app's real schema, in fake-indexeddb. */
export function createTestDatabase(): MalsamtalDatabase {
  databases += 1;
  return new MalsamtalDatabase(`malsamtal-test-${databases}-${crypto.randomUUID()}`);
}

/** Renders UI as the app does: over a database and in the user's language, with a recording bridge. */
export function renderWithApp(
  ui: ReactNode,
  database = createTestDatabase(),
): RenderResult & { database: MalsamtalDatabase; bridge: { setLanguage: ReturnType<typeof vi.fn> } } {
  const bridge = { setLanguage: vi.fn(async () => undefined) };
  const result = render(
    <DatabaseProvider database={database}>
      <I18nProvider bridge={bridge}>{ui}</I18nProvider>
    </DatabaseProvider>,
  );
  return { ...result, database, bridge };
}
