import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/** Tests share the renderer's transform settings but run from the project root. */
export default mergeConfig(
  viteConfig,
  defineConfig({
    root: '.',
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'build/**/*.test.ts'],
            // Writing and checking a PDF/A takes about a second alone and over five on a 2-core machine that is
            // running other test suites beside; the limit is for hangs, not for speed (speed is `npm run bench`).
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['renderer/**/*.test.{ts,tsx}'],
            setupFiles: ['tests/support/componentSetup.ts'],
            // Forms with many fields are slow to drive in jsdom, slower still on a busy 2-core machine.
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.e2e.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
