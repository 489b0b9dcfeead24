import { afterEach, describe, expect, it, vi } from 'vitest';

describe('zod under the app’s Content-Security-Policy', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads a package file without ever compiling code, which the CSP would report as a blocked eval', async () => {
    const compiled: string[][] = [];
    const RealFunction = globalThis.Function;
    vi.stubGlobal(
      'Function',
      new Proxy(RealFunction, {
        construct: (target, args: string[]) => {
          compiled.push(args);
          return Reflect.construct(target, args);
        },
      }),
    );
    // Loaded only now, so the stub sees zod's first look at whether it may compile.
    const { readPackageFile, writePackageFile } = await import('../remiss/packageContainer');
    const { examplePackage } = await import('../remiss/examplePackage');

    const result = await readPackageFile(writePackageFile(examplePackage, []));

    expect(result.ok).toBe(true);
    expect(compiled).toEqual([]);
  });
});
