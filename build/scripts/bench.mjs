// `npm run bench`: builds the renderer, then measures it in Debian's Chromium and prints one JSON line per figure.
// The benchmark is TypeScript beside the tests, bundled for Node; it lives two folders deep, as tests/bench/ does,
// so that the test support's paths relative to the project hold.
import { pathToFileURL } from 'node:url';
import { bundleTypeScript } from './importTypeScript.mjs';
import { runNpmScript } from './run.mjs';

await runNpmScript('build:renderer');
const outfile = 'dist/bench/main.mjs';
await bundleTypeScript('tests/bench/main.ts', outfile);
await import(pathToFileURL(outfile).href);
