import { useStartI18n } from '../i18n/I18nProvider';
import { useRefusedWrite } from '../stores/refusedWrite';

/** Says, on every screen, why something the user asked for did not happen: the database refused to store it. */
export function RefusedWriteAlert() {
  const { messages } = useStartI18n();
  const s = messages.storage;
  const action = useRefusedWrite((state) => state.action);
  if (action === null) return null;
  return (
    <section className="storage-banner" role="alert" aria-labelledby="refused-write-title">
      <h2 id="refused-write-title">{s.refusedTitle}</h2>
      <p>{s.refused(s.refusedActions[action])}</p>
    </section>
  );
}
