import { useEffect, useState } from 'react';
import { openPdf, type PDFDocumentProxy } from './pdfjs';

/**
 * The PDF in `bytes`, opened with pdf.js: null while it opens (or while there are no bytes), 'failed' when pdf.js cannot
 * read it. The document is destroyed when the bytes change or the component goes, also when it opens only after that.
 */
export function useOpenedPdf(bytes: Uint8Array | null | undefined): PDFDocumentProxy | null | 'failed' {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null | 'failed'>(null);
  useEffect(() => {
    if (!bytes) return;
    let current = true;
    let opened: PDFDocumentProxy | null = null;
    openPdf(bytes).then(
      (document) => {
        opened = document;
        if (current) setPdf(document);
        else void document.destroy();
      },
      () => current && setPdf('failed'),
    );
    return () => {
      current = false;
      void opened?.destroy();
    };
  }, [bytes]);
  return pdf;
}
