import { describe, expect, it, vi } from 'vitest';
import { dist } from './dist.mjs';
import { ensureElectronBinary, fetchingElectronMessage, missingElectronMessage } from './electronBinary.mjs';

function steps(electron: string | null) {
  const done: string[] = [];
  return {
    done,
    ensureElectron: vi.fn(async () => electron),
    buildApp: vi.fn(async () => void done.push('build')),
    buildInstallers: vi.fn(async () => (done.push('installers'), 0)),
  };
}

describe('npm run dist', () => {
  it('stops before building anything when Electron cannot be had', async () => {
    const run = steps(null);
    expect(await dist(run)).toBe(1);
    expect(run.done).toEqual([]);
  });

  it('builds the app and then the installers when Electron is there, passing on the builder’s exit code', async () => {
    const run = steps('/opt/electron/electron');
    run.buildInstallers.mockImplementationOnce(async () => (run.done.push('installers'), 2));
    expect(await dist(run)).toBe(2);
    expect(run.done).toEqual(['build', 'installers']);
  });
});

describe('making sure of the Electron binary (npm start, npm run dist)', () => {
  function setUp(options: { installed: boolean; download: { ok: true } | { ok: false; reason: string }; skipDownload?: boolean }) {
    let installed = options.installed;
    const reported: string[] = [];
    const download = vi.fn(async () => {
      if (options.download.ok) installed = true;
      return options.download;
    });
    const run = () =>
      ensureElectronBinary({
        find: () => (installed ? '/proj/node_modules/electron/dist/electron' : null),
        download,
        skipDownload: options.skipDownload ?? false,
        report: (message: string) => reported.push(message),
        missing: missingElectronMessage,
      });
    return { run, download, reported };
  }

  it('uses the binary that is there without fetching anything', async () => {
    const { run, download, reported } = setUp({ installed: true, download: { ok: true } });
    expect(await run()).toBe('/proj/node_modules/electron/dist/electron');
    expect(download).not.toHaveBeenCalled();
    expect(reported).toEqual([]);
  });

  it('fetches a missing binary first, as Electron no longer does on npm install, and then uses it', async () => {
    const { run, download, reported } = setUp({ installed: false, download: { ok: true } });
    expect(await run()).toBe('/proj/node_modules/electron/dist/electron');
    expect(download).toHaveBeenCalledOnce();
    expect(reported).toEqual([fetchingElectronMessage]);
  });

  it('says why it cannot start, and points to the browser shell, when the fetch fails', async () => {
    const { run, reported } = setUp({ installed: false, download: { ok: false, reason: 'TypeError: fetch failed' } });
    expect(await run()).toBeNull();
    const message = reported.at(-1)!;
    expect(message).toContain('kunde inte hämtas (TypeError: fetch failed)');
    expect(message).toContain('npm run web');
    expect(message).toContain('could not be fetched (TypeError: fetch failed)');
  });

  it('does not try to fetch when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says so', async () => {
    const { run, download, reported } = setUp({ installed: false, download: { ok: true }, skipDownload: true });
    expect(await run()).toBeNull();
    expect(download).not.toHaveBeenCalled();
    expect(reported).toEqual([missingElectronMessage('ELECTRON_SKIP_BINARY_DOWNLOAD=1')]);
  });
});
