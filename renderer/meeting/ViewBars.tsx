import type { ViewDistribution, ViewSuggestion } from '../../shared/meeting/viewRound';
import type { RatingScale } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A round's distribution as bars with their numbers: each step's words and count are text, read as "3. Lagom: 2"; the
 * bar beside them only draws the count to scale, so nothing is told by length or colour alone.
 */
export function ViewBars({ distribution, className }: { distribution: ViewDistribution; className: string }) {
  const { messages } = useI18n();
  const v = messages.viewRound;
  const rows = [
    ...distribution.steps.map((step) => ({ key: String(step.value), label: v.step(step.value, step.label), count: step.count })),
    { key: 'abstain', label: v.abstain, count: distribution.abstain },
  ];
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <figure className={className}>
      <ul className="view-bars">
        {rows.map((row) => (
          <li key={row.key} className={`view-bar view-bar-${row.key === 'abstain' ? 'abstain' : 'step'}`}>
            <span className="view-bar-label">{row.label}</span>
            <span className="visually-hidden">: </span>
            <svg className="view-bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className="view-bar-fill" x="0" y="0" width={(row.count / largest) * 100} height="10" />
            </svg>
            <strong className="view-bar-count">{row.count}</strong>
          </li>
        ))}
      </ul>
      <figcaption className="view-bars-summary">{v.distribution(distribution.given, distribution.abstain)}</figcaption>
    </figure>
  );
}

/** What the round suggests as the board's rating, or why it suggests nothing; an even split is said as it is. */
export function SuggestionLine({ suggestion, scale }: { suggestion: ViewSuggestion; scale: RatingScale }) {
  const { messages } = useI18n();
  const v = messages.viewRound;
  const stepLabel = (value: number) => v.step(value, scale.steps.find((step) => step.value === value)?.label ?? '');
  if (suggestion.kind === 'none') return <p className="view-round-suggestion">{v.noSuggestion}</p>;
  if (suggestion.kind === 'split')
    return <p className="view-round-suggestion">{v.split(stepLabel(suggestion.lower), stepLabel(suggestion.upper))}</p>;
  return (
    <p className="view-round-suggestion">
      <strong>{v.suggestion(stepLabel(suggestion.value))}</strong>
      {suggestion.between && ` ${v.suggestionOfSplit(stepLabel(suggestion.between.lower), stepLabel(suggestion.between.upper))}`}
    </p>
  );
}
