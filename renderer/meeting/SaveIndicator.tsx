import { Button } from 'react-aria-components';
import { useI18n } from '../i18n/I18nProvider';
import type { SaveState } from '../data/useAutosave';

/** The honest save state beside a text: "Sparat" only once the database has the text. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { messages } = useI18n();
  const m = messages.meeting.save;
  if (state === 'failed')
    return (
      <div className="save-failed" role="alert">
        <p className="alert">{m.failed}</p>
        <Button className="button" onPress={onRetry}>
          {m.retry}
        </Button>
      </div>
    );
  return (
    <p className="save-state" aria-live="polite">
      {state === 'saving' ? m.saving : state === 'saved' ? m.saved : ''}
    </p>
  );
}
