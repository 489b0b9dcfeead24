// `npm run security`: Doyensec's Electronegativity over the main process and the preloads, on every npm test.
// Every finding must be explained in electron/electronegativity.accepted.json, by its check, its file and the code it
// points at (see electronegativityAcceptance.mjs); an unexplained finding, or an explanation that no longer matches as
// many findings as it counts, fails the run. Test files are left out: they build fake windows.
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { codeOf, judgeFindings } from './electronegativityAcceptance.mjs';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const projectRoot = path.resolve(import.meta.dirname, '../..');
const electronDir = path.join(projectRoot, 'electron');
const { version: electronVersion } = JSON.parse(await readFile(path.join(projectRoot, 'node_modules/electron/package.json'), 'utf8'));
const { accepted } = JSON.parse(await readFile(path.join(electronDir, 'electronegativity.accepted.json'), 'utf8'));

const scanDir = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-electronegativity-'));
try {
  for (const name of await readdir(electronDir)) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) await copyFile(path.join(electronDir, name), path.join(scanDir, name));
  }
  const result = await run({
    input: scanDir,
    electronVersionOverride: electronVersion,
    // This check downloads Electron's release list; the machines it runs on have no internet.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file === 'N/A' ? 'N/A' : path.basename(issue.file),
    line: issue.location?.line ?? 0,
    code: codeOf(issue.sample),
  }));
  const { unexplained, stale, problems } = judgeFindings(findings, accepted);

  console.log(`Electronegativity ${electronVersion}: ${findings.length} findings, ${findings.length - unexplained.length} explained.`);
  for (const finding of unexplained)
    console.error(`  not explained: ${finding.check} in electron/${finding.file}:${finding.line}: ${finding.code ?? ''}`);
  for (const entry of stale)
    console.error(
      `  explained ${entry.count ?? 1} time(s) but found ${entry.found} (update it): ${entry.check} in ${entry.file}: ${entry.code ?? ''}`,
    );
  for (const problem of problems) console.error(`  ${problem}`);
  if (result.errors?.length)
    for (const error of result.errors) console.error(`  could not scan: ${error.file ?? ''} ${error.message ?? error}`);
  process.exitCode = unexplained.length > 0 || stale.length > 0 || problems.length > 0 || result.errors?.length ? 1 : 0;
} finally {
  await rm(scanDir, { recursive: true, force: true });
}
