import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { documentKindOfMediaType } from '../../shared/remiss/packageContainer';
import type { PackageDocument } from '../../shared/remiss/remissPackage';
import { useDocumentFile } from '../data/documents';
import { useI18n } from '../i18n/I18nProvider';
import { documentName } from './labels';
import { PdfReader } from './PdfReader';
import type { ReaderProjector } from './readerControls';
import { WordReader } from './WordReader';
import './reader.css';

export interface DocumentReaderProps {
  packageId: string;
  document: PackageDocument;
  page: number;
  /** Changes whenever someone asks to open the document (again) at `page`; focus then moves to the reader. */
  request: number;
  projector: ReaderProjector | null;
  onClose: () => void;
}

/**
 * One of the package's documents, read in place: a PDF page by page, a Word document as text. The whole reader (pdf.js,
 * mammoth) loads only when a document is first opened, so the app starts without it.
 */
export default function DocumentReader({ packageId, document, page, request, projector, onClose }: DocumentReaderProps) {
  const { messages } = useI18n();
  const r = messages.documents.reader;
  const bytes = useDocumentFile(packageId, document.id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const name = documentName(document, messages);
  const title = name === document.title ? name : `${name}: ${document.title}`;

  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, [request]);

  return (
    <section className="reader" aria-label={r.region(name)}>
      <div className="reader-heading">
        <h3 ref={headingRef} tabIndex={-1}>
          {title}
        </h3>
        <Button className="button" onPress={onClose}>
          {r.close}
        </Button>
      </div>
      {bytes === undefined ? (
        <p className="reader-status">{r.loading}</p>
      ) : bytes === null ? (
        <p className="alert">{r.failed}</p>
      ) : documentKindOfMediaType(document.mediaType) === 'pdf' ? (
        <PdfReader bytes={bytes} name={name} page={page} request={request} projector={projector} />
      ) : (
        <WordReader bytes={bytes} name={name} />
      )}
    </section>
  );
}
