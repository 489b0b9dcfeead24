import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startBrowserShell, withApp } from '../support/app';
import { runCompileBench } from './compileBench';
import { runDocumentBench } from './documentBench';
import { runExportBench } from './exportBench';
import { importFiftyAnswers } from './importBench';
import { median, percentile, report } from './metrics';
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

async function startupAndSearchWith500Meetings(): Promise<{ startup: number[]; search: number[] }> {
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
      // A word across all notes and comments; the first search reads the index and is not counted.
      const box = page.getByRole('searchbox', { name: 'Sök i möten, anteckningar och kommentarer' });
      const count = page.locator('.meeting-search .count');
      const searches: number[] = [];
      for (const [run, word] of ['trygghet', 'landsbygdens', 'resurserna', 'uppföljningen', 'samverkan', 'Anteckning 2'].entries()) {
        await box.fill('');
        const started = performance.now();
        await box.fill(word);
        await count.filter({ hasText: /träff/ }).waitFor();
        if (run > 0) searches.push(performance.now() - started);
      }
      return { startup: timings, search: searches };
    });
  } finally {
    await shell.dispose();
  }
}

/**
 * The secretary types into a note that already holds 20,000 characters: from each key press to the character
 * painted, and to the text committed in IndexedDB, both timed inside the page.
 */
async function keystrokesInALongNote(): Promise<{ paint: number[]; durable: number[]; heapMb: number }> {
  const shell = await startBrowserShell();
  try {
    return await withApp(shell, async ({ page }) => {
      const meetingId = await startMeeting(page);
      // A whole meeting's worth of steps, each with a note, before the long note.
      for (;;) {
        await page.getByRole('textbox', { name: 'Ny anteckning' }).focus();
        await page.keyboard.type(`Anteckning under ${await page.locator('#step-title').innerText()}: nämnden diskuterar ambitionsnivån.`);
        if (await page.getByRole('button', { name: 'Nästa punkt →' }).isDisabled()) break;
        const before = await page.locator('#step-title').innerText();
        await page.keyboard.press('Alt+ArrowRight');
        // The next step is on screen before its open field is looked for.
        await page.waitForFunction((title) => document.querySelector('#step-title')?.textContent !== title, before);
      }
      await page.getByRole('button', { name: /^Inledning/ }).click();
      await page.getByRole('region', { name: 'Anteckningar – Inledning' }).waitFor();
      // The open field begins the long note; the caret stays in it once it is a note.
      await page.getByRole('textbox', { name: 'Ny anteckning' }).fill('Lång anteckning. '.repeat(1_200).slice(0, 20_000));
      await page.evaluate((id) => {
        // Each typed character: when its key went down (or, for a character typed without a key event, when it arrived),
        // when the page had painted it, and when IndexedDB held it.
        const state = { typed: [] as { at: number; length: number; painted?: number; durable?: number }[] };
        (window as unknown as { bench: typeof state }).bench = state;
        const textarea = document.activeElement as HTMLTextAreaElement;
        if (!textarea.value.startsWith('Lång anteckning.')) throw new Error('The long note does not have the focus');
        let keyDownAt: number | null = null;
        textarea.addEventListener('keydown', () => (keyDownAt = performance.now()), { capture: true });
        textarea.addEventListener('input', () => {
          const entry: { at: number; length: number; painted?: number; durable?: number } = {
            at: keyDownAt ?? performance.now(),
            length: textarea.value.length,
          };
          keyDownAt = null;
          state.typed.push(entry);
          requestAnimationFrame(() => setTimeout(() => (entry.painted = performance.now())));
        });
        const request = indexedDB.open('malsamtal');
        request.onsuccess = () => {
          const database = request.result;
          const poll = () => {
            const read = database.transaction('notes').objectStore('notes').index('meetingId').getAll(id);
            read.onsuccess = () => {
              // The long note is the one that starts as it was filled; its stored length shows what is on disk.
              const stored = (read.result as { text: string }[]).filter((note) => note.text.startsWith('Lång anteckning.'));
              const longest = Math.max(0, ...stored.map((note) => note.text.length));
              const now = performance.now();
              for (const entry of state.typed) if (entry.durable === undefined && longest >= entry.length) entry.durable = now;
              setTimeout(poll, 5);
            };
          };
          poll();
        };
      }, meetingId);
      for (const character of 'nämnden vill höja nivån för mål två och tre, åäö') {
        await page.keyboard.type(character);
        await page.waitForTimeout(60);
      }
      await page.waitForTimeout(1_500);
      const typed = await page.evaluate(
        () => (window as unknown as { bench: { typed: { at: number; painted?: number; durable?: number }[] } }).bench.typed,
      );
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return {
        paint: typed.flatMap((entry) => (entry.painted === undefined ? [] : [entry.painted - entry.at])),
        // A character never stored within the wait counts as the whole wait: lost text must show in the figure.
        durable: typed.map((entry) => (entry.durable ?? entry.at + 1_500) - entry.at),
        heapMb: heap.usedSize / (1024 * 1024),
      };
    });
  } finally {
    await shell.dispose();
  }
}

/** Starts a meeting through the UI, as the chair does, and returns its id. */
async function startMeeting(page: Page): Promise<string> {
  await page.getByRole('textbox', { name: 'Nämnd eller styrelse' }).fill('Benchnämnden');
  // Today's date, so no question about it: the new meeting's preparation opens at once.
  await page.getByRole('button', { name: 'Skapa möte' }).click();
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await page.locator('#step-title').getByText('Inledning').waitFor();
  return decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
}

