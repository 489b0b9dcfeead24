import { useAnnouncer } from '../stores/announcer';

/** One polite live region for the whole app; the key remounts its text so repeats are announced. */
export function LiveRegion() {
  const message = useAnnouncer((state) => state.message);
  const sequence = useAnnouncer((state) => state.sequence);
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      <span key={sequence}>{message}</span>
    </div>
  );
}
