import { memo } from 'react';
import { Button } from 'react-aria-components';
import type { RemissPackage } from '../../../shared/remiss/remissPackage';
import { TextInput } from '../../app/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { useErrorAt, type Change } from './editing';

export const ScaleEditor = memo(function ScaleEditor({
  ratingScale: scale,
  change,
}: {
  ratingScale: RemissPackage['ratingScale'];
  change: Change;
}) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const errorAt = useErrorAt();
  // A step's value is its position: the scale stays ascending and unique whatever is added or removed.
  const renumber = (d: RemissPackage) => d.ratingScale.steps.forEach((step, index) => (step.value = index + 1));
  return (
    <section className="panel editor-section" aria-labelledby="editor-scale">
      <h2 id="editor-scale">{e.scale}</h2>
      <div className="form">
        <TextInput
          label={e.scaleQuestion}
          value={scale.question}
          onChange={(value) => change((d) => void (d.ratingScale.question = value))}
          error={errorAt(['ratingScale', 'question'])}
        />
        <ol className="scale-step-list">
          {scale.steps.map((step, index) => (
            <li key={index} className="scale-step-item">
              <div role="group" aria-label={e.step(index + 1)} className="field-row">
                <TextInput
                  label={`${e.step(index + 1)}: ${e.stepLabel}`}
                  value={step.label}
                  onChange={(value) => change((d) => void (d.ratingScale.steps[index]!.label = value))}
                  error={errorAt(['ratingScale', 'steps', index, 'label'])}
                />
                <TextInput
                  label={`${e.step(index + 1)}: ${e.stepDescription}`}
                  value={step.description}
                  onChange={(value) => change((d) => void (d.ratingScale.steps[index]!.description = value))}
                  error={errorAt(['ratingScale', 'steps', index, 'description'])}
                />
                <Button
                  className="button button-danger"
                  isDisabled={scale.steps.length <= 2}
                  onPress={() =>
                    change((d) => {
                      d.ratingScale.steps.splice(index, 1);
                      renumber(d);
                    })
                  }
                >
                  {e.removeStep(index + 1)}
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <Button
          className="button"
          isDisabled={scale.steps.length >= 10}
          onPress={() =>
            change((d) => {
              d.ratingScale.steps.push({ value: d.ratingScale.steps.length + 1, label: '', description: '' });
              renumber(d);
            })
          }
        >
          {e.addStep}
        </Button>
        <TextInput
          label={e.noAssessmentLabel}
          description={e.noAssessmentHint}
          value={scale.noAssessmentLabel ?? ''}
          onChange={(value) => change((d) => void (d.ratingScale.noAssessmentLabel = value.trim() === '' ? null : value))}
          error={errorAt(['ratingScale', 'noAssessmentLabel'])}
        />
      </div>
    </section>
  );
});