/**
 * Arms the projector page to note, by its own clock, the moment an element shows the text (all of it, or containing
 * it), so the figure counts Chromium's work and not Playwright's round trips.
 */
async function watchProjector(projector: Page, target: { selector: string; text: string; exact: boolean }): Promise<void> {
  await projector.evaluate(({ selector, text, exact }) => {
    const shown = () => {
      const content = document.querySelector(selector)?.textContent ?? '';
      return exact ? content === text : content.includes(text);
    };
    (window as unknown as { shownAt: Promise<number> }).shownAt = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        resolve(Date.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, target);
}

const shownOnProjector = (projector: Page): Promise<number> =>
  projector.evaluate(() => (window as unknown as { shownAt: Promise<number> }).shownAt);

/**
 * From the chair's key press on the laptop's page to the projector's page showing the new step, through the
 * shared IndexedDB and Dexie's cross-window notification. Both ends are stamped inside the browser (one wall clock
 * for both pages), so Playwright's own round trips are not counted.
 */
async function projectorSync(): Promise<number[]> {
  const shell = await startBrowserShell();
  try {
    return await withApp(shell, async ({ context, page }) => {
      const meetingId = await startMeeting(page);
      const projector = await context.newPage();
      await projector.goto(`${shell.url}#/projektor/${encodeURIComponent(meetingId)}`);
      await projector.getByRole('heading', { level: 1, name: 'Inledning' }).waitFor();
      const steps = ['Övergripande dialog', 'Inledning'];
      const timings: number[] = [];
      for (let run = 0; run < RUNS * 2 + 3; run += 1) {
        const expected = steps[run % 2]!;
        await watchProjector(projector, { selector: 'h1', text: expected, exact: true });
        const pressedAt = await page.evaluate(
          (key) => {
            const at = Date.now();
            window.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, altKey: true, bubbles: true }));
            return at;
          },
          run % 2 === 0 ? 'ArrowRight' : 'ArrowLeft',
        );
        const shownAt = await shownOnProjector(projector);
        await page.locator('#step-title').getByText(expected).waitFor();
        // The first runs warm Chromium's caches and Dexie's queries and are not counted.
        if (run >= 3) timings.push(shownAt - pressedAt);
      }
      return timings;
    });
  } finally {
    await shell.dispose();
  }
}

/**
 * From the secretary's key press in a projected draft on the laptop's page to the projector's page showing the
 * character: the live draft over the meeting's BroadcastChannel, ahead of the autosave. Stamped inside the browser
 * on one wall clock, as projector_sync_ms is.
 */
async function projectorDraft(): Promise<number[]> {
  const shell = await startBrowserShell();
  try {
    return await withApp(shell, async ({ context, page }) => {
      const meetingId = await startMeeting(page);
      await page.getByRole('button', { name: /^Övergripande kommentar och beslut/ }).click();
      const draft = page.getByRole('textbox', { name: 'Utkast till kommentar – Övergripande kommentar' });
      await draft.fill('Nämnden ');
      await page.keyboard.press('Alt+p');
      const projector = await context.newPage();
      await projector.goto(`${shell.url}#/projektor/${encodeURIComponent(meetingId)}`);
      await projector.getByRole('heading', { level: 2, name: 'Utkast – Övergripande kommentar' }).waitFor();
      await projector.locator('.projector-text').getByText('Nämnden').waitFor();
      await draft.press('End');
      await page.evaluate(() => {
        const stamps: number[] = [];
        (window as unknown as { keyAt: number[] }).keyAt = stamps;
        window.addEventListener('keydown', () => stamps.push(Date.now()), { capture: true });
      });
      let typed = 'Nämnden ';
      const timings: number[] = [];
      for (const [run, character] of [...'vill höja nivån för alla mål'].entries()) {
        typed += character;
        await watchProjector(projector, { selector: '.projector-text', text: typed, exact: false });
        await page.keyboard.type(character);
        const shownAt = await shownOnProjector(projector);
        const pressedAt = await page.evaluate(() => (window as unknown as { keyAt: number[] }).keyAt.at(-1)!);
        // The first characters warm Chromium's caches and the channel and are not counted.
        if (run >= 3) timings.push(shownAt - pressedAt);
      }
      return timings;
    });
  } finally {
    await shell.dispose();
  }
}

report({ metric: 'initial_js_gzip_kb', value: await initialJavaScriptGzipKb(), unit: 'KiB', target: 250 });
const withMeetings = await startupAndSearchWith500Meetings();
report({ metric: 'startup_ms', value: median(withMeetings.startup), unit: 'ms', target: 500 });
report({ metric: 'search_ms', value: median(withMeetings.search), unit: 'ms', target: 50 });
const typing = await keystrokesInALongNote();
report({ metric: 'keystroke_paint_p95_ms', value: percentile(typing.paint, 95), unit: 'ms', target: 16 });
report({ metric: 'keystroke_durable_p95_ms', value: percentile(typing.durable, 95), unit: 'ms', target: 50 });
report({ metric: 'heap_mb', value: typing.heapMb, unit: 'MB', target: 80 });
for (const metric of await runExportBench()) report(metric);
report({ metric: 'projector_sync_ms', value: median(await projectorSync()), unit: 'ms', target: 100 });
report({ metric: 'projector_draft_ms', value: median(await projectorDraft()), unit: 'ms', target: 100 });
report(await runCompileBench());
report({ metric: 'import_50_answers_ms', value: median(await importFiftyAnswers(RUNS)), unit: 'ms', target: 2000 });
report(await runDocumentBench());
