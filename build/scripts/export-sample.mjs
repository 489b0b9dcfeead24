// `npm run export:sample -- OUTDIR`: every export format from the example meeting, for anyone to open and inspect.
import path from 'node:path';
import { withTypeScriptModule } from './importTypeScript.mjs';

const outDir = path.resolve(process.argv[2] ?? 'export-sample');
const written = await withTypeScriptModule('build/scripts/exportSample.ts', ({ exportSample }) => exportSample(outDir));
for (const name of written) console.log(path.join(outDir, name));
