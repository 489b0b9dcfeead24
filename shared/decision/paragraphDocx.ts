import { Document, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { AttachmentBlock, AttachmentModel } from '../attachment/attachmentModel';

/** A text's lines as runs: a line break typed in a reservation stays a line break, within one paragraph. */
function runs(text: string, bold = false): ParagraphChild[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => new TextRun({ text: line, bold, break: index === 0 ? 0 : 1 }));
}

function paragraphs(block: AttachmentBlock): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'paragraph':
      // Blank lines inside a text start a new paragraph, as the protocol system expects of pasted Word text.
      return block.text
        .replace(/\r\n?/g, '\n')
        .split(/\n{2,}/)
        .map((part) => new Paragraph({ children: runs(part, block.role === 'status') }));
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return [block.caption, ...block.rows.map((row) => row.join(' · '))].map((line) => new Paragraph({ children: runs(line) }));
    case 'chart':
      return [new Paragraph({ children: runs(block.description) })];
  }
}

/**
 * The paragraph as Word text to paste into the protocol system (Ciceron, Platina, Lex, W3D3, Evolution): Word's own
 * heading styles and one Word paragraph per paragraph, no page header, the document's language and title set.
 */
export async function paragraphToDocx(model: AttachmentModel): Promise<Uint8Array> {
  const document = new Document({
    title: model.title,
    subject: model.header,
    creator: 'Målsamtal',
    lastModifiedBy: 'Målsamtal',
    styles: { default: { document: { run: { language: { value: model.lang } } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: model.blocks.flatMap(paragraphs) }],
  });
  return Packer.pack(document, 'uint8array');
}
