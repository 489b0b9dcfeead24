import PDFDocument from 'pdfkit';
import type { AttachmentBlock, AttachmentModel } from './attachmentModel';
import type { PdfFonts } from './pdfFontFiles';
import { logoBox, pngPixels, type Logo } from './logo';
import type { OutlineItem, PdfDoc, PdfDocConstructor, StructElement } from './pdfDoc';
import { TextSetter, type TextStyle } from './pdfText';

export type { PdfFonts } from './pdfFontFiles';

/** Ruled lines to write on by hand, drawn as artifacts: what a printed discussion sheet leaves for notes. */
export interface NoteLinesBlock {
  kind: 'noteLines';
  lines: number;
}

/** What the PDF writer sets: the attachment's blocks, and ruled lines for a sheet meant to be written on. */
export type PdfBlock = AttachmentBlock | NoteLinesBlock;

/** A document the PDF writer can set: the attachment, or another of the app's documents built of the same blocks. */
export interface PdfModel extends Pick<AttachmentModel, 'lang' | 'title' | 'header' | 'pageOf'>, Partial<Pick<AttachmentModel, 'logo'>> {
  blocks: PdfBlock[];
}

export interface PdfResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** Characters (grapheme clusters) no bundled font can draw, shown as U+FFFD in the PDF, in order of first use. */
  replaced: string[];
}

/** A4 with the margins of a municipal protocol template: 25 mm at the sides, the running header in the top margin. */
export const PAGE_MARGIN = { top: 88, bottom: 64, left: 71, right: 71 } as const;
const HEADER_TOP = 42;

const FONT = 'DejaVuSans';
const FONT_BOLD = 'DejaVuSans-Bold';

const styles = {
  h1: { size: 16, bold: true, lineGap: 2 },
  h2: { size: 12.5, bold: true, lineGap: 1 },
  body: { size: 10.5, lineGap: 2.5 },
  status: { size: 11, bold: true, lineGap: 2 },
  meta: { size: 10, lineGap: 2 },
  cell: { size: 10, lineGap: 1 },
  cellHead: { size: 10, bold: true, lineGap: 1 },
  chart: { size: 10 },
  header: { size: 8.5 },
} satisfies Record<string, TextStyle>;

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** pdfkit copies the title into the XMP metadata unescaped; a "&" in a name would break the PDF/A metadata. */
function escapeXmpMetadata(doc: PdfDoc): void {
  const addInfo = doc._addInfo.bind(doc);
  doc._addInfo = () => {
    const info = doc.info;
    doc.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [
        key,
        typeof value === 'string' ? value.replace(/[&<>"']/g, (char) => xmlEscapes[char] ?? char) : value,
      ]),
    );
    try {
      addInfo();
    } finally {
      doc.info = info;
    }
  };
}

/**
 * The PDF/UA-1 identifier, and the extension schema that declares it: PDF/A-2 allows only predefined XMP schemas
 * or declared ones, and pdfuaid is younger than PDF/A-2.
 */
const pdfUaMetadata = `
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        `;

/** Column widths by fair shares: narrow columns get what they need, the widest takes the rest. */
export function columnWidths(natural: readonly number[], total: number): number[] {
  const widths = new Array<number>(natural.length).fill(0);
  const order = natural.map((width, index) => ({ width, index })).sort((a, b) => a.width - b.width);
  let remaining = total;
  order.forEach(({ width, index }, position) => {
    const fair = remaining / (order.length - position);
    widths[index] = Math.min(width, fair);
    remaining -= widths[index];
  });
  const widest = order[order.length - 1];
  if (widest) widths[widest.index] = (widths[widest.index] ?? 0) + remaining;
  return widths;
}

/** The PDF's pages: text set by the TextSetter, each block in its structure element, artifacts outside them. */
class AttachmentPdfWriter {
  private readonly width: number;
  private readonly root: StructElement;
  private topOutline: OutlineItem | null = null;

