import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { findInPages, hitRangesByItem, type DocumentHit, type PageText } from '../../shared/search/documentSearch';
import { isTextEntry } from '../app/keyboardContext';
import { useI18n } from '../i18n/I18nProvider';
import { markText } from './markHits';
import { nextZoom } from './readerControls';
import { ZoomControls } from './ZoomControls';
import { ReaderSearch, type ReaderSearchState } from './ReaderSearch';
import { safeHtml } from './safeHtml';

const blocks = 'p, li, td, th, caption, h1, h2, h3, h4, h5, h6, blockquote, pre';

/** The text nodes of the rendered document in reading order, and where a block (a paragraph, a cell) ends. */
function textItems(container: HTMLElement): { nodes: Text[]; page: PageText } {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const items = nodes.map((node, index) => ({
    str: node.data,
    hasEOL: node.parentElement?.closest(blocks) !== nodes[index + 1]?.parentElement?.closest(blocks),
  }));
  return { nodes, page: { items } };
}

/**
 * A Word document as sent, shown for reading: mammoth turns it into HTML in the browser, which is made safe before it
 * is shown (see safeHtml). Its pages depend on how Word lays it out, so it reads as one text, searched and zoomed.
 */
export function WordReader({ bytes, name }: { bytes: Uint8Array; name: string }) {
  const { messages } = useI18n();
  const r = messages.documents.reader;
  const [html, setHtml] = useState<string | null | 'failed'>(null);
  const [zoom, setZoom] = useState(100);
  const [search, setSearch] = useState<ReaderSearchState>({ query: '', hits: null, current: 0 });
  const containerRef = useRef<HTMLDivElement>(null);
  const pristine = useRef<PageText | null>(null);

  useEffect(() => {
    let current = true;
    void import('mammoth')
      .then(({ default: mammoth }) =>
        mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer as ArrayBuffer }, { externalFileAccess: false }),
      )
      .then(
        (result) => current && setHtml(result.value),
        () => current && setHtml('failed'),
      );
    return () => {
      current = false;
    };
  }, [bytes]);

  const content = useMemo(() => (typeof html === 'string' ? safeHtml(html, 3) : null), [html]);
  // Marks are laid into the text each time the search moves; a fresh copy of the document is the clean slate for them.
  const markKey = `${search.query}|${search.current}|${search.hits?.length ?? -1}`;

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container || content === null) return;
    const { nodes, page } = textItems(container);
    pristine.current ??= page;
    if (!search.hits || search.hits.length === 0) return;
    let currentMark: HTMLElement | null = null;
    for (const [item, ranges] of hitRangesByItem(search.hits, page)) {
      const holder = document.createElement('span');
      const mark = markText(holder, page.items[item]!.str, ranges, search.current);
      nodes[item]!.replaceWith(holder);
      currentMark ??= mark;
    }
    currentMark?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [content, markKey, search]);

  const find = useCallback(
    async (query: string): Promise<DocumentHit[]> => (pristine.current ? findInPages([pristine.current], query) : []),
    [],
  );
  const firstHit = useCallback(() => 0, []);

  // + and − zoom wherever focus is in the reader, except while typing in its search box.
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
      const direction = event.key === '+' ? 1 : event.key === '-' ? -1 : 0;
      if (direction === 0) return;
      event.preventDefault();
      setZoom((current) => nextZoom(current, direction));
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [html]);

  if (html === 'failed') return <p className="alert">{r.failed}</p>;
  return (
    <div ref={rootRef} className="reader-body">
      <div className="reader-controls">
        <ZoomControls zoom={zoom} onZoom={setZoom} />
        <ReaderSearch search={search} onChange={setSearch} find={find} firstHit={firstHit} />
      </div>
      <p className="reader-status">{html === null ? r.loading : r.wordNote}</p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must be reachable by keyboard (WCAG 2.1.1) */}
      <div className="reader-viewport reader-word" tabIndex={0} role="region" aria-label={name}>
        <div key={markKey} ref={containerRef} className="reader-word-text" style={{ fontSize: `${zoom}%` }}>
          {content}
        </div>
      </div>
    </div>
  );
}
