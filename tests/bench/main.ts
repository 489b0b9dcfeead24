import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startBrowserShell, withApp } from '../support/app';
import { runCompileBench } from './compileBench';
import { runExportBench } from './exportBench';
import { median, report } from './metrics';
import { seedRows, type SeedRows } from './seedData';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const rendererRoot = path.join(projectRoot, 'dist', 'renderer');
const RUNS = 5;

/** Writes the rows straight into the app's IndexedDB, beside the app's own open connection. */
async function seed(page: Page, rows: SeedRows): Promise<void> {
  await page.evaluate(async (data) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('malsamtal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = database.transaction(['meetings', 'comments', 'notes'], 'readwrite');
    for (const meeting of data.meetings) tx.objectStore('meetings').put(meeting);
    for (const comment of data.comments) tx.objectStore('comments').put(comment);
    for (const note of data.notes) tx.objectStore('notes').put(note);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    database.close();
  }, rows);
}

/** JavaScript the first screen loads before anything else: the entry script and what it preloads, gzipped. */
async function initialJavaScriptGzipKb(): Promise<number> {
  const html = await readFile(path.join(rendererRoot, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
  let bytes = 0;
  for (const source of sources) bytes += gzipSync(await readFile(path.join(rendererRoot, source.replace(/^\//, '')))).byteLength;
  return bytes / 1024;
}

async function startupWith500Meetings(): Promise<number[]> {
  const shell = await startBrowserShell();
  try {
    return await withApp(shell, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
      const rows = seedRows(500);
      await seed(page, rows);
      const timings: number[] = [];
      for (let run = 0; run <= RUNS; run += 1) {
        const started = performance.now();
        await page.reload();
        await page.getByRole('list', { name: 'Alla möten' }).getByRole('listitem').nth(499).waitFor();
        await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).focus();
        // The first run warms Chromium's caches and is not counted.
        if (run > 0) timings.push(performance.now() - started);
      }
      return timings;
    });
  } finally {
    await shell.dispose();
  }
}

report({ metric: 'initial_js_gzip_kb', value: await initialJavaScriptGzipKb(), unit: 'KiB', target: 250 });
report({ metric: 'startup_ms', value: median(await startupWith500Meetings()), unit: 'ms', target: 500 });
for (const metric of await runExportBench(path.join(projectRoot, 'node_modules/dejavu-fonts-ttf/ttf'))) report(metric);
report(await runCompileBench());
