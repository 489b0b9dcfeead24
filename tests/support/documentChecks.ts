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

type PdfValue = string | number | boolean | null | PdfValue[] | { [key: string]: PdfValue };

/** One structure element as a screen reader meets it: its role, alternative text, table scope, language, children. */
export interface StructNode {
  role: string;
  alt?: string;
  scope?: string;
  lang?: string;
  children: StructNode[];
}

export interface OutlineNode {
  title: string;
  /** The destination: its page (1-based), kind (/XYZ, /Fit) and, for /XYZ, its left and top. */
  dest: { page: number; kind: string; left?: number; top?: number };
  children: OutlineNode[];
}

/** The document catalog's accessibility entries, the structure tree and the bookmarks, read back with qpdf's JSON. */
export interface PdfStructure {
  lang: string | undefined;
  marked: boolean;
  displayDocTitle: boolean;
  /** /UseOutlines opens the bookmarks beside the pages. */
  pageMode: string | undefined;
  tree: StructNode;
  outlines: OutlineNode[];
  /** Each page's /Tabs entry, which PDF/UA wants as /S (structure order). */
  pageTabs: Array<string | undefined>;
}

export function pdfStructure(file: string): PdfStructure {
  const json = JSON.parse(run('qpdf', '--json=2', '--json-key=qpdf', file)) as {
    qpdf: [unknown, Record<string, { value?: PdfValue; stream?: { dict: PdfValue } }>];
  };
  const objects = json.qpdf[1];
  const resolve = (value: PdfValue | undefined): PdfValue | undefined => {
    if (typeof value === 'string' && /^\d+ \d+ R$/.test(value)) {
      const object = objects[`obj:${value}`];
      return object?.value ?? object?.stream?.dict;
    }
    return value;
  };
  const dict = (value: PdfValue | undefined) => resolve(value) as Record<string, PdfValue> | undefined;
  const text = (value: PdfValue | undefined) => {
    const resolved = resolve(value);
    if (typeof resolved !== 'string') return undefined;
    if (resolved.startsWith('u:')) return resolved.slice(2);
    if (resolved.startsWith('/')) return resolved.slice(1);
    return resolved;
  };
  const list = (value: PdfValue | undefined): PdfValue[] => {
    const resolved = resolve(value);
    return resolved === undefined || resolved === null ? [] : Array.isArray(resolved) ? resolved : [resolved];
  };
  const trailer = objects['trailer']?.value as Record<string, PdfValue>;
  const catalog = dict(trailer['/Root'])!;
  const pages: string[] = [];
  const walkPages = (node: PdfValue | undefined) => {
    const page = dict(node)!;
    if (text(page['/Type']) === 'Page') pages.push(node as string);
    else for (const kid of list(page['/Kids'])) walkPages(kid);
  };
  walkPages(catalog['/Pages']);

  const structNode = (value: PdfValue): StructNode | null => {
    const element = dict(value);
    if (!element || element['/S'] === undefined) return null;
    const attributes = list(element['/A']).map((entry) => dict(entry) ?? {});
    const scope = attributes.map((entry) => text(entry['/Scope'])).find((entry) => entry !== undefined);
    return {
      role: text(element['/S'])!,
      ...(element['/Alt'] !== undefined ? { alt: text(element['/Alt'])! } : {}),
      ...(scope !== undefined ? { scope } : {}),
      ...(element['/Lang'] !== undefined ? { lang: text(element['/Lang'])! } : {}),
      children: list(element['/K']).flatMap((kid) => structNode(kid) ?? []),
    };
  };
  const root = dict(catalog['/StructTreeRoot']);
  const outlineNodes = (first: PdfValue | undefined): OutlineNode[] => {
    const nodes: OutlineNode[] = [];
    for (let item = dict(first); item; item = dict(item['/Next'])) {
      const [page, kind, left, top] = list(item['/Dest']);
      nodes.push({
        title: text(item['/Title'])!,
        dest: {
          page: pages.indexOf(page as string) + 1,
          kind: text(kind)!,
          ...(kind === '/XYZ' ? { left: left as number, top: top as number } : {}),
        },
        children: outlineNodes(item['/First']),
      });
    }
    return nodes;
  };
  return {
    lang: text(catalog['/Lang']),
    marked: dict(catalog['/MarkInfo'])?.['/Marked'] === true,
    displayDocTitle: dict(catalog['/ViewerPreferences'])?.['/DisplayDocTitle'] === true,
    pageMode: text(catalog['/PageMode']),
    tree: { role: 'StructTreeRoot', children: root ? list(root['/K']).flatMap((kid) => structNode(kid) ?? []) : [] },
    outlines: outlineNodes(dict(catalog['/Outlines'])?.['/First']),
    pageTabs: pages.map((page) => text(dict(page)!['/Tabs'])),
  };
}

