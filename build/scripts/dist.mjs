// `npm run dist`: builds the installers of the current platform, or says plainly why it cannot,
// before building anything.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary.mjs';
import { runNpmScript } from './run.mjs';

export const missingElectronForDistMessage = `
Installationsprogrammen kan inte byggas: Electron-programmet saknas på den här datorn.
electron-builder packar Målsamtal med Electron, som "npm install" hämtar från Electrons nedladdningsserver
(inte när ELECTRON_SKIP_BINARY_DOWNLOAD är satt). Kör "npm install" igen med internetanslutning och sedan "npm run dist".
Ingenting har byggts.

The installers cannot be built: the Electron binary is missing on this machine.
electron-builder packages Målsamtal with Electron, which "npm install" downloads from Electron's download server
(not when ELECTRON_SKIP_BINARY_DOWNLOAD is set). Run "npm install" again with an internet connection, then "npm run dist".
Nothing has been built.
`;

/**
 * Checks for Electron first, then builds the app, then the installers.
 * @param {{ findElectron: () => string | null, buildApp: () => Promise<void>, buildInstallers: () => Promise<number>, report: (message: string) => void }} steps
 * @returns {Promise<number>} the exit code
 */
export async function dist({ findElectron, buildApp, buildInstallers, report }) {
  if (!findElectron()) {
    report(missingElectronForDistMessage);
    return 1;
  }
  await buildApp();
  return buildInstallers();
}

function runElectronBuilder(projectRoot) {
  const cli = path.join(projectRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
  return new Promise((resolve, reject) => {
    const child = spawn(cli, ['--config', 'electron-builder.yml', '--publish', 'never'], {
      cwd: projectRoot,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
  process.exitCode = await dist({
    findElectron: () => findElectronBinary(projectRoot),
    buildApp: () => runNpmScript('build'),
    buildInstallers: () => runElectronBuilder(projectRoot),
    report: (message) => console.error(message),
  });
}
