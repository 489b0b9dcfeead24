import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Button, Group, Input, Label, NumberField } from 'react-aria-components';
import { findInPages, firstHitFrom, hitRangesByItem, type DocumentHit } from '../../shared/search/documentSearch';
import { isTextEntry } from '../app/keyboardContext';
import { useI18n } from '../i18n/I18nProvider';
import { markText } from './markHits';
import { pdfPageTexts, renderPdfPage, type RenderedPage } from './pdfjs';
import { useOpenedPdf } from './useOpenedPdf';
import { ZoomControls } from './ZoomControls';
import { ReaderSearch, type ReaderSearchState } from './ReaderSearch';
import { nextZoom, type ReaderProjector } from './readerControls';

interface PdfReaderProps {
  bytes: Uint8Array;
  /** What the room calls the document: "Bilaga 1". */
  name: string;
  /** The page to open at; asked again whenever `request` changes. */
  page: number;
  request: number;
  projector: ReaderProjector | null;
}

/**
 * A PDF, one page at a time: drawn sharp at the panel's width (zoomable), with its text laid over it as real text so a
 * screen reader reads it and a search marks it. Page Up / Page Down turn the pages, + and − zoom.
 */
export function PdfReader({ bytes, name, page: askedPage, request, projector }: PdfReaderProps) {
  const { messages } = useI18n();
  const r = messages.documents.reader;
  const pdf = useOpenedPdf(bytes);
  const [wantedPage, setPage] = useState(askedPage);
  const [answered, setAnswered] = useState(request);
  const [zoom, setZoom] = useState(100);
  const [width, setWidth] = useState(0);
  const [search, setSearch] = useState<ReaderSearchState>({ query: '', hits: null, current: 0 });
  // The text layer of the page last drawn; kept in a ref, since marking a hit changes its elements in place.
  const layerRef = useRef<{ page: number; textLayer: RenderedPage['textLayer'] } | null>(null);
  const [drawn, setDrawn] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const markedRef = useRef<number[]>([]);
  const pageCount = pdf && pdf !== 'failed' ? pdf.numPages : 0;
  const clamp = useCallback((target: number) => Math.min(Math.max(1, target), Math.max(1, pageCount)), [pageCount]);
  // A link asks for a page again (the same one, perhaps, after the reader was turned elsewhere).
  if (answered !== request) {
    setAnswered(request);
    setPage(askedPage);
  }
  const page = pageCount > 0 ? clamp(wantedPage) : wantedPage;

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const measure = () => setWidth(viewport.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [pdf]);

  useEffect(() => {
    if (!pdf || pdf === 'failed' || width === 0 || page > pdf.numPages) return;
    const controller = new AbortController();
    void (async () => {
      try {
        const pdfPage = await pdf.getPage(page);
        if (controller.signal.aborted || !canvasRef.current) return;
        const { textLayer } = await renderPdfPage({
          page: pdfPage,
          canvas: canvasRef.current,
          width: Math.floor((width * zoom) / 100),
          textContainer: textRef.current,
          signal: controller.signal,
        });
        if (controller.signal.aborted) return;
        layerRef.current = { page, textLayer };
        markedRef.current = [];
        setDrawn((count) => count + 1);
      } catch {
        // Drawing was cancelled because the reader moved on; the next page's drawing takes over.
      }
    })();
    return () => controller.abort();
  }, [pdf, page, width, zoom]);

  // The hits on the page on show are marked in its text; the current one is scrolled into view.
  useEffect(() => {
    const layer = layerRef.current?.page === page ? layerRef.current.textLayer : null;
    if (!layer) return;
    const divs = layer.textDivs;
    const texts = layer.textContentItemsStr;
    // Marked text from before goes back to plain text: marking it with no hits does exactly that.
    for (const index of markedRef.current) markText(divs[index]!, texts[index]!, [], -1);
    markedRef.current = [];
    if (!search.hits) return;
    const onPage = search.hits.map((hit, index) => ({ hit, index })).filter(({ hit }) => hit.page === page);
    if (onPage.length === 0) return;
    const items = { items: texts.map((str) => ({ str, hasEOL: false })) };
    const ranges = hitRangesByItem(
      onPage.map(({ hit }) => hit),
      items,
    );
    let currentMark: HTMLElement | null = null;
    for (const [item, parts] of ranges) {
      const mark = markText(
        divs[item]!,
        texts[item]!,
        parts.map((part) => ({ ...part, hit: onPage[part.hit]!.index })),
        search.current,
      );
      currentMark ??= mark;
      markedRef.current.push(item);
    }
    currentMark?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [drawn, page, search]);

  const find = useCallback(
    async (query: string): Promise<DocumentHit[]> => (pdf && pdf !== 'failed' ? findInPages(await pdfPageTexts(pdf), query) : []),
    [pdf],
  );
  const pageRef = useRef(page);
  useLayoutEffect(() => {
    pageRef.current = page;
  });
  const onSearch = useCallback(
    (next: ReaderSearchState) => {
      setSearch(next);
      const hit = next.hits?.[next.current];
      if (hit) setPage(hit.page);
    },
    [setSearch],
  );
  const firstHit = useCallback((hits: DocumentHit[]) => firstHitFrom(hits, pageRef.current), []);

  // Page Up / Page Down and + / − work wherever focus is in the reader, except while typing in its fields.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
      const actions: Record<string, () => void> = {
        PageDown: () => setPage((current) => clamp(current + 1)),
        PageUp: () => setPage((current) => clamp(current - 1)),
        '+': () => setZoom((current) => nextZoom(current, 1)),
        '-': () => setZoom((current) => nextZoom(current, -1)),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [clamp]);

  if (pdf === 'failed') return <p className="alert">{r.failed}</p>;
  const onProjector = projector?.projectedPage === page;
  return (
    <div ref={rootRef} className="reader-body">
      <div className="reader-controls">
        <Group className="reader-group" aria-label={r.page}>
          <Button className="button" isDisabled={page <= 1} onPress={() => setPage(clamp(page - 1))}>
            ← {r.previousPage}
          </Button>
          <NumberField
            className="field reader-page-field"
            value={page}
            minValue={1}
            maxValue={Math.max(1, pageCount)}
            step={1}
            isDisabled={pageCount === 0}
            formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
            onChange={(value) => !Number.isNaN(value) && setPage(clamp(value))}
          >
            <Label>{r.page}</Label>
            <Input className="input" />
          </NumberField>
          <span className="reader-page-count">{pageCount > 0 && r.pageOf(pageCount)}</span>
          <Button className="button" isDisabled={page >= pageCount} onPress={() => setPage(clamp(page + 1))}>
            {r.nextPage} →
          </Button>
        </Group>
        <ZoomControls zoom={zoom} onZoom={setZoom}>
          <Button className="button" isDisabled={zoom === 100} onPress={() => setZoom(100)}>
            {r.zoomFit}
          </Button>
        </ZoomControls>
        <ReaderSearch search={search} onChange={onSearch} find={find} firstHit={firstHit} />
        {projector && (
          <Group className="reader-group" aria-label={messages.projector.controls}>
            <Button className="button" aria-pressed={onProjector} onPress={() => projector.onToggle(page)}>
              {onProjector ? r.takeDown : r.project}
            </Button>
            {onProjector && (
              <>
                <Button className="button" isDisabled={projector.top <= 0} onPress={() => projector.onMove(-1)}>
                  {r.projectorUp}
                </Button>
                <Button className="button" isDisabled={projector.top >= projector.maxTop} onPress={() => projector.onMove(1)}>
                  {r.projectorDown}
                </Button>
              </>
            )}
          </Group>
        )}
      </div>
      <p className="reader-status" aria-live="polite">
        {pdf === null ? r.loading : `${name}: ${r.pageStatus(page, pageCount)}`}
        {onProjector && ` · ${r.onProjector}`}
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must be reachable by keyboard (WCAG 2.1.1) */}
      <div ref={viewportRef} className="reader-viewport" tabIndex={0} role="region" aria-label={`${name}, ${r.pageLabel(page)}`}>
        <div className="reader-page">
          <canvas ref={canvasRef} className="reader-canvas" aria-hidden="true" />
          <div ref={textRef} className="textLayer" />
        </div>
      </div>
    </div>
  );
}
