import type { ForecastOutcome, OwnGoalForecast } from '../../shared/domain/body';
import { forecastLine } from '../../shared/meeting/ownGoalsInDepth';
import { useI18n } from '../i18n/I18nProvider';

/** The traffic light's three shapes, so the forecast is told by form as well as by colour and words. */
function ForecastIcon({ outcome }: { outcome: ForecastOutcome }) {
  return (
    <svg className="forecast-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1.2em" height="1.2em">
      <circle cx="12" cy="12" r="10" fill="currentColor" />
      {outcome === 'uppnas' && <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="#fff" strokeWidth="2.6" />}
      {outcome === 'uppnasDelvis' && <path d="M7 12h10" fill="none" stroke="#fff" strokeWidth="2.8" />}
      {outcome === 'uppnasInte' && <path d="M8 8l8 8M16 8l-8 8" fill="none" stroke="#fff" strokeWidth="2.6" />}
    </svg>
  );
}

/** An own goal's forecast: an icon and the whole forecast in words, never colour alone. */
export function ForecastBadge({ forecast }: { forecast: OwnGoalForecast | undefined }) {
  const { messages } = useI18n();
  if (!forecast) return <p className="forecast forecast-none">{messages.ownGoals.noForecast}</p>;
  return (
    <p className={`forecast forecast-${forecast.outcome}`}>
      <ForecastIcon outcome={forecast.outcome} />
      <span>{forecastLine(forecast, messages.bodies)}</span>
    </p>
  );
}
