// `npm run export:sample -- OUTDIR`: every export format from the example meeting, for anyone to open and inspect.
// Node 20 runs no TypeScript, so esbuild bundles the writer first (dependencies stay in node_modules).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const outDir = path.resolve(process.argv[2] ?? 'export-sample');
const root = path.resolve(import.meta.dirname, '../..');
// Inside the project, so the bundle's imports resolve from its node_modules.
const cache = path.join(root, 'node_modules', '.cache');
await mkdir(cache, { recursive: true });
const work = await mkdtemp(path.join(cache, 'malsamtal-sample-'));
try {
  const outfile = path.join(work, 'exportSample.mjs');
  await build({
    entryPoints: [path.join(root, 'build/scripts/exportSample.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const { exportSample } = await import(pathToFileURL(outfile).href);
  const written = await exportSample(outDir, path.join(root, 'node_modules/dejavu-fonts-ttf/ttf'));
  for (const name of written) console.log(path.join(outDir, name));
} finally {
  await rm(work, { recursive: true, force: true });
}
