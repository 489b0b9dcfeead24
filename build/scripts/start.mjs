// `npm start`: builds the app and opens it in Electron, fetching Electron first if it is missing,
// or says plainly why it cannot.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadElectronBinary, ensureElectronBinary, findElectronBinary, missingElectronMessage } from './electronBinary.mjs';
import { runNpmScript } from './run.mjs';

const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const electron = await ensureElectronBinary({
  find: () => findElectronBinary(projectRoot),
  download: () => downloadElectronBinary(projectRoot),
  skipDownload: Boolean(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD),
  report: (message) => console.error(message),
  missing: missingElectronMessage,
});
if (!electron) process.exit(1);

await runNpmScript('build');
const child = spawn(electron, [projectRoot], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
