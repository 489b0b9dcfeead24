import { useState } from 'react';
import { Button } from 'react-aria-components';
import { finishFileName } from '../../shared/attachment/fileNames';
import { useBridge } from '../bridge/BridgeProvider';
import { useStartI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { unsavedTextsDocument, useUnsavedTexts } from '../stores/unsavedTexts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Shown across the app while any text could not be written to the database: says so plainly, and offers the texts
 * as a file so nothing is lost even if the database never recovers.
 */
export function UnsavedTextsBanner() {
  const { messages } = useStartI18n();
  const s = messages.storage;
  const texts = useUnsavedTexts((state) => state.texts);
  const closeRefused = useUnsavedTexts((state) => state.closeRefused);
  const bridge = useBridge();
  const announce = useAnnouncer((state) => state.announce);
  const [copyFailed, setCopyFailed] = useState(false);
  const unsaved = Object.values(texts);
  if (unsaved.length === 0) return null;

  const saveCopy = async () => {
    const now = new Date();
    const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}${pad(now.getMinutes())}`;
    try {
      const result = await bridge.saveFile({
        suggestedName: finishFileName(s.copyFileName(stamp), 'txt'),
        bytes: new TextEncoder().encode(unsavedTextsDocument(unsaved, s.copyHeading)),
        filters: [{ name: 'Text', extensions: ['txt'] }],
      });
      setCopyFailed(false);
      if (result.outcome === 'saved') announce(s.copySaved(result.fileName));
    } catch {
      setCopyFailed(true);
    }
  };

  return (
    <section className="storage-banner" role="alert" aria-labelledby="storage-banner-title">
      <h2 id="storage-banner-title">{s.unsavedTitle}</h2>
      <p>{s.unsavedBody(unsaved.length)}</p>
      {copyFailed && <p>{s.copyFailed}</p>}
      {closeRefused && <p>{s.closeRefused}</p>}
      <div className="button-row">
        <Button className="button" onPress={() => void saveCopy()}>
          {s.saveCopy}
        </Button>
        {closeRefused && (
          <Button className="button" onPress={() => void bridge.confirmClose({ close: true })}>
            {s.closeAnyway}
          </Button>
        )}
      </div>
    </section>
  );
}
