import { createElement, Fragment, type ReactNode } from 'react';

/** Elements kept as they are: text structure, lists and tables. Anything else is unwrapped to its text. */
const kept = new Set([
  'p',
  'br',
  'strong',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'code',
]);
const renamed: Record<string, string> = { b: 'strong', i: 'em' };
/** Dropped with everything inside: no script, style, frame or form reaches the page, not even as text. */
const dropped = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'noscript',
  'template',
  'form',
  'svg',
  'math',
  'link',
  'meta',
]);
/** Images only as data a Word document carries inside it; never one fetched from anywhere. */
const embeddedImage = /^data:image\/(png|jpeg|gif|bmp|webp);base64,[A-Za-z0-9+/=\s]+$/;

function span(value: string | null): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 1 && number <= 100 ? number : undefined;
}

function convert(node: Node, headingShift: number, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (dropped.has(tag)) return null;
  const children = () => [...element.childNodes].map((child, index) => convert(child, headingShift, index));
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return createElement(`h${Math.min(6, Number(heading[1]) + headingShift)}`, { key }, ...children());
  if (tag === 'img') {
    const src = element.getAttribute('src') ?? '';
    return embeddedImage.test(src) ? createElement('img', { key, src, alt: element.getAttribute('alt') ?? '' }) : null;
  }
  const name = renamed[tag] ?? (kept.has(tag) ? tag : null);
  // Links lose their target: an anchor would move the app's own route, a web address would leave the laptop.
  if (name === null) return createElement(Fragment, { key }, ...children());
  if (name === 'br') return createElement('br', { key });
  const props: Record<string, unknown> = { key };
  if (name === 'td' || name === 'th') {
    props.colSpan = span(element.getAttribute('colspan'));
    props.rowSpan = span(element.getAttribute('rowspan'));
  }
  return createElement(name, props, ...children());
}

/**
 * A Word document's HTML (as mammoth writes it) as React elements, made safe: parsed in an inert document, nothing
 * but an allow-list of elements and attributes survives, so no script, handler, style or remote resource ever reaches
 * the page, and nothing is handed to innerHTML. Headings move down `headingShift` levels, under the reader's own.
 */
export function safeHtml(html: string, headingShift: number): ReactNode {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.body.childNodes].map((node, index) => convert(node, headingShift, index));
}
