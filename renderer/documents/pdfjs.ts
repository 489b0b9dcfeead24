import {
  getDocument,
  GlobalWorkerOptions,
  TextLayer,
  VerbosityLevel,
  type PDFDocumentProxy,
  type PDFPageProxy,
  type RenderTask,
} from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import type { PageText } from '../../shared/search/documentSearch';

/**
 * pdf.js, set up for the app: its worker is bundled as a module worker on the app's own origin, it evaluates no
 * strings as code, compiles no WebAssembly (the CSP allows neither), and fetches CMaps and standard fonts from the
 * app's own files (see vite.config.ts). This module is loaded only when a document is opened.
 */
let worker: Worker | null = null;
function ensureWorker(): void {
  // One worker for every document the window opens; pdf.js keeps a port it was given and never ends it.
  worker ??= new PdfWorker();
  GlobalWorkerOptions.workerPort ??= worker;
}

const assetUrl = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

export type { PDFDocumentProxy, PDFPageProxy };

/** Opens a PDF from its bytes; they are copied, since pdf.js hands its buffer to the worker. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  ensureWorker();
  return getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useWasm: false,
    wasmUrl: assetUrl('wasm'),
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    // The 14 standard fonts a PDF may name without embedding come from the app's own copies, so a page looks the same
    // on every laptop instead of borrowing whatever system font stands in for Helvetica.
    useSystemFonts: false,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
}

/** How many pages a PDF has; null when pdf.js cannot read it. */
export async function countPdfPages(bytes: Uint8Array): Promise<number | null> {
  try {
    const pdf = await openPdf(bytes);
    const count = pdf.numPages;
    await pdf.destroy();
    return count;
  } catch {
    return null;
  }
}

/** A canvas never gets more pixels than this, however far the reader zooms: memory stays bounded. */
const MAX_CANVAS_PIXELS = 16_000_000;

export interface RenderedPage {
  /** CSS pixels per PDF point at which the page was drawn. */
  scale: number;
  width: number;
  height: number;
  textLayer: TextLayer | null;
}

/**
 * Draws a page into a canvas at `width` CSS pixels (sharp on the screen's own pixel density) and, given a container,
 * lays its text over it as real, selectable text that a screen reader reads and a search can mark. Cancels cleanly:
 * `signal` aborts the drawing when the reader has moved on.
 */
export async function renderPdfPage(options: {
  page: PDFPageProxy;
  canvas: HTMLCanvasElement;
  width: number;
  textContainer: HTMLElement | null;
  signal: AbortSignal;
}): Promise<RenderedPage> {
  const { page, canvas, width, textContainer, signal } = options;
  const scale = width / page.getViewport({ scale: 1 }).width;
  const viewport = page.getViewport({ scale });
  const density = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)));
  canvas.width = Math.floor(viewport.width * density);
  canvas.height = Math.floor(viewport.height * density);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  const task: RenderTask = page.render({
    canvas,
    viewport,
    transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0],
  });
  const cancel = () => task.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    await task.promise;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  let textLayer: TextLayer | null = null;
  if (textContainer && !signal.aborted) {
    textContainer.replaceChildren();
    textContainer.style.setProperty('--total-scale-factor', String(scale));
    textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: textContainer, viewport });
    signal.addEventListener('abort', () => textLayer?.cancel(), { once: true });
    await textLayer.render();
  }
  return { scale, width: viewport.width, height: viewport.height, textLayer };
}

const pageTextCache = new WeakMap<PDFDocumentProxy, Promise<PageText[]>>();

/** Every page's text items, in the order the text layer lays them out, read once per document. */
export function pdfPageTexts(pdf: PDFDocumentProxy): Promise<PageText[]> {
  let texts = pageTextCache.get(pdf);
  if (!texts) {
    texts = Promise.all(
      Array.from({ length: pdf.numPages }, async (_, index) => {
        const page = await pdf.getPage(index + 1);
        const content = await page.getTextContent();
        return {
          items: content.items.flatMap((item) => ('str' in item ? [{ str: item.str, hasEOL: item.hasEOL }] : [])),
        };
      }),
    );
    pageTextCache.set(pdf, texts);
  }
  return texts;
}
