// Node 20 runs no TypeScript: esbuild bundles an entry (dependencies stay in node_modules) and we import the result.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Bundles a TypeScript entry of the project into one ES module for Node; packages stay in node_modules. */
export async function bundleTypeScript(entry, outfile) {
  await build({
    entryPoints: [path.join(projectRoot, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

/** Imports a TypeScript module of the project; `use` runs before the bundle is removed again. */
export async function withTypeScriptModule(entry, use) {
  // Inside the project, so the bundle's imports resolve from its node_modules.
  const cache = path.join(projectRoot, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const work = await mkdtemp(path.join(cache, 'malsamtal-ts-'));
  try {
    const outfile = path.join(work, 'module.mjs');
    await bundleTypeScript(entry, outfile);
    return await use(await import(pathToFileURL(outfile).href));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
