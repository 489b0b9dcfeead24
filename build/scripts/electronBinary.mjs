// Finds the Electron binary, and fetches it when it is missing. Since Electron 42 `npm install` no longer downloads
// it (the package has no install script): it comes on first use, through the package's own install.js. Finding is
// done without requiring the `electron` package, which would start that download as a side effect.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

function electronPackageDir(projectRoot) {
  try {
    return path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** @returns {string | null} the executable's path, or null when it is not installed */
export function findElectronBinary(projectRoot) {
  const packageDir = electronPackageDir(projectRoot);
  if (!packageDir) return null;
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distRoot = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const executable = path.join(distRoot, relative);
  return existsSync(executable) ? executable : null;
}

/**
 * Runs the Electron package's own downloader (what `npx install-electron` runs).
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
export function downloadElectronBinary(projectRoot) {
  const packageDir = electronPackageDir(projectRoot);
  if (!packageDir) return Promise.resolve({ ok: false, reason: 'npm install har inte körts / npm install has not been run' });
  return new Promise((resolve) => {
    // Its stack trace on failure says nothing a user can act on; the first line names the cause.
    const child = spawn(process.execPath, [path.join(packageDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', (error) => resolve({ ok: false, reason: error.message }));
    child.on('exit', (code) => resolve(code === 0 ? { ok: true } : { ok: false, reason: errors.trim().split('\n')[0] || `kod ${code}` }));
  });
}

/**
 * The binary, fetched first if it is missing; null (having said why) when it cannot be had.
 * ELECTRON_SKIP_BINARY_DOWNLOAD, set on machines that cannot reach Electron's server, means: do not try.
 * @param {{ find: () => string | null, download: () => Promise<{ ok: true } | { ok: false, reason: string }>, skipDownload: boolean, report: (message: string) => void, missing: (reason: string) => string }} steps
 * @returns {Promise<string | null>}
 */
export async function ensureElectronBinary({ find, download, skipDownload, report, missing }) {
  const found = find();
  if (found) return found;
  if (skipDownload) {
    report(missing('ELECTRON_SKIP_BINARY_DOWNLOAD=1'));
    return null;
  }
  report(fetchingElectronMessage);
  const fetched = await download();
  const after = fetched.ok ? find() : null;
  if (!after) report(missing(fetched.ok ? 'install.js' : fetched.reason));
  return after;
}

export const fetchingElectronMessage =
  'Hämtar Electron-programmet från Electrons nedladdningsserver (första gången) …\n' +
  'Fetching the Electron binary from Electron’s download server (first time only) …';

/** What `npm start` says when Electron cannot be had, naming the cause. */
export const missingElectronMessage = (reason) => `
Electron-programmet saknas på den här datorn och kunde inte hämtas (${reason}),
så Målsamtal kan inte startas som skrivbordsapp. Med internetanslutning: kör "npm start" igen
(eller "npx install-electron"). Utan: använd webbläsarskalet, "npm run web".

The Electron binary is missing on this machine and could not be fetched (${reason}),
so Målsamtal cannot start as a desktop app. With an internet connection: run "npm start" again
(or "npx install-electron"). Without one: use the browser shell, "npm run web".
`;
