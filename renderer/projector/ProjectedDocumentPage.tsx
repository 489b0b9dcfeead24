import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ProjectedDocumentPage as Projected } from '../../shared/meeting/session';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useDocumentFile } from '../data/documents';
import { documentName } from '../documents/labels';
import { renderPdfPage } from '../documents/pdfjs';
import { useOpenedPdf } from '../documents/useOpenedPdf';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A page of a document on the room's screen: drawn at the full width of the screen, so its text is large enough to
 * read from the back of the room; a page taller than the screen shows the part the chair has moved down to.
 */
export default function ProjectedDocumentPage({ pkg, projected }: { pkg: RemissPackage; projected: Projected }) {
  const { messages } = useI18n();
  const p = messages.documents.projector;
  const document = pkg.documents.find((candidate) => candidate.id === projected.documentId);
  const bytes = useDocumentFile(document ? pkg.id : null, document?.id ?? null);
  const pdf = useOpenedPdf(bytes);
  const [width, setWidth] = useState(0);
  const [drawn, setDrawn] = useState<{ page: number; height: number } | null>(null);
  const [viewHeight, setViewHeight] = useState(0);
  const viewRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const measure = () => {
      setWidth(view.clientWidth);
      setViewHeight(view.clientHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(view);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!pdf || pdf === 'failed' || width === 0 || projected.page > pdf.numPages) return;
    const controller = new AbortController();
    void (async () => {
      try {
        const page = await pdf.getPage(projected.page);
        if (controller.signal.aborted || !canvasRef.current) return;
        const rendered = await renderPdfPage({ page, canvas: canvasRef.current, width, textContainer: null, signal: controller.signal });
        if (!controller.signal.aborted) setDrawn({ page: projected.page, height: rendered.height });
      } catch {
        // Cancelled: the chair put up another page, or the screen changed size.
      }
    })();
    return () => controller.abort();
  }, [pdf, projected.page, width]);

  const name = document ? documentName(document, messages) : '';
  const heading = p.page(name, projected.page);
  const shown = drawn?.page === projected.page;
  // The screen moves down the page in steps, never past its foot.
  const offset = shown ? Math.max(0, Math.min(projected.top * drawn.height, drawn.height - viewHeight)) : 0;
  return (
    <section className="projector-document" aria-labelledby="projector-document-title">
      <h2 id="projector-document-title" className="projector-document-title">
        {heading}
      </h2>
      {(!document || bytes === null || pdf === 'failed') && <p className="projector-muted">{p.failed}</p>}
      {document && bytes !== null && pdf !== 'failed' && !shown && <p className="projector-muted">{p.loading}</p>}
      <div ref={viewRef} className="projector-document-view">
        <div role="img" aria-label={heading} hidden={!shown}>
          <canvas
            ref={canvasRef}
            className="projector-document-canvas"
            aria-hidden="true"
            style={{ transform: `translateY(${-offset}px)` }}
          />
        </div>
      </div>
    </section>
  );
}
