import type { Ref } from 'react';
import { Button } from 'react-aria-components';
import type { Step } from '../../shared/meeting/runningOrder';
import { stepProgress, stepQuestions, type MeetingSession } from '../../shared/meeting/session';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';
import { stepTitle } from './labels';
import { TimerBar } from './TimerBar';

type Change = (fn: (s: MeetingSession) => MeetingSession) => Promise<unknown>;

/**
 * What stays in view while the secretary types: where the room is in the running order, the step with its goal and the
 * question under discussion, the time box, and the way to the next step.
 */
export function StepHeader({
  session,
  step,
  pkg,
  headingRef,
  previousQuestionRef,
  nextQuestionRef,
  onMove,
  onQuestion,
  onChange,
}: {
  session: MeetingSession;
  step: Step;
  pkg: RemissPackage;
  headingRef: Ref<HTMLHeadingElement>;
  previousQuestionRef: Ref<HTMLButtonElement>;
  nextQuestionRef: Ref<HTMLButtonElement>;
  onMove: (direction: 'next' | 'previous') => void;
  onQuestion: (delta: -1 | 1) => void;
  onChange: Change;
}) {
  const { messages } = useI18n();
  const m = messages.meeting;
  const progress = stepProgress(session);
  const goal = step.kind === 'goalDialogue' ? pkg.goals.find((g) => g.id === step.goalId) : undefined;
  const questions = stepQuestions(step, pkg);
  const questionIndex = Math.min(session.questionIndex, Math.max(0, questions.length - 1));
  const question = questions[questionIndex];
  const first = progress.position === 1;
  const last = progress.position === progress.count;

  return (
    <div className="step-header">
      <div className="step-header-row">
        <p className="step-position">{m.step.position(progress.position, progress.count)}</p>
        <div className="step-progress" aria-hidden="true">
          {progress.steps.map(({ step: s, state }) => (
            <span key={s.id} className={`step-progress-step step-progress-${state}`} />
          ))}
        </div>
        <div className="button-row step-nav">
          <Button className="button button-small" isDisabled={first} onPress={() => onMove('previous')}>
            ← {m.step.previous}
          </Button>
          <Button className="button button-small button-primary" isDisabled={last} onPress={() => onMove('next')}>
            {m.step.next} →
          </Button>
        </div>
      </div>
      <div className="step-header-row step-header-title">
        <h2 id="step-title" ref={headingRef} tabIndex={-1}>
          {stepTitle(step, pkg, messages)}
        </h2>
        <TimerBar session={session} step={step} onChange={onChange} />
      </div>
      {goal && (
        <p className="step-goal">
          <strong>{m.step.goalNumber(goal.number)}:</strong> {goal.title}
        </p>
      )}
      {question && (
        <div className="step-question">
          <p>
            <span className="step-question-count">{messages.projector.question(questionIndex + 1, questions.length)}:</span> {question.text}
          </p>
          <div className="button-row">
            <Button
              ref={previousQuestionRef}
              className="icon-button question-button"
              aria-label={messages.projector.previousQuestion}
              isDisabled={questionIndex === 0}
              onPress={() => onQuestion(-1)}
            >
              ↑
            </Button>
            <Button
              ref={nextQuestionRef}
              className="icon-button question-button"
              aria-label={messages.projector.nextQuestion}
              isDisabled={questionIndex >= questions.length - 1}
              onPress={() => onQuestion(1)}
            >
              ↓
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
