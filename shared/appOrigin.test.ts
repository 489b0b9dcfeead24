import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl } from './appOrigin';

describe('isAppUrl', () => {
  it.each([`${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/assets/main.js?x=1#top`])('accepts the app’s own page %s', (url) =>
    expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'https://malsamtal/',
    'app://evil.example/',
    'app://malsamtal.evil.example/',
    'app://user:pass@malsamtal/',
    'file:///etc/passwd',
    'http://127.0.0.1:5173/',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});
