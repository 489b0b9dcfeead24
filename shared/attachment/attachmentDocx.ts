import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { AttachmentBlock, AttachmentModel } from './attachmentModel';
import { logoBox, type Logo } from './logo';

/** Text runs for a text that may span lines: a single line break in the comment stays a line break in Word. */
function runs(text: string, bold = false): ParagraphChild[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => new TextRun({ text: line, bold, break: index === 0 ? 0 : 1 }));
}

/**
 * A text's own paragraphs, split where it leaves an empty line: Word gets a paragraph for each, never line breaks
 * standing in for paragraphs, so its spacing, widow control and the secretary's later edits work as in any document.
 */
function paragraphsOf(text: string, bold = false): Paragraph[] {
  const parts = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/);
  return parts.map((part) => new Paragraph({ children: runs(part, bold) }));
}

/**
 * The font and page of a Swedish municipality's protocol template: Arial, which Word has everywhere and LibreOffice
 * matches metric for metric (Liberation Sans); A4 with 25 mm side margins. Measures in twentieths of a point.
 */
const DOCX_FONT = 'Arial';
const MM = 1440 / 25.4;
const DOCX_PAGE = {
  size: { width: 11906, height: 16838 },
  margin: {
    top: Math.round(25 * MM),
    bottom: Math.round(20 * MM),
    left: Math.round(25 * MM),
    right: Math.round(25 * MM),
    header: Math.round(10 * MM),
    footer: Math.round(10 * MM),
  },
};

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
/** The app's blue: the same as the bars on screen and in the PDF. */
const BAR_COLOUR = '0B5CAD';

const percent = (share: number): `${number}%` => `${Math.round(share * 10_000) / 100}%`;

/**
 * A bar chart Word draws itself, crisp at any zoom and still editable: a row per bar with its words, the bar as a
 * shaded cell exactly as wide as its share of the bar column, and its figure. The text alternative goes before it.
 */
function chartTable(bars: Extract<AttachmentBlock, { kind: 'chart' }>['bars']): Table {
  const bar = (share: number) =>
    new Table({
      width: { size: '100%', type: WidthType.PERCENTAGE },
      layout: TableLayoutType.FIXED,
      borders: noBorders,
      rows: [
        new TableRow({
          children: [
            ...(share > 0
              ? [
                  new TableCell({
                    width: { size: percent(share), type: WidthType.PERCENTAGE },
                    shading: { type: ShadingType.CLEAR, color: 'auto', fill: BAR_COLOUR },
                    children: [new Paragraph({ children: [] })],
                  }),
                ]
              : []),
            ...(share < 1
              ? [
                  new TableCell({
                    width: { size: percent(1 - share), type: WidthType.PERCENTAGE },
                    children: [new Paragraph({ children: [] })],
                  }),
                ]
              : []),
          ],
        }),
      ],
    });
  return new Table({
    width: { size: '100%', type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: [3200, 4300, 1500],
    borders: noBorders,
    rows: bars.map(
      (item) =>
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph({ children: runs(item.label) })] }),
            // Word wants a paragraph after a table in a cell; the margins keep the bars apart.
            new TableCell({
              margins: { top: 40, bottom: 40 },
              children: [
                bar(Math.min(1, Math.max(0, item.share))),
                new Paragraph({ spacing: { before: 0, after: 0, line: 20 }, children: [] }),
              ],
            }),
            new TableCell({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(item.value) })] }),
          ],
        }),
    ),
  });
}

function blockElements(block: AttachmentBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'paragraph':
      return paragraphsOf(block.text, block.role === 'status');
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'chart':
      return [new Paragraph({ children: runs(block.description) }), chartTable(block.bars), new Paragraph({ children: [] })];
    case 'table':
      return [
        new Paragraph({ children: runs(block.caption) }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: [900, 5600, 2500],
          borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.columns.map((column) => new TableCell({ children: [new Paragraph({ children: runs(column, true) })] })),
            }),
            ...block.rows.map(
              (row) =>
                new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell) })] })) }),
            ),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
  }
}

/** The letterhead's logo as an inline picture at the top, with its alt text, as Word's "Alternativ text" shows it. */
function logoParagraph(logo: Logo): Paragraph {
  // Word measures pictures in pixels at 96 to the inch: 160 × 48 points.
  const box = logoBox(logo, 213, 64);
  return new Paragraph({
    children: [
      new ImageRun({
        type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
        data: logo.bytes,
        transformation: { width: Math.round(box.width), height: Math.round(box.height) },
        altText: { name: logo.altText, title: logo.altText, description: logo.altText },
      }),
    ],
  });
}

/**
 * The attachment as a Word document the secretary can still edit: Word's own heading styles, a real table for the
 * ratings, the running header and "Sida X av Y" in the page header and footer, language and title set.
 */
export async function attachmentToDocx(model: AttachmentModel): Promise<Uint8Array> {
  // "Sida 1 av 2" split around its numbers, which Word fills in per page.
  const [before = '', middle = '', after = ''] = model.pageOf(1, 2).split(/[12]/);
  const document = new Document({
    title: model.title,
    subject: model.header,
    creator: 'Målsamtal',
    lastModifiedBy: 'Målsamtal',
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: 22, language: { value: model.lang } } },
        heading1: { run: { font: DOCX_FONT, size: 32, bold: true, color: '000000' } },
        heading2: { run: { font: DOCX_FONT, size: 26, bold: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: { page: DOCX_PAGE },
        headers: { default: new Header({ children: [new Paragraph({ children: runs(model.header) })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })],
              }),
            ],
          }),
        },
        children: [...(model.logo ? [logoParagraph(model.logo)] : []), ...model.blocks.flatMap(blockElements)],
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
