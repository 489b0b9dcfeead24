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

export interface HandoutSaver {
  /** The package and the body profile have loaded: the sheet can be made. */
  ready: boolean;
  busy: boolean;
  status: { kind: 'done' | 'error'; text: string } | null;
  save: () => Promise<void>;
}

/**
 * Saves the printable discussion sheet (PDF/A) for members without a screen through the save-file bridge. It reads the
 * body's own goals and, once the chair has chosen, the goals in focus at the moment it is asked for.
 */
export function useHandoutSaver(meeting: Meeting): HandoutSaver {
  const { language, messages } = useI18n();
  const h = messages.handout;
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  const pkg = usePackage(meeting.packageId);
  const body = useBody(meeting.bodyId);
  const session = useSession(meeting.id);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<HandoutSaver['status']>(null);
  const ready = Boolean(pkg) && body !== undefined;

  const save = async () => {
    if (!pkg || body === undefined) return;
    setBusy(true);
    try {
      const model = buildHandoutModel({ pkg, meeting, body, focusGoalIds: session?.focusGoalIds ?? [], language });
      const { bytes, replaced } = await renderPdf(model);
      const result = await files.saveFile({
        suggestedName: finishFileName(h.fileName(meeting.date, meeting.bodyName.trim()), 'pdf'),
        bytes,
        filters: [{ name: h.pdfFilter, extensions: ['pdf'] }],
      });
      if (result.outcome === 'saved') {
        // As with the attachment, a character no bundled font has is named, for it shows as � on paper.
        const missing = replaced.length > 0 ? ` ${h.replacedCharacters(replaced.join(' '))}` : '';
        setStatus({ kind: 'done', text: `${h.saved(result.fileName)}${missing}` });
        announce(`${h.saved(result.fileName)}${missing}`);
      } else setStatus(null);
    } catch {
      setStatus({ kind: 'error', text: h.failed });
      announce(h.failed);
    } finally {
      setBusy(false);
    }
  };

  return { ready, busy, status, save };
}

/** The preparation's button for the discussion sheet, with what became of the last save beside it. */
export function HandoutButton({ meeting }: { meeting: Meeting }) {
  const { messages } = useI18n();
  const { ready, busy, status, save } = useHandoutSaver(meeting);
  return (
    <>
      <Button className="button" isDisabled={busy || !ready} onPress={() => void save()}>
        {messages.handout.save}
      </Button>
      {status && (
        <p className={status.kind === 'error' ? 'alert' : 'field-hint'} role={status.kind === 'error' ? 'alert' : undefined}>
          {status.text}
        </p>
      )}
    </>
  );
}
