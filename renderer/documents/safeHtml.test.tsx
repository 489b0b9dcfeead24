import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { safeHtml } from './safeHtml';

const rendered = (html: string) => render(<div data-testid="document">{safeHtml(html, 3)}</div>).container.firstElementChild!;

describe('a Word document’s HTML, made safe', () => {
  it('keeps the text, its headings (under the reader’s own), lists, tables and embedded images', () => {
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    const document = rendered(
      `<h1>Bilaga 1</h1><p>Text med <strong>fetstil</strong> och <i>kursiv</i>.</p><ul><li>Ett</li></ul>` +
        `<table><tr><td colspan="2">Mål 1</td></tr></table><p><img src="${image}" alt="Diagram"></p>`,
    );
    expect(document.innerHTML).toBe(
      '<h4>Bilaga 1</h4><p>Text med <strong>fetstil</strong> och <em>kursiv</em>.</p><ul><li>Ett</li></ul>' +
        `<table><tbody><tr><td colspan="2">Mål 1</td></tr></tbody></table><p><img alt="Diagram" src="${image}"></p>`,
    );
  });

  it('lets no script, handler, style, frame or remote image through, and no link that could move the app', () => {
    const document = rendered(
      '<p onclick="alert(1)" style="color:red" id="main">Hej</p><script>alert(2)</script><style>body{}</style>' +
        '<iframe src="https://example.org"></iframe><img src="https://example.org/spion.png" alt="x">' +
        '<img src="javascript:alert(3)"><p><a href="#/moten">fotnot</a> och <a href="https://example.org">länk</a></p>' +
        '<svg><script>alert(4)</script></svg><object data="x"></object>',
    );
    expect(document.innerHTML).toBe('<p>Hej</p><p>fotnot och länk</p>');
  });
});
