import { Label, Radio, RadioGroup } from 'react-aria-components';
import { forecastOutcomes, type ForecastOutcome, type OwnGoal } from '../../shared/domain/body';
import { DateField } from '../app/DateField';
import { TextInput } from '../app/fields';
import { useI18n } from '../i18n/I18nProvider';

const NONE = 'none';

/**
 * One own goal's forecast from the municipality's follow-up: the traffic light as a radio group named after the goal,
 * then its line and date. "Ingen prognos" takes the forecast away; the line and the date appear once there is one.
 */
export function ForecastFields({
  goal,
  goalLabel,
  onChange,
  errorFor,
}: {
  goal: OwnGoal;
  /** "Eget mål 2", so each own goal's fields have a name of their own. */
  goalLabel: string;
  onChange: (forecast: OwnGoal['forecast']) => void;
  errorFor: (field: 'forecastText' | 'forecastDate') => string | undefined;
}) {
  const { messages } = useI18n();
  const b = messages.bodies;
  const forecast = goal.forecast;
  const choose = (key: string) => {
    if (key === NONE) onChange(undefined);
    else onChange({ text: '', date: null, ...forecast, outcome: key as ForecastOutcome });
  };
  return (
    <div className="forecast-fields">
      <RadioGroup className="field forecast-outcome" value={forecast?.outcome ?? NONE} onChange={choose}>
        <Label>{`${goalLabel}: ${b.forecast}`}</Label>
        <Radio value={NONE} className="radio">
          <span className="radio-dot" aria-hidden="true" />
          {b.forecastNone}
        </Radio>
        {forecastOutcomes.map((outcome) => (
          <Radio key={outcome} value={outcome} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            {b.forecastOutcomes[outcome]}
          </Radio>
        ))}
      </RadioGroup>
      {forecast && (
        <div className="field-row">
          <TextInput
            className="field field-wide"
            label={`${goalLabel}: ${b.forecastText}`}
            description={b.forecastTextHint}
            value={forecast.text}
            onChange={(text) => onChange({ ...forecast, text })}
            error={errorFor('forecastText')}
          />
          <DateField
            label={`${goalLabel}: ${b.forecastDate}`}
            value={forecast.date ?? ''}
            onChange={(date) => onChange({ ...forecast, date: date === '' ? null : date })}
            error={errorFor('forecastDate')}
          />
        </div>
      )}
    </div>
  );
}
