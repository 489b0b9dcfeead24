import { Button } from 'react-aria-components';
import { useI18n } from '../i18n/I18nProvider';
import type { SaveState } from '../data/useAutosave';

/**
 * The honest save state beside a text: "Sparat" only once the database has the text. `notice` says that a change made
 * at the same time in another window was merged in (the live region has announced it already).
 */
export function SaveIndicator({ state, notice = null, onRetry }: { state: SaveState; notice?: string | null; onRetry: () => void }) {
  const { messages } = useI18n();
  const m = messages.meeting.save;
  const merged = notice && <p className="notice">{notice}</p>;
  if (state === 'failed')
    return (
      <>
        <div className="save-failed" role="alert">
          <p className="alert">{m.failed}</p>
          <Button className="button" onPress={onRetry}>
            {m.retry}
          </Button>
        </div>
        {merged}
      </>
    );
  return (
    <>
      <p className="save-state" aria-live="polite">
        {state === 'saving' ? m.saving : state === 'saved' ? m.saved : ''}
      </p>
      {merged}
    </>
  );
}
