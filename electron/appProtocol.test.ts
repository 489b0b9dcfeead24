import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../shared/security/csp';
import { createAppRequestHandler, registerAppScheme, resolveAppFile } from './appProtocol';

const root = path.resolve('/opt/malsamtal/dist/renderer');

describe('resolveAppFile', () => {
  it('maps the app’s URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://malsamtal/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://malsamtal/assets/index-abc.js?v=1')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://malsamtal/M%C3%A5l.svg')).toBe(path.join(root, 'Mål.svg'));
  });

  it.each(['app://malsamtal/../../etc/passwd', 'app://malsamtal/%2e%2e/%2e%2e/etc/passwd', 'app://malsamtal/..%2f..%2fetc%2fpasswd'])(
    'never resolves %s outside the renderer folder',
    (url) => {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(root + path.sep)).toBe(true);
    },
  );

  it.each(['app://malsamtal/assets/%00.js', 'app://malsamtal/%E0%A4%A', 'app://elsewhere/index.html', 'https://malsamtal/index.html'])(
    'serves nothing for %s',
    (url) => {
      expect(resolveAppFile(root, url)).toBeNull();
    },
  );
});

describe('createAppRequestHandler', () => {
  const files = new Map([[path.join(root, 'index.html'), new TextEncoder().encode('<!doctype html><title>Målsamtal</title>')]]);
  const readFile = vi.fn(async (file: string) => {
    const bytes = files.get(file);
    if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return bytes;
  });
  const handle = createAppRequestHandler(root, readFile);

  it('serves the page with the app’s CSP and its content type', async () => {
    const response = await handle(new Request('app://malsamtal/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy('header'));
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Målsamtal');
  });

  it('answers 404, still under the CSP, for a missing file or a path out of the folder', async () => {
    for (const url of ['app://malsamtal/missing.js', 'app://malsamtal/%2e%2e/secret']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy('header'));
    }
  });

  it('answers nothing but GET', async () => {
    const response = await handle(new Request('app://malsamtal/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(404);
  });
});

describe('registerAppScheme', () => {
  it('makes app:// a secure standard scheme, so pages get their own origin and IndexedDB', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });
});
