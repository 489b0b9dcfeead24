import { useStartI18n } from '../i18n/I18nProvider';

/**
 * What stands in for a part of the screen while its code loads: a polite status for a screen reader and nothing to see,
 * so the layout does not move when the part arrives (a few milliseconds from the app's own files).
 */
export function LoadingStatus() {
  const { messages } = useStartI18n();
  return (
    <span role="status" className="visually-hidden">
      {messages.app.loading}
    </span>
  );
}
