import { useState } from 'react';
import { Button } from 'react-aria-components';
import { finishFileName } from '../../shared/attachment/fileNames';
import type { Meeting } from '../../shared/domain/meeting';
import { buildHandoutModel } from '../../shared/meeting/handout';
import { useFiles } from '../bridge/BridgeProvider';
import { useBody, usePackage, useSession } from '../data/meetingRoom';
import { renderPdf } from '../export/exporters';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';

/**
 * Saves the printable discussion sheet (PDF/A) for members without a screen, from the preparation or the room. It reads
 * the body's own goals and, once the chair has chosen, the goals in focus at the moment it is pressed.
 */
export function HandoutButton({ meeting, quiet = false }: { meeting: Meeting; quiet?: boolean }) {
  const { language, messages } = useI18n();
  const h = messages.handout;
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  const pkg = usePackage(meeting.packageId);
  const body = useBody(meeting.bodyId);
  const session = useSession(meeting.id);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);

  const save = async () => {
    if (!pkg || body === undefined) return;
    setBusy(true);
    try {
      const model = buildHandoutModel({ pkg, meeting, body, focusGoalIds: session?.focusGoalIds ?? [], language });
      const { bytes } = await renderPdf(model);
      const result = await files.saveFile({
        suggestedName: finishFileName(h.fileName(meeting.date, meeting.bodyName.trim()), 'pdf'),
        bytes,
        filters: [{ name: h.pdfFilter, extensions: ['pdf'] }],
      });
      if (result.outcome === 'saved') {
        setStatus({ kind: 'done', text: h.saved(result.fileName) });
        announce(h.saved(result.fileName));
      } else setStatus(null);
    } catch {
      setStatus({ kind: 'error', text: h.failed });
      announce(h.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        className={quiet ? 'button button-quiet' : 'button'}
        isDisabled={busy || !pkg || body === undefined}
        onPress={() => void save()}
      >
        {h.save}
      </Button>
      {status?.kind === 'error' && (
        <p className="alert" role="alert">
          {status.text}
        </p>
      )}
      {status?.kind === 'done' && !quiet && <p className="field-hint">{status.text}</p>}
    </>
  );
}
