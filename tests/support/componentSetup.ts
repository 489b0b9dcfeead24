import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { flushAllWork } from '../../renderer/data/autosave';
import { loadFullCatalog } from '../../renderer/i18n/catalogLoader';

// A live query answers after its IndexedDB read, which on a loaded 2-core CI machine (end-to-end tests running
// beside) can take longer than testing-library's default second; waiting longer costs nothing when it is quick.
configure({ asyncUtilTimeout: 5_000 });

// In the app a screen loads the whole catalog with its code (lazyScreen); a test draws a screen's parts directly, so the
// catalog is there before the first of them, as it is by the time the app draws them.
await loadFullCatalog();

// What a test typed last is written while its screen is still there, and what unmounting starts is written before the
// next test: no write of this test may end after the test environment is gone.
afterEach(async () => {
  await flushAllWork();
  cleanup();
  await flushAllWork();
});
