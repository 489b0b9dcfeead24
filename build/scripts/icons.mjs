// Renders the app icon and the document icon from their SVG sources into every size the installers need:
// PNGs for Linux, a PNG-in-ICO for Windows and a PNG-based ICNS for macOS. Run by `npm run icons`;
// the results are committed, so building an installer needs no renderer.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Windows picks the nearest size for the taskbar, Explorer and the installer; 256 is the largest it shows. */
export const icoSizes = [16, 24, 32, 48, 64, 128, 256];
/** macOS reads PNG data in these chunk types: 16@2x, 32@2x, 128, 128@2x, 256, 256@2x, 512, 512@2x. */
export const icnsChunks = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];
/** electron-builder takes Linux icons from a folder of files named by their size. */
export const linuxSizes = [16, 32, 48, 64, 128, 256, 512, 1024];

/** @returns {Buffer} */
export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/** An ICO whose every image is a PNG, as Windows has read since Vista. */
export function encodeIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** An ICNS of PNG chunks: a 'icns' header with the total length, then type, length and data per chunk. */
export function encodeIcns(chunks) {
  const parts = chunks.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([header, ...parts]);
}

/** Every generated file, relative to build/, with its bytes. */
export function iconFiles(readSource = (name) => readFileSync(path.join(buildDir, name), 'utf8')) {
  const files = new Map();
  for (const [source, baseName, withLinuxPngs] of [
    ['icon.svg', 'icon', true],
    ['file-icon.svg', 'file-icon', false],
  ]) {
    const svg = readSource(source);
    const cache = new Map();
    const png = (size) => {
      if (!cache.has(size)) cache.set(size, renderPng(svg, size));
      return cache.get(size);
    };
    files.set(`${baseName}.ico`, encodeIco(icoSizes.map((size) => ({ size, png: png(size) }))));
    files.set(`${baseName}.icns`, encodeIcns(icnsChunks.map(([type, size]) => ({ type, png: png(size) }))));
    if (withLinuxPngs) for (const size of linuxSizes) files.set(`icons/${size}x${size}.png`, png(size));
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, bytes] of iconFiles()) {
    mkdirSync(path.dirname(path.join(buildDir, name)), { recursive: true });
    writeFileSync(path.join(buildDir, name), bytes);
    console.log(`build/${name} (${bytes.length} bytes)`);
  }
}
