import { agenda2030Goal } from '../../shared/remiss/agenda2030';
import { useI18n } from '../i18n/I18nProvider';

/** A global goal in its official colour, with its number and name written out (colour is never the only cue). */
export function AgendaBadge({ number }: { number: number }) {
  const { language, messages } = useI18n();
  const goal = agenda2030Goal(number);
  if (!goal) return null;
  return (
    <span className={`sdg-badge sdg-${number}`}>
      <span className="sdg-number" aria-hidden="true">
        {number}
      </span>
      <span className="visually-hidden">{messages.packageReader.agendaGoal(number, goal[language])}</span>
      <span aria-hidden="true">{goal[language]}</span>
    </span>
  );
}
