import { describe, expect, it } from 'vitest';
import { block, blocksFromHtml, blocksFromPdfItems, type PdfTextItem } from './letterBlocks';

describe('blocks from the HTML mammoth writes', () => {
  it('reads headings, paragraphs, nested lists with their numbers, and table rows', () => {
    const html =
      '<p>Kommunledningskontoret</p><h1>Intern remiss <strong>(KS 2019/160)</strong></h1>' +
      '<ol><li>Första målet<ol><li>Hur?</li></ol></li><li><p>Andra målet</p></li></ol>' +
      '<ul><li>Punkt med<br />två rader</li></ul>' +
      '<table><tr><th><p>Mål</p></th><th><p>Ambitionsnivå</p></th></tr><tr><td><p>1. Tillväxt</p></td><td><p>Mer</p><p>och bättre</p></td></tr></table>' +
      '<p>Bostäder &amp; planer &#8211; 2020 &lt;nu&gt;</p><p>   </p>';
    expect(blocksFromHtml(html)).toEqual([
      block('paragraph', 'Kommunledningskontoret'),
      block('heading', 'Intern remiss (KS 2019/160)', { level: 1 }),
      block('listItem', 'Första målet', { level: 1, ordinal: 1 }),
      block('listItem', 'Hur?', { level: 2, ordinal: 1 }),
      block('listItem', 'Andra målet', { level: 1, ordinal: 2 }),
      block('listItem', 'Punkt med\ntvå rader', { level: 1 }),
      block('tableRow', 'Mål | Ambitionsnivå', { cells: ['Mål', 'Ambitionsnivå'] }),
      block('tableRow', '1. Tillväxt | Mer\noch bättre', { cells: ['1. Tillväxt', 'Mer\noch bättre'] }),
      block('paragraph', 'Bostäder & planer – 2020 <nu>'),
    ]);
  });

  it('reads the text of anything else and ignores comments and unknown entities', () => {
    expect(blocksFromHtml('<!-- x --><p><a href="#x">Se</a> <img src="a.png" alt=""/>här &bogus; &#0;</p>')).toEqual([
      block('paragraph', 'Se här &bogus; &#0;'),
    ]);
  });
});

/** A line of text in a PDF, at its baseline y, as pdf.js would give it: one item per word run. */
function line(text: string, y: number, options: { x?: number; size?: number } = {}): PdfTextItem[] {
  const size = options.size ?? 11;
  return [{ str: text, x: options.x ?? 72, y, width: text.length * size * 0.5, height: size, hasEOL: true }];
}

describe('blocks from a PDF’s positioned text', () => {
  it('groups lines into paragraphs by their spacing and finds headings by their size', () => {
    const page = [
      ...line('Kommunledningskontoret', 800),
      ...line('Intern remiss om målen', 760, { size: 16 }),
      ...line('Första raden i ett stycke som bryts på bostads-', 730),
      ...line('försörjningsprogram och fortsätter.', 717),
      ...line('Ett nytt stycke efter luft.', 690),
    ];
    expect(blocksFromPdfItems([page])).toEqual([
      block('paragraph', 'Kommunledningskontoret', { page: 1 }),
      block('heading', 'Intern remiss om målen', { level: 1, page: 1 }),
      block('paragraph', 'Första raden i ett stycke som bryts på bostads-försörjningsprogram och fortsätter.', { page: 1 }),
      block('paragraph', 'Ett nytt stycke efter luft.', { page: 1 }),
    ]);
  });

  it('reads bullets and numbers as list items that their wrapped lines continue, and keeps each page’s number', () => {
    const first = [...line('• Första punkten som', 700), ...line('fortsätter här', 687, { x: 84 }), ...line('2) Andra punkten', 674)];
    const second = [...line('Mål 1: Tillväxt', 780, { size: 14 }), ...line('Brödtext på sidan två som är lång nog.', 750)];
    expect(blocksFromPdfItems([first, second])).toEqual([
      block('listItem', 'Första punkten som fortsätter här', { level: 1, page: 1 }),
      block('listItem', 'Andra punkten', { level: 1, ordinal: 2, page: 1 }),
      block('heading', 'Mål 1: Tillväxt', { level: 1, page: 2 }),
      block('paragraph', 'Brödtext på sidan två som är lång nog.', { page: 2 }),
    ]);
  });

  it('joins the pieces of a line in their order across the page, with spaces where there are gaps', () => {
    const items: PdfTextItem[] = [
      { str: 'världen', x: 130, y: 500, width: 40, height: 11 },
      { str: 'Hej', x: 72, y: 500.4, width: 18, height: 11 },
      { str: 'på', x: 95, y: 500, width: 12, height: 11 },
      { str: ' ', x: 120, y: 500, width: 3, height: 11 },
    ];
    expect(blocksFromPdfItems([items]).map((found) => found.text)).toEqual(['Hej på världen']);
  });

  it('gives nothing for pages without text', () => {
    expect(blocksFromPdfItems([[], []])).toEqual([]);
  });
});
