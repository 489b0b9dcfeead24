import type { StepProgress } from '../../shared/meeting/session';
import { useI18n } from '../i18n/I18nProvider';

/** How far the room has come: "Punkt 4 av 9" and a bar with one segment per step, the done ones filled. */
export function ProjectorProgress({ progress }: { progress: StepProgress }) {
  const { messages } = useI18n();
  return (
    <footer className="projector-progress">
      <p className="projector-progress-text">{messages.meeting.step.position(progress.position, progress.count)}</p>
      <div className="projector-progress-bar" aria-hidden="true">
        {progress.steps.map(({ step, state }) => (
          <span key={step.id} className={`projector-progress-step projector-progress-${state}`} />
        ))}
      </div>
    </footer>
  );
}
