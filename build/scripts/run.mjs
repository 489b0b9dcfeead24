// Runs an npm script of this project and resolves when it succeeds.
import { spawn } from 'node:child_process';

export function runNpmScript(name) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', name], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run ${name} avslutades med kod ${code}`))));
  });
}
