import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';

const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

/** The PDF with its objects uncompressed, so its structure tree and metadata can be read as text. */
export function uncompressedPdf(file: string): string {
  const out = `${file}.qdf`;
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return readFileSync(out, 'utf8');
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#x[\da-f]+|#\d+);/gi, (_, name: string) => {
    if (!name.startsWith('#')) return xmlEntities[name]!;
    return String.fromCodePoint(/^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });

/** A simple XMP property, written as an element or as an attribute of its rdf:Description. */
const simpleProperty = (name: string) => (xmp: string) => {
  const match = new RegExp(`<${name}>([^<]*)</${name}>|\\s${name}="([^"]*)"`).exec(xmp);
  return match ? unescapeXml(match[1] ?? match[2] ?? '') : undefined;
};
/** An rdf:Alt (its x-default entry) or rdf:Seq (its first entry) property. */
const listProperty = (name: string) => (xmp: string) => {
  const list = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xmp)?.[1];
  if (list === undefined) return undefined;
  const item = /<rdf:li xml:lang="x-default">([^<]*)<\/rdf:li>/.exec(list) ?? /<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(list);
  return item ? unescapeXml(item[1]!) : undefined;
};

/** Each document information entry and the XMP property PDF/A (ISO 19005-2, 6.6.2.3) requires to say the same. */
const xmpTwins: Record<string, { property: string; read: (xmp: string) => string | undefined; date?: true }> = {
  Title: { property: 'dc:title', read: listProperty('dc:title') },
  Author: { property: 'dc:creator', read: listProperty('dc:creator') },
  Subject: { property: 'dc:description', read: listProperty('dc:description') },
  Keywords: { property: 'pdf:Keywords', read: simpleProperty('pdf:Keywords') },
  Creator: { property: 'xmp:CreatorTool', read: simpleProperty('xmp:CreatorTool') },
  Producer: { property: 'pdf:Producer', read: simpleProperty('pdf:Producer') },
  CreationDate: { property: 'xmp:CreateDate', read: simpleProperty('xmp:CreateDate'), date: true },
  ModDate: { property: 'xmp:ModifyDate', read: simpleProperty('xmp:ModifyDate'), date: true },
  Trapped: { property: 'pdf:Trapped', read: simpleProperty('pdf:Trapped') },
};

/**
 * Every document information entry whose XMP equivalent is missing or says something else, one line each, as veraPDF
 * would object to it. Dates are compared as instants, since the two write the same moment differently.
 */
export function infoEntriesWithoutXmpTwin(file: string): string[] {
  // -custom prints every entry of the Info dictionary, and only those, before a blank line.
  const [entries = ''] = run('pdfinfo', '-custom', '-isodates', '-enc', 'UTF-8', file).split(/\n\s*\n/);
  const xmp = run('pdfinfo', '-meta', file);
  return entries
    .split('\n')
    .flatMap((line) => {
      const match = /^(\w+): +(.*)$/.exec(line);
      return match ? [[match[1]!, match[2]!] as const] : [];
    })
    .flatMap(([key, value]) => {
      const twin = xmpTwins[key];
      if (!twin) return [`${key} has no XMP equivalent`];
      const inXmp = twin.read(xmp);
      if (inXmp === undefined) return [`${key} is "${value}" but ${twin.property} is missing from the XMP`];
      const same = twin.date ? Date.parse(inXmp) === Date.parse(value) && !Number.isNaN(Date.parse(value)) : inXmp === value;
      return same ? [] : [`${key} is "${value}" but ${twin.property} is "${inXmp}"`];
    });
}

/**
 * What makes a PDF a PDF/A-2b the archive accepts: tagged, every page A4, every font embedded, well-formed, the
 * PDF/A-2B claim, language and title set, an output intent, and metadata that agrees with itself.
 * Returns the uncompressed PDF for the caller's own checks.
 */
export function expectArchivablePdf(file: string, lang: string): string {
  const info = run('pdfinfo', '-f', '1', '-l', '100000', file);
  expect(info).toMatch(/^Tagged: +yes$/m);
  expect(info).toMatch(/^PDF version: +1\.7$/m);
  const pageSizes = [...info.matchAll(/^Page +\d+ size: +(.*)$/gm)].map(([, size]) => size);
  expect(pageSizes.length).toBe(Number(/^Pages: +(\d+)$/m.exec(info)?.[1]));
  for (const size of pageSizes) expect(size).toBe('595.28 x 841.89 pts (A4)');
  const fontsTable = run('pdffonts', file).trim().split('\n').slice(2);
  expect(fontsTable.length).toBeGreaterThan(0);
  for (const line of fontsTable) expect(line, line).toMatch(/DejaVuSans(-Bold)? +CID TrueType +Identity-H +yes +yes +yes/);
  expect(run('qpdf', '--check', file)).toContain('No syntax or stream encoding errors found');

  const raw = uncompressedPdf(file);
  expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
  expect(raw).toContain(`/Lang (${lang})`);
  expect(raw).toContain('/DisplayDocTitle true');
  expect(raw).toMatch(/\/OutputIntents/);
  expect(infoEntriesWithoutXmpTwin(file)).toEqual([]);
  return raw;
}

/** Opens a DOCX in LibreOffice, as a secretary without Word would, and returns what it prints. */
export function printDocxWithLibreOffice(bytes: Uint8Array, workDir: string, name: string): { text: string; pages: number } {
  const file = path.join(workDir, `${name}.docx`);
  writeFileSync(file, bytes);
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${workDir}/profile`, '--convert-to', 'pdf', '--outdir', workDir, file],
    {
      stdio: 'pipe',
      timeout: 120_000,
    },
  );
  const pdf = path.join(workDir, `${name}.pdf`);
  return {
    text: run('pdftotext', '-enc', 'UTF-8', pdf, '-'),
    pages: Number(/^Pages: +(\d+)$/m.exec(run('pdfinfo', pdf))?.[1]),
  };
}

/** The files of a zip archive by name, read from its central directory (stored or deflated entries). */
export function unzip(bytes: Uint8Array): Map<string, string> {
  const data = Buffer.from(bytes);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let index = 0; index < count; index += 1) {
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30);
    const comment = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}
