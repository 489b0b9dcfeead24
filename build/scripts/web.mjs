// `npm run web`: builds the renderer and serves it as the browser shell on 127.0.0.1.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTypeScriptModule } from './importTypeScript.mjs';
import { runNpmScript } from './run.mjs';

const root = path.resolve(fileURLToPath(new URL('../../dist/renderer', import.meta.url)));
const port = Number(process.env.PORT ?? 5180);

await runNpmScript('build:renderer');
// The server shares its path guard with the Electron shell (shared/security/staticFiles.ts), so it is TypeScript too.
const { url } = await withTypeScriptModule('build/scripts/staticServer.ts', ({ startStaticServer }) => startStaticServer({ root, port }));
console.log(`\nMålsamtal körs i webbläsarskalet: ${url}`);
console.log(`Målsamtal is running in the browser shell: ${url}`);
console.log('Öppna adressen i Chromium, Chrome, Edge eller Firefox. Avsluta med Ctrl+C.\n');
