import { describe, expect, it } from 'vitest';
import { isPayloadWithin } from './payloadSize';

describe('isPayloadWithin', () => {
  it('weighs binary data by its length, whatever its view', () => {
    expect(isPayloadWithin(new Uint8Array(1000), 1000)).toBe(true);
    expect(isPayloadWithin(new Uint8Array(1001), 1000)).toBe(false);
    expect(isPayloadWithin(new ArrayBuffer(1001), 1000)).toBe(false);
    expect(isPayloadWithin(new Float64Array(126), 1000)).toBe(false);
    expect(isPayloadWithin(new DataView(new ArrayBuffer(2000), 0, 10), 1000)).toBe(true);
  });

  it('weighs text, keys and values wherever they sit in the request', () => {
    expect(isPayloadWithin('x'.repeat(500), 1000)).toBe(true);
    expect(isPayloadWithin('x'.repeat(501), 1000)).toBe(false);
    expect(isPayloadWithin({ suggestedName: 'a.pdf', bytes: new Uint8Array(900) }, 1000)).toBe(true);
    expect(isPayloadWithin({ suggestedName: 'a.pdf', bytes: new Uint8Array(990) }, 1000)).toBe(false);
    expect(isPayloadWithin({ ['k'.repeat(600)]: 1 }, 1000)).toBe(false);
    expect(isPayloadWithin({ filters: [{ name: 'x', extensions: ['y'.repeat(600)] }] }, 1000)).toBe(false);
  });

  it('counts what maps and sets hold, and the length of a sparse array', () => {
    expect(isPayloadWithin(new Map([['a', new Uint8Array(2000)]]), 1000)).toBe(false);
    expect(isPayloadWithin(new Set([new Uint8Array(2000)]), 1000)).toBe(false);
    expect(isPayloadWithin(new Array(10_000_000), 1000)).toBe(false);
  });

  it('refuses nesting deeper than any request has', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 100; level += 1) deep = [deep];
    expect(isPayloadWithin(deep, 1_000_000)).toBe(false);
  });

  it('lets every request of the app through with room to spare', () => {
    expect(isPayloadWithin(undefined, 64)).toBe(true);
    expect(isPayloadWithin('sv', 64)).toBe(true);
    expect(isPayloadWithin({ close: true }, 64)).toBe(true);
    expect(
      isPayloadWithin(
        { title: 'Öppna remisspaket', kind: 'package', filters: [{ name: 'Remisspaket', extensions: ['msremiss', 'json'] }] },
        1024,
      ),
    ).toBe(true);
  });
});
