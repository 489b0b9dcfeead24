import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from './app';

export interface KillableApp {
  page: Page;
  /** Ends Chromium and every process it started at once, with SIGKILL: no unload, no flush, as when a laptop dies. */
  kill: () => void;
  /** Waits until every process of that Chromium is gone, so the next start finds the profile free. */
  exited: Promise<void>;
}

/**
 * Starts Debian's Chromium ourselves on a profile, in its own process group, and drives it over the DevTools protocol:
 * Playwright's own launch would close the browser gracefully, which is exactly what this must not do.
 */
export async function startKillableApp(profileDir: string, url: string): Promise<KillableApp> {
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...chromiumArgs, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profileDir}`, 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools address:\n${output}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', () => reject(new Error(`Chromium exited before it listened:\n${output}`)));
  });
  const browser: Browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return {
    page,
    kill: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    },
    exited,
  };
}
