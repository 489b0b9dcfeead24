import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedPackages, thirdPartyNotices } from './thirdPartyNotices.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');

describe('the third-party notices that ship with the installers', () => {
  it('holds the licence of every library bundled into the app, and none of the build and test tools', () => {
    const names = shippedPackages(projectRoot).map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining(['react', 'react-dom', 'dexie', 'react-aria-components', 'pdfkit', 'docx', 'zod', 'zustand']),
    );
    expect(names).not.toContain('vitest');
    expect(names).not.toContain('electron-builder');
    expect(names).not.toContain('playwright-core');
  });

  it('quotes each licence’s own text, e.g. React’s MIT notice and Dexie’s Apache licence', () => {
    const notices = thirdPartyNotices(projectRoot);
    expect(notices).toMatch(/react \d+\.\d+\.\d+ \(MIT\)\n\nMIT License\n\nCopyright \(c\) Meta Platforms/);
    expect(notices).toMatch(/dexie \d+\.\d+\.\d+ \(Apache-2\.0\)\n\n\s*Apache License/);
  });
});
