// `npm run bench`: speed of the export writers as JSON lines, for a later benchmark to collect; no pass or fail.
import path from 'node:path';
import { projectRoot, withTypeScriptModule } from './importTypeScript.mjs';

const lines = await withTypeScriptModule('bench/exportBench.ts', ({ runExportBench }) =>
  runExportBench(path.join(projectRoot, 'node_modules/dejavu-fonts-ttf/ttf')),
);
for (const line of lines) console.log(line);
