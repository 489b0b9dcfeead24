import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/appOrigin';
import { contentSecurityPolicy } from '../shared/security/csp';
import { staticContentType, staticFilePath } from '../shared/security/staticFiles';

/** Must run before the app is ready: makes app:// a secure, standard origin with its own storage. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** The file under `root` that an app:// URL names, or null for anything outside it or not ours. */
export function resolveAppFile(root: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const relative = staticFilePath(url.pathname);
  return relative === null ? null : path.join(root, relative);
}

export type ReadFile = (file: string) => Promise<Uint8Array>;

/** Serves the built renderer on app://malsamtal, with the CSP on every response. */
export function createAppRequestHandler(root: string, readFile: ReadFile): (request: Request) => Promise<Response> {
  const securityHeaders = {
    'content-security-policy': contentSecurityPolicy('header'),
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
  };
  return async (request) => {
    const file = resolveAppFile(root, request.url);
    if (!file || request.method !== 'GET') return new Response('Not found', { status: 404, headers: securityHeaders });
    try {
      const body = await readFile(file);
      return new Response(body as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: { ...securityHeaders, 'content-type': staticContentType(file) },
      });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders });
    }
  };
}
