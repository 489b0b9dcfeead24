import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAttachmentModel } from './attachmentModel';
import { attachmentToDocx } from './attachmentDocx';
import { printDocxWithLibreOffice, unzip } from '../../tests/support/documentChecks';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';

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
    const { text, pages } = printDocxWithLibreOffice(await attachmentToDocx(model), workDir, 'bilaga');
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
