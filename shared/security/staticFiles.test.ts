import { describe, expect, it } from 'vitest';
import { FALLBACK_CONTENT_TYPE, MAX_STATIC_PATH_LENGTH, staticContentType, staticFilePath } from './staticFiles';

describe('staticFilePath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-BcD3x_9a.js', 'assets/index-BcD3x_9a.js'],
    ['/assets/DejaVuSans-Bold-Ab12.ttf', 'assets/DejaVuSans-Bold-Ab12.ttf'],
    ['/M%C3%A5l.svg', 'Mål.svg'],
    ['/assets/a%20b.css', 'assets/a b.css'],
  ])('maps %s to the file %s inside the served folder', (urlPath, relative) => {
    expect(staticFilePath(urlPath)).toBe(relative);
  });

  it.each([
    ['a parent folder', '/../etc/passwd'],
    ['a parent folder deeper down', '/assets/../../etc/passwd'],
    ['an encoded parent folder', '/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded parent folder in capitals', '/%2E%2E/secret'],
    ['half-encoded dots', '/.%2e/secret'],
    ['an encoded slash between parent folders', '/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash making an absolute path', '/%2fetc%2fpasswd'],
    ['a double-encoded parent folder', '/%252e%252e/secret'],
    ['the current folder', '/./index.html'],
    ['a backslash', '/assets\\..\\..\\secret'],
    ['an encoded backslash', '/..%5c..%5csecret'],
    ['a NUL byte', '/index.html%00.js'],
    ['a raw NUL byte', '/index.html\0'],
    ['a line break', '/index%0d%0a.html'],
    ['an absolute path after the slash', '//etc/passwd'],
    ['a Windows drive', '/C:/Windows/win.ini'],
    ['an encoded Windows drive', '/C%3a%5cWindows%5cwin.ini'],
    ['an NTFS stream', '/index.html::$DATA'],
    ['a UNC path', '/%5c%5cserver%5cshare'],
    ['a hidden file', '/.env'],
    ['a device name', '/assets/CON'],
    ['a device name with an extension', '/nul.js'],
    ['a trailing dot Windows would drop', '/index.html.'],
    ['a trailing space Windows would drop', '/index.html%20'],
    ['a folder', '/assets/'],
    ['an empty segment', '/assets//index.js'],
    ['a wildcard', '/assets/*.js'],
    ['badly encoded UTF-8', '/%E0%A4%A'],
    ['a lone percent sign', '/100%.js'],
    ['a path without its leading slash', 'index.html'],
    ['nothing at all', ''],
    ['a path of many parent folders', `/${'../'.repeat(200)}etc/passwd`],
    ['an overlong path', `/${'a'.repeat(MAX_STATIC_PATH_LENGTH)}`],
  ])('refuses %s', (_, urlPath) => {
    expect(staticFilePath(urlPath)).toBeNull();
  });

  it('accepts a path right up to the length limit', () => {
    const name = `/${'a'.repeat(MAX_STATIC_PATH_LENGTH - 4)}.js`;
    expect(name).toHaveLength(MAX_STATIC_PATH_LENGTH);
    expect(staticFilePath(name)).toBe(name.slice(1));
  });

  it('never returns a path with a parent folder, a backslash, a colon or a control character, whatever comes in', () => {
    const pieces = ['..', '.', '%2e', '%2E', '%2f', '%5c', '\\', '/', '%00', ':', 'a', 'ä', '%', '%c3%a4', '\n'];
    for (const first of pieces)
      for (const second of pieces)
        for (const third of pieces) {
          const relative = staticFilePath(`/${first}${second}${third}`);
          if (relative === null) continue;
          expect(relative.split('/')).not.toContain('..');
          expect(relative).not.toMatch(/[\\:\0\n]|^\//);
        }
  });
});

describe('staticContentType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/app.CSS', 'text/css; charset=utf-8'],
    ['assets/icon-abc.svg', 'image/svg+xml'],
    ['assets/DejaVuSans.ttf', 'font/ttf'],
    ['assets/noto-sans-ethiopic-ethiopic-400-normal-Ab12.woff', 'font/woff'],
    ['assets/DejaVu-LICENSE.txt', 'text/plain; charset=utf-8'],
    ['C:\\app\\renderer\\index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', (file, type) => {
    expect(staticContentType(file)).toBe(type);
  });

  it.each(['assets/blob.bin', 'README', 'assets/constructor', 'x.toString', 'x.__proto__', 'assets.js/readme'])(
    'serves %s as plain bytes',
    (file) => {
      expect(staticContentType(file)).toBe(FALLBACK_CONTENT_TYPE);
    },
  );
});
