import { memo, useCallback } from 'react';
import { Button, CheckboxGroup, FieldError, Group, Input, Label, NumberField } from 'react-aria-components';
import { agenda2030Goals } from '../../../shared/remiss/agenda2030';
import type { KfGoal, PackageDocument, Question } from '../../../shared/remiss/remissPackage';
import { CheckboxItem, LinesInput, TextInput } from '../../app/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { shortId, useErrorAt, type ChangeGoal } from './editing';
import { DocumentReferencesEditor } from './DocumentReferencesEditor';
import { QuestionsEditor } from './QuestionsEditor';

export const GoalEditor = memo(function GoalEditor({
  goal,
  index,
  documents,
  changeGoal: changeGoalAt,
  onRemove,
}: {
  goal: KfGoal;
  index: number;
  /** The package's documents, which the goal may point into. */
  documents: readonly PackageDocument[];
  changeGoal: ChangeGoal;
  /** Asks to remove the goal; null when it is the package's only goal. */
  onRemove: ((goal: KfGoal) => void) | null;
}) {
  const { language, messages } = useI18n();
  const e = messages.packageEditor;
  const errorAt = useErrorAt();
  const path = ['goals', index];
  const changeGoal = (recipe: (goal: KfGoal) => void) => changeGoalAt(index, recipe);
  const changeQuestions = useCallback(
    (recipe: (questions: Question[]) => void) =>
      changeGoalAt(index, (g) => {
        const questions = structuredClone(g.questions);
        recipe(questions);
        g.questions = questions;
      }),
    [changeGoalAt, index],
  );
  const headingId = `goal-editor-${goal.id}`;
  const numberError = errorAt([...path, 'number']);
  return (
    <section className="goal-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {e.goalLegend(goal.number)}: {goal.title || e.untitled}
      </h3>
      <div className="form">
        <div className="field-row">
          <NumberField
            className="field field-narrow"
            value={goal.number}
            minValue={1}
            maxValue={999}
            step={1}
            isInvalid={numberError !== undefined}
            validationBehavior="aria"
            formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
            onChange={(value) => !Number.isNaN(value) && changeGoal((g) => void (g.number = value))}
          >
            <Label>{`${e.goalLegend(goal.number)}: ${e.goalNumber}`}</Label>
            <Group>
              <Input className="input" />
            </Group>
            <FieldError className="field-error">{numberError}</FieldError>
          </NumberField>
          <TextInput
            className="field field-wide"
            label={`${e.goalLegend(goal.number)}: ${e.goalTitle}`}
            value={goal.title}
            onChange={(value) => changeGoal((g) => void (g.title = value))}
            error={errorAt([...path, 'title'])}
          />
        </div>
        <TextInput
          label={`${e.goalLegend(goal.number)}: ${e.goalDescription}`}
          value={goal.description}
          onChange={(value) => changeGoal((g) => void (g.description = value))}
          error={errorAt([...path, 'description'])}
          multiline
        />
        <TextInput
          label={`${e.goalLegend(goal.number)}: ${e.ambitionLevel}`}
          value={goal.ambitionLevel}
          onChange={(value) => changeGoal((g) => void (g.ambitionLevel = value))}
          error={errorAt([...path, 'ambitionLevel'])}
          multiline
        />

        <h4>{e.focusAreas}</h4>
        {goal.focusAreas.map((area, position) => (
          <div
            key={area.id}
            role="group"
            aria-label={`${e.goalLegend(goal.number)}, ${e.focusArea(position + 1)}`}
            className="focus-area-editor"
          >
            <TextInput
              label={`${e.focusArea(position + 1)}: ${e.focusAreaTitle}`}
              value={area.title}
              onChange={(value) =>
                changeGoal((g) => void (g.focusAreas = g.focusAreas.map((a, i) => (i === position ? { ...a, title: value } : a))))
              }
              error={errorAt([...path, 'focusAreas', position, 'title'])}
            />
            <LinesInput
              label={`${e.focusArea(position + 1)}: ${e.successFactors}`}
              description={e.onePerLine}
              lines={area.successFactors}
              onChange={(lines) =>
                changeGoal((g) => void (g.focusAreas = g.focusAreas.map((a, i) => (i === position ? { ...a, successFactors: lines } : a))))
              }
            />
            <Button
              className="button button-danger"
              onPress={() => changeGoal((g) => void (g.focusAreas = g.focusAreas.filter((_, i) => i !== position)))}
              aria-label={`${e.removeFocusArea(position + 1)} – ${e.goalLegend(goal.number)}`}
            >
              {e.removeFocusArea(position + 1)}
            </Button>
          </div>
        ))}
        <Button
          className="button"
          isDisabled={goal.focusAreas.length >= 20}
          onPress={() =>
            changeGoal((g) => void (g.focusAreas = [...g.focusAreas, { id: `${g.id}-f-${shortId()}`, title: '', successFactors: [] }]))
          }
          aria-label={`${e.addFocusArea} – ${e.goalLegend(goal.number)}`}
        >
          {e.addFocusArea}
        </Button>

        <CheckboxGroup
          className="field agenda-group"
          value={goal.agenda2030.map(String)}
          onChange={(values) => changeGoal((g) => void (g.agenda2030 = values.map(Number).sort((a, b) => a - b)))}
        >
          <Label>{`${e.goalLegend(goal.number)}: ${e.agenda2030}`}</Label>
          <div className="agenda-options">
            {agenda2030Goals.map((sdg) => (
              <CheckboxItem key={sdg.number} value={String(sdg.number)}>
                <span className={`sdg-chip sdg-${sdg.number}`} aria-hidden="true">
                  {sdg.number}
                </span>
                <span className="visually-hidden">{`${sdg.number} ${sdg[language]}`}</span>
                <span aria-hidden="true">{sdg[language]}</span>
              </CheckboxItem>
            ))}
          </div>
        </CheckboxGroup>

        <DocumentReferencesEditor goal={goal} index={index} documents={documents} changeGoal={changeGoalAt} />

        <h4>{e.questions}</h4>
        <QuestionsEditor
          label={`${e.goalLegend(goal.number)}, ${e.questions}`}
          questions={goal.questions}
          path={[...path, 'questions']}
          idPrefix={goal.id}
          change={changeQuestions}
        />
        <Button className="button button-danger" isDisabled={onRemove === null} onPress={() => onRemove?.(goal)}>
          {e.removeGoal(goal.number)}
        </Button>
      </div>
    </section>
  );
});
