import { lazy, Suspense, useCallback, useEffect } from 'react';
import { Button } from 'react-aria-components';
import { moveProjectedPage, PROJECTED_PAGE_STEP, toggleProjectedPage, type MeetingSession } from '../../shared/meeting/session';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { useDocumentReader } from '../stores/documentReader';
import { documentName } from './labels';
import type { ReaderProjector } from './readerControls';

const DocumentReader = lazy(() => import('./DocumentReader'));

/**
 * The package's documents in the meeting room: a row of buttons beside the step, and the reader below it once one is
 * opened (from here, or from a goal's link such as "Bilaga 1, s. 4"). The chair can put the page on show on the projector.
 */
export function DocumentsPanel({
  pkg,
  session,
  onChange,
}: {
  pkg: RemissPackage;
  session: MeetingSession;
  /** Writes the session; false when the database refused, which the room already says. */
  onChange: (fn: (s: MeetingSession) => MeetingSession) => Promise<boolean>;
}) {
  const { messages } = useI18n();
  const d = messages.documents;
  const announce = useAnnouncer((state) => state.announce);
  const open = useDocumentReader((state) => state.open);
  const openAt = useDocumentReader((state) => state.openAt);
  const close = useDocumentReader((state) => state.close);
  // A package's id is its record's key, where its documents' bytes are kept.
  const packageId = pkg.id;
  // The reader is the room's, not the app's: leaving the meeting closes it.
  useEffect(() => close, [close]);

  const shown = open?.packageId === packageId ? pkg.documents.find((document) => document.id === open.documentId) : undefined;
  const projected = session.projected?.kind === 'documentPage' ? session.projected : null;

  const toggle = useCallback(
    async (documentId: string, name: string, page: number) => {
      let up = false;
      const written = await onChange((s) => {
        const next = toggleProjectedPage(s, documentId, page);
        up = next.projected?.kind === 'documentPage';
        return next;
      });
      if (written) announce(up ? d.reader.projected(name, page) : messages.projector.takenDown);
    },
    [announce, d.reader, messages.projector.takenDown, onChange],
  );

  if (pkg.documents.length === 0) return null;
  const projector: ReaderProjector | null = shown
    ? {
        projectedPage: projected?.documentId === shown.id ? projected.page : null,
        top: projected?.top ?? 0,
        maxTop: 1 - PROJECTED_PAGE_STEP,
        onToggle: (page) => void toggle(shown.id, documentName(shown, messages), page),
        onMove: (direction) => void onChange((s) => moveProjectedPage(s, direction)),
      }
    : null;

  return (
    <section className="panel documents-panel" aria-labelledby="documents-panel-title">
      <h2 id="documents-panel-title">{d.room.title}</h2>
      <ul className="documents-panel-list">
        {pkg.documents.map((document) => {
          const name = documentName(document, messages);
          return (
            <li key={document.id}>
              <Button className="button" aria-pressed={shown?.id === document.id} onPress={() => openAt(packageId, document.id, 1)}>
                {d.room.open(name === document.title ? name : `${name}: ${document.title}`)}
              </Button>
            </li>
          );
        })}
      </ul>
      {shown && open && (
        <Suspense fallback={<p className="reader-status">{d.reader.loading}</p>}>
          <DocumentReader
            key={shown.id}
            packageId={packageId}
            document={shown}
            page={open.page}
            request={open.request}
            projector={projector}
            onClose={close}
          />
        </Suspense>
      )}
    </section>
  );
}
