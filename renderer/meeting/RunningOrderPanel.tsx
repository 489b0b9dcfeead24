import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, FieldError, Form, Input, Label, NumberField, TextField } from 'react-aria-components';
import {
  addCustomStep,
  MAX_STEP_MINUTES,
  moveStep,
  removeCustomStep,
  setPlannedMinutes,
  setSkipped,
} from '../../shared/meeting/runningOrder';
import type { MeetingSession } from '../../shared/meeting/session';
import { plannedItemMinutes } from '../../shared/meeting/timeAccounting';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';
import { stepTitle } from './labels';

/** The running order: where the chair is, and, when asked, the chair's changes to it. */
export function RunningOrderPanel({
  session,
  pkg,
  frozen,
  onGo,
  onChange,
}: {
  session: MeetingSession;
  pkg: RemissPackage;
  /** The protocol is adjusted: the running order can be followed but no longer changed. */
  frozen: boolean;
  onGo: (stepId: string) => Promise<void>;
  onChange: (fn: (s: MeetingSession) => MeetingSession) => Promise<unknown>;
}) {
  const { messages } = useI18n();
  const m = messages.meeting.order;
  const [editingWanted, setEditing] = useState(false);
  const editing = editingWanted && !frozen;
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState(5);
  const [titleError, setTitleError] = useState<string | undefined>();
  const steps = session.steps;
  const currentIndex = steps.findIndex((s) => s.id === session.currentStepId);
  const panelRef = useRef<HTMLElement>(null);

  // In room mode the running order scrolls on its own: the current step is kept in sight there, without moving the page.
  useEffect(() => {
    const panel = panelRef.current;
    const current = panel?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!panel || !current) return;
    const [outer, inner] = [panel.getBoundingClientRect(), current.getBoundingClientRect()];
    if (inner.top < outer.top) panel.scrollTop -= outer.top - inner.top;
    else if (inner.bottom > outer.bottom) panel.scrollTop += inner.bottom - outer.bottom;
  }, [session.currentStepId]);

  const addStep = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (title.trim() === '') {
      setTitleError(m.addMissing);
      return;
    }
    setTitleError(undefined);
    const id = crypto.randomUUID();
    void onChange((s) => ({ ...s, steps: addCustomStep(s.steps, { id, title, plannedMinutes: minutes }, s.currentStepId) }));
    setTitle('');
  };

  return (
    <nav ref={panelRef} className="panel running-order" aria-labelledby="running-order-title">
      <h2 id="running-order-title">{m.title}</h2>
      <p className="field-hint">{m.total(plannedItemMinutes(steps))}</p>
      <ol className="step-list">
        {steps.map((step, index) => {
          const name = stepTitle(step, pkg, messages);
          const current = step.id === session.currentStepId;
          return (
            <li
              key={step.id}
              className={`step-item${step.skipped ? ' step-skipped' : ''}${current ? ' step-current' : ''}${index < currentIndex ? ' step-done' : ''}`}
            >
              <button type="button" className="step-link" onClick={() => void onGo(step.id)} aria-current={current ? 'step' : undefined}>
                <span className="step-name">{name}</span>
                <span className="step-minutes">
                  {m.minutes(step.plannedMinutes)}
                  {step.skipped && ` · ${m.skipped}`}
                </span>
              </button>
              {editing && (
                <div className="step-edit">
                  <NumberField
                    className="field field-narrow"
                    value={step.plannedMinutes}
                    minValue={0}
                    maxValue={MAX_STEP_MINUTES}
                    aria-label={m.plannedMinutes(name)}
                    onChange={(value) =>
                      !Number.isNaN(value) && void onChange((s) => ({ ...s, steps: setPlannedMinutes(s.steps, step.id, value) }))
                    }
                  >
                    <Input className="input" />
                  </NumberField>
                  <Button
                    className="icon-button"
                    aria-label={m.moveUp(name)}
                    isDisabled={index === 0}
                    onPress={() => void onChange((s) => ({ ...s, steps: moveStep(s.steps, step.id, -1) }))}
                  >
                    ↑
                  </Button>
                  <Button
                    className="icon-button"
                    aria-label={m.moveDown(name)}
                    isDisabled={index === steps.length - 1}
                    onPress={() => void onChange((s) => ({ ...s, steps: moveStep(s.steps, step.id, 1) }))}
                  >
                    ↓
                  </Button>
                  <Checkbox
                    className="checkbox"
                    isSelected={step.skipped}
                    isDisabled={current}
                    onChange={(skipped) => void onChange((s) => ({ ...s, steps: setSkipped(s.steps, step.id, skipped) }))}
                  >
                    <span className="checkbox-box" aria-hidden="true" />
                    {m.skip(name)}
                  </Checkbox>
                  {step.kind === 'custom' && !current && (
                    <Button className="button" onPress={() => void onChange((s) => ({ ...s, steps: removeCustomStep(s.steps, step.id) }))}>
                      {m.remove(name)}
                    </Button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!frozen && (
        <Button className="button" onPress={() => setEditing((value) => !value)} aria-expanded={editing}>
          {editing ? m.doneEditing : m.edit}
        </Button>
      )}
      {editing && (
        <Form
          className="form add-step"
          onSubmit={addStep}
          validationBehavior="aria"
          validationErrors={titleError ? { title: titleError } : {}}
        >
          <TextField name="title" className="field" value={title} onChange={setTitle}>
            <Label>{m.addTitle}</Label>
            <Input className="input" />
            <FieldError className="field-error" />
          </TextField>
          <NumberField className="field field-narrow" value={minutes} minValue={0} maxValue={MAX_STEP_MINUTES} onChange={setMinutes}>
            <Label>{m.addMinutes}</Label>
            <Input className="input" />
          </NumberField>
          <Button type="submit" className="button">
            {m.add}
          </Button>
        </Form>
      )}
    </nav>
  );
}