  constructor(
    private readonly doc: PdfDoc,
    private readonly text: TextSetter,
  ) {
    this.width = doc.page.width - PAGE_MARGIN.left - PAGE_MARGIN.right;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  private get bottom(): number {
    return this.doc.page.height - PAGE_MARGIN.bottom;
  }

  /** Starts a new page unless `height` still fits under the current position. */
  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.doc.continueOnNewPage();
      this.doc.y = PAGE_MARGIN.top;
    }
  }

  private paragraph(role: string, text: string, style: TextStyle, after: number): void {
    const laid = this.text.layout(text, style, this.width);
    this.ensureSpace(laid.lineHeight);
    this.root.add(this.doc.struct(role, () => this.text.draw(laid, style, PAGE_MARGIN.left, this.width)));
    this.doc.y += after;
  }

  /** An artifact: drawn for the eye, skipped by assistive technology, outside every structure element. */
  private artifact(draw: () => void, type = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  private rule(x1: number, x2: number, y: number, width = 0.6): void {
    this.artifact(() => this.doc.lineWidth(width).strokeColor('#000000').moveTo(x1, y).lineTo(x2, y).stroke());
  }

  heading(level: 1 | 2, text: string): void {
    const style = level === 1 ? styles.h1 : styles.h2;
    if (level === 2) this.doc.y += 10;
    const laid = this.text.layout(text, style, this.width);
    // A heading keeps at least two lines of what follows on its page.
    this.ensureSpace(laid.height + 2 * this.text.metrics(styles.body).lineHeight);
    const page = this.doc.page;
    const outline = { fit: false, top: this.doc.y, zoom: 0, expanded: true, left: page.width };
    // pdfkit measures an outline's left edge from the page's right: a left of the page's width is its left edge.
    if (level === 1 || this.topOutline === null) {
      const item = this.doc.outline.addItem(text, outline);
      if (level === 1) this.topOutline = item;
    } else this.topOutline.addItem(text, outline);
    this.root.add(this.doc.struct(level === 1 ? 'H1' : 'H2', () => this.text.draw(laid, style, PAGE_MARGIN.left, this.width)));
    this.doc.y += level === 1 ? 8 : 5;
  }

  list(items: readonly string[]): void {
    const indent = 14;
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      const laid = this.text.layout(item, styles.body, this.width - indent);
      this.ensureSpace(laid.lineHeight);
      const entry = this.doc.struct('LI');
      list.add(entry);
      const top = this.doc.y;
      const { ascent } = this.text.metrics(styles.body);
      // The bullet is drawn, not set: a text bullet beside the text reads as a column of its own when copied.
      entry.add(this.doc.struct('Lbl', () => this.doc.circle(PAGE_MARGIN.left + 4, top + ascent * 0.62, 1.8).fill('#000000')));
      entry.add(this.doc.struct('LBody', () => this.text.draw(laid, styles.body, PAGE_MARGIN.left + indent, this.width - indent)));
      entry.end();
      this.doc.y += 3;
    }
    list.end();
    this.doc.y += 6;
  }

  table(block: Extract<AttachmentBlock, { kind: 'table' }>): void {
    const padding = 4;
    const natural = block.columns.map(
      (column, index) =>
        Math.max(
          this.text.measure(column, styles.cellHead),
          ...block.rows.map((row) => Math.max(...(row[index] ?? '').split('\n').map((line) => this.text.measure(line, styles.cell)))),
        ) +
        2 * padding +
        1,
    );
    const widths = columnWidths(natural, this.width);
    const lefts = widths.map((_, index) => PAGE_MARGIN.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
    const table = this.doc.struct('Table');
    this.root.add(table);
    const caption = this.text.layout(block.caption, styles.meta, this.width);
    this.ensureSpace(caption.height + 40);
    table.add(this.doc.struct('Caption', () => this.text.draw(caption, styles.meta, PAGE_MARGIN.left, this.width)));
    this.doc.y += 4;

    const layRow = (cells: readonly string[], style: TextStyle) => {
      const laid = block.columns.map((_, index) => this.text.layout(cells[index] ?? '', style, widths[index]! - 2 * padding));
      return { laid, height: Math.max(...laid.map((cell) => cell.height)) + 2 * padding };
    };
    const drawCells = (row: ReturnType<typeof layRow>, style: TextStyle, top: number) =>
      row.laid.forEach((cell, index) => {
        this.doc.y = top + padding;
        this.text.draw(cell, style, lefts[index]! + padding, widths[index]! - 2 * padding);
      });
    const borders = (top: number, height: number) =>
      this.artifact(() => {
        this.doc.lineWidth(0.5).strokeColor('#000000');
        this.doc.rect(PAGE_MARGIN.left, top, this.width, height).stroke();
        for (const left of lefts.slice(1))
          this.doc
            .moveTo(left, top)
            .lineTo(left, top + height)
            .stroke();
      });

    const head = layRow(block.columns, styles.cellHead);
    const rows = [head, ...block.rows.map((row) => layRow(row, styles.cell))];
    rows.forEach((row, rowIndex) => {
      if (this.doc.y + row.height > this.bottom) {
        this.doc.continueOnNewPage();
        this.doc.y = PAGE_MARGIN.top;
        // The header row again on the new page, for the eye; the structure holds it once.
        const top = this.doc.y;
        this.artifact(() => drawCells(head, styles.cellHead, top), 'Pagination');
        borders(top, head.height);
        this.doc.y = top + head.height;
      }
      const top = this.doc.y;
      const tableRow = this.doc.struct('TR');
      table.add(tableRow);
      const header = rowIndex === 0;
      row.laid.forEach((cell, index) => {
        const element = this.doc.struct(header ? 'TH' : 'TD', header ? { scope: 'Column' } : {});
        tableRow.add(element);
        element.add(() => {
          this.doc.y = top + padding;
          this.text.draw(cell, header ? styles.cellHead : styles.cell, lefts[index]! + padding, widths[index]! - 2 * padding);
        });
        element.end();
      });
      tableRow.end();
      borders(top, row.height);
      this.doc.y = top + row.height;
    });
    table.end();
    this.doc.x = PAGE_MARGIN.left;
    this.doc.y += 10;
  }

  /** Vector bars in a Figure with its text alternative: a screen reader reads the numbers, the eye sees the shape. */
  chart(block: Extract<AttachmentBlock, { kind: 'chart' }>): void {
    const labelWidth = 170;
    const valueWidth = 90;
    const barMax = this.width - labelWidth - valueWidth - 16;
    const clip = (text: string, width: number) => {
      let shown = text;
      while (shown.length > 1 && this.text.measure(shown, styles.chart) > width) shown = `${[...shown].slice(0, -2).join('')}…`;
      return shown;
    };
    this.root.add(
      this.doc.struct('Figure', { alt: block.description }, () => {
        for (const bar of block.bars) {
          this.ensureSpace(18);
          const top = this.doc.y;
          this.text.drawLine(clip(bar.label, labelWidth), styles.chart, PAGE_MARGIN.left, top);
          this.doc.rect(PAGE_MARGIN.left + labelWidth + 8, top + 1, Math.max(0.5, barMax * Math.min(1, bar.share)), 10).fill('#0b5cad');
          this.doc.fillColor('#000000');
          this.text.drawLine(bar.value, styles.chart, PAGE_MARGIN.left + labelWidth + 16 + barMax, top);
          this.doc.y = top + 16;
        }
      }),
    );
    this.doc.y += 8;
  }

  /** Lines 24 pt apart, light enough to write over; a page break may fall between any two. */
  noteLines(block: NoteLinesBlock): void {
    const spacing = 24;
    for (let line = 0; line < block.lines; line += 1) {
      this.ensureSpace(spacing);
      this.doc.y += spacing;
      this.artifact(() =>
        this.doc
          .lineWidth(0.5)
          .strokeColor('#767676')
          .moveTo(PAGE_MARGIN.left, this.doc.y)
          .lineTo(PAGE_MARGIN.left + this.width, this.doc.y)
          .stroke(),
      );
    }
    this.doc.strokeColor('#000000');
    this.doc.y += 10;
  }

  /** The letterhead's logo in a Figure with its alt text, top left above the municipality's name. */
  logo(logo: Logo): void {
    const box = logoBox(logo, 160, 48);
    const top = this.doc.y;
    // pdfkit takes an ArrayBuffer (not a view) as image data in Node and in the browser alike.
    const image = this.doc.openImage(logo.bytes.slice().buffer);
    // A PNG's pixels (for its transparency's soft mask) come from our own reader, at once: see pngPixels.
    if (logo.mediaType === 'image/png' && image.image) {
      const pixels = pngPixels(logo.bytes);
      image.image.decodePixels = (use) => use(pixels);
    }
    this.root.add(
      this.doc.struct('Figure', { alt: logo.altText }, () => {
        this.doc.image(image, PAGE_MARGIN.left, top, { width: box.width, height: box.height });
      }),
    );
    this.doc.y = top + box.height + 10;
  }

  block(block: PdfBlock): void {
    switch (block.kind) {
      case 'noteLines':
        return this.noteLines(block);
      case 'heading':
        return this.heading(block.level, block.text);
      case 'paragraph':
        if (block.role === 'status') return this.paragraph('P', block.text, styles.status, 8);
        return this.paragraph('P', block.text, block.role === 'meta' ? styles.meta : styles.body, 8);
      case 'list':
        return this.list(block.items);
      case 'table':
        return this.table(block);
      case 'chart':
        return this.chart(block);
    }
  }

  /** The running header on every page, once the page count is known: artifacts, which a screen reader skips. */
  runningHeaders(model: PdfModel): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      this.doc.switchToPage(index);
      const pageOf = model.pageOf(index - start + 1, count);
      const pageOfWidth = this.text.measure(pageOf, styles.header);
      const room = this.width - pageOfWidth - 12;
      let header = model.header;
      while (header.length > 1 && this.text.measure(header, styles.header) > room) header = `${[...header].slice(0, -2).join('')}…`;
      this.artifact(() => {
        this.text.drawLine(header, styles.header, PAGE_MARGIN.left, HEADER_TOP);
        this.text.drawLine(pageOf, styles.header, PAGE_MARGIN.left + this.width - pageOfWidth, HEADER_TOP);
      }, 'Pagination');
      this.rule(PAGE_MARGIN.left, PAGE_MARGIN.left + this.width, HEADER_TOP + 16, 0.5);
    }
  }

  end(): void {
    this.root.end();
  }
}

