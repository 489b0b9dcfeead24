import { Checkbox, CheckboxGroup, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { isCalendarDate } from '../../shared/domain/calendarDate';
import { canBeJusterare, isLateJustering, type JusteringPlanInput } from '../../shared/decision/justering';
import { personLabel } from '../../shared/decision/participants';
import type { Participant } from '../../shared/domain/dialogue';
import { useI18n } from '../i18n/I18nProvider';
import { DateField } from '../app/DateField';
import { CheckboxItem } from '../app/fields';

/** The justerare, chosen among the members present, for an adjustment form or the preparation. */
export function JusterareChoice({
  participants,
  value,
  error,
  onChange,
}: {
  participants: readonly Participant[];
  value: string[];
  error?: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  const { messages } = useI18n();
  const j = messages.decision.justering;
  const candidates = participants.filter((p) => canBeJusterare(p) || value.includes(p.id));
  if (candidates.length === 0) return <p className="field-hint">{j.noCandidates}</p>;
  return (
    <CheckboxGroup className="field" value={value} onChange={onChange} isInvalid={error !== undefined} validationBehavior="aria">
      <Label>{j.justerare}</Label>
      <Text slot="description" className="field-hint">
        {j.justerareHint}
      </Text>
      <div className="choice-columns">
        {candidates.map((p) => (
          <CheckboxItem key={p.id} value={p.id}>
            {personLabel(p)}
          </CheckboxItem>
        ))}
      </div>
      <FieldError className="field-error">{error}</FieldError>
    </CheckboxGroup>
  );
}

/** The justering set at the meeting: who adjusts with the chair, and when and where, or at once. */
export function JusteringFieldset({
  meetingDate,
  participants,
  justering,
  errors,
  onChange,
}: {
  meetingDate: string;
  participants: readonly Participant[];
  justering: JusteringPlanInput;
  errors: Record<string, string>;
  onChange: (justering: JusteringPlanInput) => void;
}) {
  const { messages } = useI18n();
  const j = messages.decision.justering;
  const update = (change: Partial<JusteringPlanInput>) => onChange({ ...justering, ...change });
  const date = justering.date.trim();
  const late = !justering.immediate && isCalendarDate(date) && isCalendarDate(meetingDate) && isLateJustering(meetingDate, date);
  return (
    <fieldset className="participants">
      <legend>{j.legend}</legend>
      <JusterareChoice
        participants={participants}
        value={justering.justerareIds}
        error={errors.justerare}
        onChange={(justerareIds) => update({ justerareIds })}
      />
      <Checkbox className="checkbox" isSelected={justering.immediate} onChange={(immediate) => update({ immediate })}>
        <span className="checkbox-box" aria-hidden="true" />
        <span>
          {j.immediate}
          <span className="field-hint"> – {j.immediateHint}</span>
        </span>
      </Checkbox>
      {!justering.immediate && (
        <div className="field-row">
          <DateField
            name="justeringDate"
            label={j.date}
            value={justering.date}
            error={errors.justeringDate}
            onChange={(date) => update({ date })}
          />
          <TextField
            name="justeringTime"
            className="field field-narrow"
            value={justering.time}
            onChange={(time) => update({ time })}
            isInvalid={Boolean(errors.justeringTime)}
          >
            <Label>{j.time}</Label>
            <Input className="input" inputMode="numeric" />
            <FieldError className="field-error">{errors.justeringTime}</FieldError>
          </TextField>
          <TextField name="justeringPlace" className="field field-wide" value={justering.place} onChange={(place) => update({ place })}>
            <Label>{j.place}</Label>
            <Input className="input" />
          </TextField>
        </div>
      )}
      {late && <p className="alert">{j.late}</p>}
    </fieldset>
  );
}
