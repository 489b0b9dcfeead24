// `npm run bench`: builds the renderer, then measures it in Debian's Chromium and prints one JSON line per figure.
// The benchmark is TypeScript beside the tests; esbuild bundles it for Node, leaving packages external.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { runNpmScript } from './run.mjs';

await runNpmScript('build:renderer');
const outfile = 'dist/bench/main.mjs';
await build({
  entryPoints: ['tests/bench/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
