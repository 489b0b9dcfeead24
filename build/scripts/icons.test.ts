import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir, icnsChunks, icoSizes, iconFiles, linuxSizes } from './icons.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const committed = (name: string): Buffer => readFileSync(path.join(buildDir, name));

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function icoImages(ico: Buffer): { size: number; png: Buffer }[] {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const [width, height] = [ico.readUInt8(entry) || 256, ico.readUInt8(entry + 1) || 256];
    expect(height).toBe(width);
    const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
    expect(pngSize(png)).toEqual({ width, height });
    return { size: width, png };
  });
}

function icnsChunksOf(icns: Buffer): { type: string; png: Buffer }[] {
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const chunks: { type: string; png: Buffer }[] = [];
  for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
    chunks.push({
      type: icns.toString('ascii', offset, offset + 4),
      png: icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4)),
    });
  }
  return chunks;
}

describe('installer icons', () => {
  it('are the current render of their SVG sources, byte for byte (run `npm run icons` after changing an SVG)', () => {
    for (const [name, bytes] of iconFiles()) {
      expect(committed(name).equals(bytes), `build/${name} differs from its SVG's render`).toBe(true);
    }
  });

  it('render the same bytes every time', () => {
    const [first, second] = [iconFiles(), iconFiles()];
    expect([...first.keys()]).toEqual([...second.keys()]);
    for (const [name, bytes] of first) expect(second.get(name)!.equals(bytes), name).toBe(true);
  });

  it.each(['icon.ico', 'file-icon.ico'])('%s holds a PNG for every size Windows shows, up to 256', (name) => {
    expect(icoImages(committed(name)).map((image) => image.size)).toEqual(icoSizes);
    expect(icoSizes).toContain(256);
  });

  it.each(['icon.icns', 'file-icon.icns'])('%s is a PNG-based ICNS with the sizes macOS asks for', (name) => {
    const chunks = icnsChunksOf(committed(name));
    expect(chunks.map((chunk) => chunk.type)).toEqual(icnsChunks.map(([type]) => type));
    chunks.forEach((chunk, index) => {
      const size = icnsChunks[index]![1];
      expect(pngSize(chunk.png), chunk.type).toEqual({ width: size, height: size });
    });
  });

  it('gives Linux one square PNG per size, named by its size', () => {
    for (const size of linuxSizes) {
      expect(pngSize(committed(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('draws a rounded square in the app’s accent blue', () => {
    const image = new Resvg(readFileSync(path.join(buildDir, 'icon.svg'), 'utf8'), { fitTo: { mode: 'width', value: 256 } }).render();
    const rgba = (x: number, y: number) => [...image.pixels.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];
    expect(rgba(20, 128)).toEqual([0x0b, 0x5c, 0xad, 255]);
    expect(rgba(2, 2)[3]).toBe(0);
  });
});
