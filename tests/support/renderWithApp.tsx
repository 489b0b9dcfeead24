import { render, type RenderResult } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { vi } from 'vitest';
import { BridgeProvider, type FileBridge } from '../../renderer/bridge/BridgeProvider';
import { MalsamtalDatabase } from '../../renderer/data/db';
import type { IpcRequest, MalsamtalBridge, OpenedFile, OpenFileResult, SaveFileRequest } from '../../shared/ipc/contract';

type StoreBackupRequest = IpcRequest<'storeBackup'>;
import { DatabaseProvider } from '../../renderer/data/DatabaseProvider';
import { I18nProvider } from '../../renderer/i18n/I18nProvider';

let databases = 0;

/** A fresh, empty database of the app's real schema, in fake-indexeddb. */
export function createTestDatabase(): MalsamtalDatabase {
  databases += 1;
  return new MalsamtalDatabase(`malsamtal-test-${databases}-${crypto.randomUUID()}`);
}

/** A bridge that records every call and answers as the Electron shell would when the user says yes. */
export function createRecordingBridge() {
  return {
    getAppInfo: vi.fn(async () => ({ name: 'Målsamtal', version: '0.1.0', shell: 'electron' as const, platform: 'linux', versions: {} })),
    setLanguage: vi.fn(async () => undefined),
    saveFile: vi.fn(async (request: SaveFileRequest) => ({ outcome: 'saved' as const, fileName: request.suggestedName })),
    openFile: vi.fn(async (_request: IpcRequest<'openFile'>): Promise<OpenFileResult> => ({ outcome: 'cancelled' })),
    openProjector: vi.fn(async (_request: IpcRequest<'openProjector'>) => ({ display: 'external' as const })),
    closeProjector: vi.fn(async () => undefined),
    onFileOpened: vi.fn((_listener: (file: OpenedFile) => void) => () => undefined),
    // A test asks the page to close by calling the listener it subscribed here.
    onCloseRequested: vi.fn((_listener: (payload: undefined) => void) => () => undefined),
    confirmClose: vi.fn(async (_request: IpcRequest<'confirmClose'>) => undefined),
    storeBackup: vi.fn(async (_request: StoreBackupRequest) => ({
      outcome: 'stored' as const,
      fileName: 'malsamtal-2020-09-15T18-00-00-000Z.msbackup',
    })),
  } satisfies MalsamtalBridge;
}

export type RecordingBridge = ReturnType<typeof createRecordingBridge>;

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

/**
 * Renders UI as the app does: in React's strict mode (effects run twice on mount, as main.tsx has it in development),
 * over a database and in the user's language, with a recording bridge.
 */
export function renderWithApp(
  ui: ReactNode,
  database = createTestDatabase(),
  overrides: Partial<RecordingBridge> | FileBridge = {},
): RenderResult & { database: MalsamtalDatabase; bridge: RecordingBridge } {
  const bridge = { ...createRecordingBridge(), ...overrides } as RecordingBridge;
  const result = render(
    <StrictMode>
      <BridgeProvider bridge={bridge}>
        <DatabaseProvider database={database}>
          <I18nProvider bridge={bridge}>{ui}</I18nProvider>
        </DatabaseProvider>
      </BridgeProvider>
    </StrictMode>,
  );
  return { ...result, database, bridge };
}
