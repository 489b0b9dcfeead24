import { describe, expect, it, vi } from 'vitest';
import { dist, missingElectronForDistMessage } from './dist.mjs';

function steps(electron: string | null) {
  const done: string[] = [];
  return {
    done,
    reported: [] as string[],
    findElectron: () => electron,
    buildApp: vi.fn(async () => void done.push('build')),
    buildInstallers: vi.fn(async () => (done.push('installers'), 0)),
  };
}

describe('npm run dist', () => {
  it('stops before building anything when Electron is missing, and says why in Swedish and English', async () => {
    const run = steps(null);
    const code = await dist({ ...run, report: (message) => run.reported.push(message) });
    expect(code).toBe(1);
    expect(run.done).toEqual([]);
    expect(run.reported).toEqual([missingElectronForDistMessage]);
    expect(missingElectronForDistMessage).toContain('Installationsprogrammen kan inte byggas');
    expect(missingElectronForDistMessage).toContain('The installers cannot be built');
  });

  it('builds the app and then the installers when Electron is there, passing on the builder’s exit code', async () => {
    const run = steps('/opt/electron/electron');
    run.buildInstallers.mockImplementationOnce(async () => (run.done.push('installers'), 2));
    const code = await dist({ ...run, report: (message) => run.reported.push(message) });
    expect(run.done).toEqual(['build', 'installers']);
    expect(code).toBe(2);
    expect(run.reported).toEqual([]);
  });
});
