// Bundles the main process and the two preloads (the main window's and the projector's) into dist/electron. The
// preloads run sandboxed, where only `electron` can be required, so all are bundled whole with `electron` left external.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { thirdPartyNotices } from './thirdPartyNotices.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  // Smaller to read at every start: the main process parses all of it before the window opens.
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/projectorPreload.ts'], outfile: 'dist/electron/projectorPreload.cjs' }),
]);
// The libraries' licences, which the bundles leave out, travel with the installers (electron-builder.yml).
writeFileSync('dist/THIRD-PARTY-NOTICES.txt', thirdPartyNotices(process.cwd()));
