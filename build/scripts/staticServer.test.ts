import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveAppFile } from '../../electron/appProtocol';
import * as staticFiles from '../../shared/security/staticFiles';
import { resolveInside, startStaticServer, type StaticServer } from './staticServer';

vi.mock('../../shared/security/staticFiles', { spy: true });

/** A GET with the request target sent exactly as written: a client would tidy "/../" away before it left. */
function get(server: StaticServer, target: string): Promise<{ status: number; type: string | undefined; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const urlPaths = [
  '/',
  '/index.html',
  '/assets/index-abc.js',
  '/assets/DejaVu-LICENSE.txt',
  '/M%C3%A5l.svg',
  '/../secret.txt',
  '/%2e%2e/secret.txt',
  '/assets/..%2f..%2fsecret.txt',
  '/assets%5c..%5c..%5csecret.txt',
  '/index.html%00.js',
  '//etc/passwd',
  '/C:/secret.txt',
  '/.hidden',
  '/assets/nul.js',
  `/${'a/'.repeat(600)}x.js`,
];

describe('the browser shell and the Electron app protocol guard their files alike', () => {
  let folder: string;
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'malsamtal-static-'));
    root = path.join(folder, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Målsamtal</title>');
    writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {};');
    writeFileSync(path.join(root, 'assets', 'DejaVu-LICENSE.txt'), 'Bitstream Vera');
    writeFileSync(path.join(folder, 'secret.txt'), 'hemlig');
    server = await startStaticServer({ root });
  });
  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it.each(urlPaths)('both shells give the same answer for %s', (urlPath) => {
    expect(resolveInside(root, urlPath)).toBe(resolveAppFile(root, `app://malsamtal${urlPath}`));
  });

  it('both shells ask the one shared guard, and the server the one content-type table', async () => {
    vi.mocked(staticFiles.staticFilePath).mockClear();
    resolveAppFile(root, 'app://malsamtal/assets/index-abc.js');
    expect(staticFiles.staticFilePath).toHaveBeenLastCalledWith('/assets/index-abc.js');
    resolveInside(root, '/assets/index-abc.js?v=2');
    expect(staticFiles.staticFilePath).toHaveBeenLastCalledWith('/assets/index-abc.js');

    vi.mocked(staticFiles.staticContentType).mockClear();
    await get(server, '/assets/DejaVu-LICENSE.txt');
    expect(staticFiles.staticContentType).toHaveBeenCalledWith(path.join(root, 'assets', 'DejaVu-LICENSE.txt'));
  });

  it('serves the page and its files with their content types', async () => {
    await expect(get(server, '/')).resolves.toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    await expect(get(server, '/assets/index-abc.js?v=1')).resolves.toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    await expect(get(server, '/assets/DejaVu-LICENSE.txt')).resolves.toMatchObject({ status: 200, body: 'Bitstream Vera' });
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets%5c..%5csecret.txt', '/%00', '//secret.txt'])(
    'answers 404 over HTTP for %s and never sends the file outside',
    async (target) => {
      const response = await get(server, target);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('hemlig');
    },
  );

  it('records what it answered, so a test can see a request no page event reports', async () => {
    await get(server, '/favicon.ico');
    expect(server.served.at(-1)).toEqual({ path: '/favicon.ico', status: 404 });
  });
});
