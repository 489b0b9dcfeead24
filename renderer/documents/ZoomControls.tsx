import type { ReactNode } from 'react';
import { Button, Group } from 'react-aria-components';
import { useI18n } from '../i18n/I18nProvider';
import { nextZoom } from './readerControls';

/** Smaller and larger, with the level between them: the same for a PDF and a Word document; `children` add to the group. */
export function ZoomControls({ zoom, onZoom, children }: { zoom: number; onZoom: (zoom: number) => void; children?: ReactNode }) {
  const { messages } = useI18n();
  const r = messages.documents.reader;
  return (
    <Group className="reader-group" aria-label={r.zoomLevel(zoom)}>
      <Button className="button" aria-label={r.zoomOut} isDisabled={zoom === nextZoom(zoom, -1)} onPress={() => onZoom(nextZoom(zoom, -1))}>
        −
      </Button>
      <span className="reader-zoom">{r.zoomLevel(zoom)}</span>
      <Button className="button" aria-label={r.zoomIn} isDisabled={zoom === nextZoom(zoom, 1)} onPress={() => onZoom(nextZoom(zoom, 1))}>
        +
      </Button>
      {children}
    </Group>
  );
}
