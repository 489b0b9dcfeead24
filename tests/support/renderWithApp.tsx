import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { FilesProvider, type FileBridge } from '../../renderer/bridge/FilesProvider';
import { MalsamtalDatabase } from '../../renderer/data/db';
import { DatabaseProvider } from '../../renderer/data/DatabaseProvider';
import { I18nProvider } from '../../renderer/i18n/I18nProvider';

let databases = 0;

/** A fresh, empty database of the app's real schema, in fake-indexeddb. */
export function createTestDatabase(): MalsamtalDatabase {
  databases += 1;
  return new MalsamtalDatabase(`malsamtal-test-${databases}-${crypto.randomUUID()}`);
}

/** A file bridge that opens nothing and saves nowhere, recording each call; a test replaces what it needs. */
export function recordingFiles(overrides: Partial<FileBridge> = {}): FileBridge & {
  openFile: ReturnType<typeof vi.fn>;
  saveFile: ReturnType<typeof vi.fn>;
} {
  return {
    openFile: vi.fn(overrides.openFile ?? (async () => ({ outcome: 'cancelled' as const }))),
    saveFile: vi.fn(
      overrides.saveFile ??
        (async ({ suggestedName }: { suggestedName: string }) => ({ outcome: 'saved' as const, fileName: suggestedName })),
    ),
  };
}

/** Renders UI as the app does: over a database and in the user's language, with a recording bridge. */
export function renderWithApp(
  ui: ReactNode,
  database = createTestDatabase(),
  files: FileBridge = recordingFiles(),
): RenderResult & { database: MalsamtalDatabase; bridge: { setLanguage: ReturnType<typeof vi.fn> } } {
  const bridge = { setLanguage: vi.fn(async () => undefined) };
  const result = render(
    <DatabaseProvider database={database}>
      <I18nProvider bridge={bridge}>
        <FilesProvider files={files}>{ui}</FilesProvider>
      </I18nProvider>
    </DatabaseProvider>,
  );
  return { ...result, database, bridge };
}
