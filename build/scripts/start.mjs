// `npm start`: builds the app and opens it in Electron, or says plainly why it cannot.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, missingElectronMessage } from './electronBinary.mjs';
import { runNpmScript } from './run.mjs';

const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const electron = findElectronBinary(projectRoot);
if (!electron) {
  console.error(missingElectronMessage);
  process.exit(1);
}

await runNpmScript('build');
const child = spawn(electron, [projectRoot], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
