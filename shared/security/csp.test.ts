import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name ?? '', values];
    }),
  );
}

describe('content security policy', () => {
  const header = parse(contentSecurityPolicy('header'));

  it('allows scripts only from the app itself, never eval or inline code', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy('header')).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe/);
  });

  it('names no remote origin and no wildcard in any directive', () => {
    for (const [name, values] of header) {
      for (const value of values) {
        expect(value, `${name} ${value}`).toMatch(/^('self'|'none'|data:|blob:)$/);
      }
    }
  });

  it('falls back to nothing and forbids plugins, base changes, form posts and framing', () => {
    expect(header.get('default-src')).toEqual(["'none'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('form-action')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('leaves out of the meta element only what a meta element cannot carry', () => {
    const meta = parse(contentSecurityPolicy('meta'));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect([...meta.keys()]).toEqual([...header.keys()].filter((name) => name !== 'frame-ancestors'));
  });
});
