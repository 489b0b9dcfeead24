// The browser shell's server: the built renderer on 127.0.0.1 only, nothing else.
// The page carries its Content-Security-Policy in a meta element (see vite.config.ts).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { staticContentType, staticFilePath } from '../../shared/security/staticFiles';

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-cache',
};

/** The file a request target names inside root, or null when it is not plainly a file there. */
export function resolveInside(root: string, requestTarget: string): string | null {
  // Only a path, as a browser sends it: "//host/x" would otherwise read as another host, "http://…" as a proxy request.
  if (!requestTarget.startsWith('/')) return null;
  let pathname: string;
  try {
    pathname = new URL(`http://127.0.0.1${requestTarget}`).pathname;
  } catch {
    return null;
  }
  const relative = staticFilePath(pathname);
  return relative === null ? null : path.join(root, relative);
}

/** One request the server answered: what was asked for and the status it got. */
export interface ServedRequest {
  path: string;
  status: number;
}

export interface StaticServer {
  url: string;
  /** Every request answered so far, in order: tests see what the browser asked for, favicon included. */
  served: readonly ServedRequest[];
  close: () => Promise<void>;
}

/** Starts serving `root` on 127.0.0.1. Port 0 picks a free port. */
export async function startStaticServer({ root, port = 0 }: { root: string; port?: number }): Promise<StaticServer> {
  const served: ServedRequest[] = [];
  const server = createServer(async (request, response) => {
    const requestTarget = request.url ?? '/';
    const file = request.method === 'GET' || request.method === 'HEAD' ? resolveInside(root, requestTarget) : null;
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      served.push({ path: requestTarget, status: 404 });
      response.writeHead(404, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' }).end('Hittades inte');
      return;
    }
    served.push({ path: requestTarget, status: 200 });
    response.writeHead(200, {
      ...securityHeaders,
      'content-type': staticContentType(file),
      'content-length': info.size,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