/** Every node of the structure tree, depth first, in reading order. */
export function structNodes(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(structNodes)];
}

/**
 * What makes a PDF a PDF/A-2a and PDF/UA-1 file the archive and a screen reader accept, as far as poppler and qpdf
 * can tell (veraPDF, the reference validator, is not installable here): tagged and marked, every page A4, every font
 * embedded with a Unicode map, well-formed, both claims in the XMP (with the extension schema PDF/A-2 needs for
 * pdfuaid), language and title set and shown, an output intent, metadata that agrees with itself, and a structure
 * tree whose tables have header cells with a scope and whose figures have alternative text.
 * Returns the uncompressed PDF and its structure for the caller's own checks.
 */
export function expectAccessiblePdf(file: string, lang: string): { raw: string; structure: PdfStructure } {
  const info = run('pdfinfo', '-f', '1', '-l', '100000', file);
  expect(info).toMatch(/^Tagged: +yes$/m);
  expect(info).toMatch(/^PDF version: +1\.7$/m);
  const pageSizes = [...info.matchAll(/^Page +\d+ size: +(.*)$/gm)].map(([, size]) => size);
  expect(pageSizes.length).toBe(Number(/^Pages: +(\d+)$/m.exec(info)?.[1]));
  for (const size of pageSizes) expect(size).toBe('595.28 x 841.89 pts (A4)');
  const fontsTable = run('pdffonts', file).trim().split('\n').slice(2);
  expect(fontsTable.length).toBeGreaterThan(0);
  for (const line of fontsTable) expect(line, line).toMatch(/ +CID TrueType +Identity-H +yes +yes +yes/);
  expect(run('qpdf', '--check', file)).toContain('No syntax or stream encoding errors found');

  const raw = uncompressedPdf(file);
  expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>A<\/pdfaid:conformance>/);
  expect(raw).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
  expect(raw).toMatch(
    /<pdfaSchema:namespaceURI>http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/<\/pdfaSchema:namespaceURI>\s*<pdfaSchema:prefix>pdfuaid<\/pdfaSchema:prefix>/,
  );
  expect(raw).toMatch(/\/OutputIntents/);
  expect(infoEntriesWithoutXmpTwin(file)).toEqual([]);

  const structure = pdfStructure(file);
  expect(structure.lang).toBe(lang);
  expect(structure.marked).toBe(true);
  expect(structure.displayDocTitle).toBe(true);
  expect(structure.tree.children.map((node) => node.role)).toEqual(['Document']);
  const nodes = structNodes(structure.tree);
  for (const node of nodes.filter((entry) => entry.role === 'TH')) expect(node.scope, 'TH utan Scope').toMatch(/^(Column|Row|Both)$/);
  for (const node of nodes.filter((entry) => entry.role === 'Figure')) expect(node.alt, 'Figure utan Alt').toMatch(/\S/);
  // Headings start at H1 and never skip a level on the way down (PDF/UA, Matterhorn 14-002 and 14-003).
  const levels = nodes.flatMap((node) => (/^H[1-6]$/.test(node.role) ? [Number(node.role.slice(1))] : []));
  expect(levels[0]).toBe(1);
  levels.forEach((level, index) =>
    expect(level - (levels[index - 1] ?? 0), `H${level} efter H${levels[index - 1]}`).toBeLessThanOrEqual(1),
  );
  for (const tabs of structure.pageTabs) expect(tabs).toBe('S');
  return { raw, structure };
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
