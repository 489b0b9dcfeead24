import type { CSSProperties } from 'react';
import { agenda2030Goal } from '../../shared/remiss/agenda2030';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A goal's Agenda 2030 goals as the UN draws them: a tile in the goal's colour with its number and name, the text in
 * the colour that keeps at least 4.5:1 contrast on it. The name is written out, so the colour is never the only cue.
 */
export function AgendaTiles({ numbers, compact = false }: { numbers: readonly number[]; compact?: boolean }) {
  const { language, messages } = useI18n();
  const goals = numbers.map((n) => agenda2030Goal(n)).filter((g) => g !== undefined);
  if (goals.length === 0) return null;
  return (
    <ul className={`agenda-tiles${compact ? ' agenda-tiles-compact' : ''}`} aria-label={messages.projector.agenda2030}>
      {goals.map((g) => (
        <li key={g.number} className="agenda-tile" style={{ '--badge-colour': g.colour, '--badge-text': g.textColour } as CSSProperties}>
          <span className="agenda-tile-number">{g.number}</span> <span className="agenda-tile-name">{g[language]}</span>
        </li>
      ))}
    </ul>
  );
}
