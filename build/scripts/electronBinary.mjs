// Finds the Electron binary that `npm install` downloads, without triggering a download:
// requiring the `electron` package would try to fetch it, and hang on a machine with no internet.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** @returns {string | null} the executable's path, or null when it is not installed */
export function findElectronBinary(projectRoot) {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(path.join(projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distRoot = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const executable = path.join(distRoot, relative);
  return existsSync(executable) ? executable : null;
}

export const missingElectronMessage = `
Electron-programmet saknas på den här datorn, så Målsamtal kan inte startas som skrivbordsapp.
Det hämtas av "npm install" (utan ELECTRON_SKIP_BINARY_DOWNLOAD) från Electrons nedladdningsserver.
Kör "npm install" igen med internetanslutning, eller använd webbläsarskalet: npm run web

The Electron binary is missing on this machine, so Målsamtal cannot start as a desktop app.
"npm install" downloads it (unless ELECTRON_SKIP_BINARY_DOWNLOAD is set) from Electron's download server.
Run "npm install" again with an internet connection, or use the browser shell: npm run web
`;