/**
 * The attachment as a PDF/A-2a and PDF/UA-1 file: fonts embedded (with fallbacks for what DejaVu lacks), tagged in
 * reading order (H1, H2, P, L, Table with TH, Figure with alternative text), bookmarks for the headings, language
 * and title set and shown, A4, a running header with "Sida X av Y" on every page as artifacts. Fonts come as bytes
 * so this runs in Node and in the app.
 */
export async function attachmentToPdf(model: PdfModel, fonts: PdfFonts, createdAt: Date = new Date()): Promise<PdfResult> {
  const Document = PDFDocument as unknown as PdfDocConstructor;
  const doc = new Document({
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    font: null,
    size: 'A4',
    margins: PAGE_MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: model.title,
      Subject: model.header,
      Creator: 'Målsamtal',
      Producer: 'Målsamtal',
      CreationDate: createdAt,
    },
  });
  escapeXmpMetadata(doc);
  const chunks: Uint8Array[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  doc.registerFont(FONT, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  const fallbacks = (fonts.fallbacks ?? []).map((bytes, index) => {
    const name = `Fallback${index + 1}`;
    doc.registerFont(name, bytes);
    return name;
  });
  doc.fillColor('#000000');
  const text = new TextSetter(doc, { regular: FONT, bold: FONT_BOLD, fallbacks });
  const writer = new AttachmentPdfWriter(doc, text);
  doc.y = PAGE_MARGIN.top;
  if (model.logo) writer.logo(model.logo);
  for (const block of model.blocks) writer.block(block);
  writer.runningHeaders(model);
  writer.end();
  doc.appendXML(pdfUaMetadata);
  doc.end();
  await finished;

  const length = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, replaced: [...text.replaced] };
}
