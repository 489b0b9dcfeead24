// `npm run dist`: builds the installers of the current platform, or says plainly why it cannot,
// before building anything.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadElectronBinary, ensureElectronBinary, findElectronBinary } from './electronBinary.mjs';
import { runNpmScript } from './run.mjs';

export const missingElectronForDistMessage = (reason) => `
Installationsprogrammen kan inte byggas: Electron-programmet saknas på den här datorn och kunde inte hämtas
(${reason}). electron-builder packar Målsamtal med just det programmet (electronDist i electron-builder.yml).
Kör "npm run dist" igen med internetanslutning (eller först "npx install-electron"). Ingenting har byggts.

The installers cannot be built: the Electron binary is missing on this machine and could not be fetched
(${reason}). electron-builder packages Målsamtal with that very binary (electronDist in electron-builder.yml).
Run "npm run dist" again with an internet connection (or "npx install-electron" first). Nothing has been built.
`;

/**
 * Makes sure of Electron first (fetching it if need be), then builds the app, then the installers.
 * @param {{ ensureElectron: () => Promise<string | null>, buildApp: () => Promise<void>, buildInstallers: () => Promise<number> }} steps
 * @returns {Promise<number>} the exit code
 */
export async function dist({ ensureElectron, buildApp, buildInstallers }) {
  if (!(await ensureElectron())) return 1;
  await buildApp();
  return buildInstallers();
}

function runElectronBuilder(projectRoot) {
  // Node runs the builder's own CLI: no shell, so a project under "C:\Users\Anna Svensson" works as well.
  const cli = path.join(projectRoot, 'node_modules', 'electron-builder', 'cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--config', 'electron-builder.yml', '--publish', 'never'], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
  process.exitCode = await dist({
    ensureElectron: () =>
      ensureElectronBinary({
        find: () => findElectronBinary(projectRoot),
        download: () => downloadElectronBinary(projectRoot),
        skipDownload: Boolean(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD),
        report: (message) => console.error(message),
        missing: missingElectronForDistMessage,
      }),
    buildApp: () => runNpmScript('build'),
    buildInstallers: () => runElectronBuilder(projectRoot),
  });
}
