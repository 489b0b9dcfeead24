import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAttachmentModel } from './attachmentModel';
import { attachmentToDocx } from './attachmentDocx';
import { exampleMeeting } from './exampleMeeting';

/** The files of a zip archive by name, read from its central directory (stored or deflated entries). */
function unzip(bytes: Uint8Array): Map<string, string> {
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

const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map(([tag, text]) => (tag === '<w:br/>' ? '\n' : (text ?? '')))
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  }));

const workDir = mkdtempSync(path.join(tmpdir(), 'malsamtal-docx-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('attachmentToDocx', () => {
  const hard = '<script>alert("x")</script> **fet** {{x}} & שלום 😀👍🏽\nAndra raden';

  it('uses Word’s heading styles, a table for the ratings, and carries every text verbatim', async () => {
    const model = buildAttachmentModel(exampleMeeting({ goalCount: 20, agreedTexts: { 'mal-2': hard } }));
    const files = unzip(await attachmentToDocx(model));
    const document = paragraphs(files.get('word/document.xml') ?? '');
    expect(document.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([model.title]);
    const h2 = document.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2[0]).toBe('Bedömning av ambitionsnivån');
    expect(h2).toContain('Mål 20: Exempelmål 20 för prövning av långa bilagor');
    expect(document.map((p) => p.text)).toContain(hard);
    expect(document.map((p) => p.text)).toContain(
      "Reservation av Siobhán O'Connor (mål 2): Jag reserverar mig till förmån för att nivån lämnas oförändrad.",
    );
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(files.get('word/document.xml') ?? '')?.[0] ?? '';
    expect(table.match(/<w:tr>|<w:tr /g)).toHaveLength(21);
    expect(table).toContain('<w:tblHeader/>');
    expect(files.get('word/styles.xml')).toMatch(/w:styleId="Heading1"/);
    expect(files.get('word/styles.xml')).toContain('w:val="sv-SE"');
    expect(files.get('docProps/core.xml')).toContain(`<dc:title>${model.title}</dc:title>`);
    expect([...files.keys()].some((name) => /word\/header\d*\.xml/.test(name))).toBe(true);
  });

  it('opens in LibreOffice, which prints the same Swedish text with page numbers', async () => {
    const model = buildAttachmentModel(exampleMeeting({ agreedTexts: { 'mal-2': hard } }));
    const file = path.join(workDir, 'bilaga.docx');
    writeFileSync(file, await attachmentToDocx(model));
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${workDir}/profile`, '--convert-to', 'pdf', '--outdir', workDir, file],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(workDir, 'bilaga.pdf'), '-'], { encoding: 'utf8' });
    const pages = Number(/^Pages: +(\d+)$/m.exec(execFileSync('pdfinfo', [path.join(workDir, 'bilaga.pdf')], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (const line of [
      'Bilaga 1 till § 45',
      'OJUSTERAT – protokollet är inte justerat',
      'Övergripande kommentar',
      `Sida 1 av ${pages}`,
      '<script>alert("x")</script> **fet** {{x}} &',
    ])
      expect(text).toContain(line);
    expect(text).toContain('Barn- och utbildningsnämnden · 15 september 2020 · § 45 · OJUSTERAT');
  }, 120_000);
});
