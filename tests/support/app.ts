import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { startStaticServer, type ServedRequest } from '../../build/scripts/staticServer';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const rendererRoot = path.join(projectRoot, 'dist', 'renderer');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Debian's Chromium quiet on a machine with no network, and let it run as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface BrowserShell {
  url: string;
  /** A profile folder that outlives each browser start, as a user's disk does. */
  profileDir: string;
  /** Every request the server answered, with its status: what the browser fetched that no page event reports. */
  served: readonly ServedRequest[];
  /** Starts Chromium on the profile and opens the app; every request the page makes is recorded. */
  open: () => Promise<RunningApp>;
  dispose: () => Promise<void>;
}

export interface RunningApp {
  context: BrowserContext;
  page: Page;
  requests: Request[];
  /** Every breach of the app's Content-Security-Policy in any window of the context, one readable line each. */
  cspViolations: string[];
  close: () => Promise<void>;
}

const cspBinding = '__malsamtalCspViolation';

/**
 * Records every `securitypolicyviolation` in every page the context opens, projector windows included: the browser
 * only warns in its console when it blocks a style or an eval, so nothing else would tell a test.
 */
async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding(cspBinding, ({ page }, line: string) => {
    violations.push(`${page.url()}: ${line}`);
  });
  // Init scripts and bindings go through the DevTools protocol, which the page's CSP does not govern.
  await context.addInitScript((binding) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
        const report = (window as unknown as Record<string, (line: string) => void>)[binding]!;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || '(no URI)'}${where}`);
      },
      true,
    );
  }, cspBinding);
  return violations;
}

/** Lets every open window pass on a violation it has queued but not yet reported, before the browser closes. */
async function settleCspReports(context: BrowserContext): Promise<void> {
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  await Promise.all(context.pages().map((page) => page.evaluate(nextTask).catch(() => undefined)));
}

/** Serves the built renderer (run `npm run build:renderer` first) the way `npm run web` does. */
export async function startBrowserShell(): Promise<BrowserShell> {
  const server = await startStaticServer({ root: rendererRoot, port: 0 });
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'malsamtal-profile-'));
  return {
    url: server.url,
    profileDir,
    served: server.served,
    open: async () => {
      const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: chromiumArgs,
        locale: 'sv-SE',
        timezoneId: 'Europe/Stockholm',
        viewport: { width: 1280, height: 800 },
      });
      const requests: Request[] = [];
      context.on('request', (request) => requests.push(request));
      const cspViolations = await recordCspViolations(context);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      return { context, page, requests, cspViolations, close: () => context.close() };
    },
    dispose: async () => {
      await server.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.1 A and AA; returns what it finds. */
export async function findAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
  });
}

/** A readable line per violation, so a failing test says what a screen-reader user would meet. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

/**
 * Opens the app, runs the steps, and closes the browser whatever happens, as a user quitting would. Fails the test
 * when any window breached the app's Content-Security-Policy, since the user would have lost what was blocked.
 */
export async function withApp<T>(shell: BrowserShell, steps: (app: RunningApp) => Promise<T>): Promise<T> {
  const app = await shell.open();
  let result: T;
  try {
    result = await steps(app);
    await settleCspReports(app.context);
  } finally {
    await app.close();
  }
  if (app.cspViolations.length > 0) {
    throw new Error(`The page broke its own Content-Security-Policy:\n${app.cspViolations.join('\n')}`);
  }
  return result;
}
