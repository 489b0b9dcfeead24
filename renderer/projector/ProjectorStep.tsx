import { ownGoalsServing, type Body } from '../../shared/domain/body';
import type { CommentSubject, GoalComment } from '../../shared/domain/dialogue';
import { goalsNotInFocus, type Step } from '../../shared/meeting/runningOrder';
import { stepQuestions, type MeetingSession } from '../../shared/meeting/session';
import type { KfGoal, Question, RemissPackage } from '../../shared/remiss/remissPackage';
import { useI18n } from '../i18n/I18nProvider';
import { ratingText, standalone } from '../meeting/labels';
import { AgendaTiles } from './AgendaTiles';

interface StepContentProps {
  session: MeetingSession;
  step: Step;
  pkg: RemissPackage;
  /** The meeting's body profile with its own goals; null when the meeting has none, undefined while it loads. */
  body: Body | null | undefined;
  /** The meeting's comments with their ratings; undefined while they load. */
  comments: Map<CommentSubject, GoalComment> | undefined;
  /** The decision's wording, which the overall comment step puts before the room. */
  decisionText: string;
  /** A comment or note is up: the step's own material steps back so that text fits the screen. */
  textUp: boolean;
}

function GoalTitle({ goal }: { goal: KfGoal }) {
  const { messages } = useI18n();
  return (
    <>
      <span className="projector-goal-number">{messages.meeting.step.goalNumber(goal.number)}:</span> {goal.title}
    </>
  );
}

/** The question the room is on, with its place among the step's questions. */
function CurrentQuestion({ questions, index }: { questions: readonly Question[]; index: number }) {
  const { messages } = useI18n();
  const question = questions[index];
  if (!question) return null;
  return (
    <section className="projector-question" aria-labelledby="projector-question-title">
      <h2 id="projector-question-title" className="projector-question-count">
        {messages.projector.question(index + 1, questions.length)}
      </h2>
      <p>{question.text}</p>
    </section>
  );
}

/** The council's goals by number and title, for the steps that look at all of them. */
function GoalList({ pkg, headingId }: { pkg: RemissPackage; headingId: string }) {
  const { messages } = useI18n();
  return (
    <section className="projector-goals" aria-labelledby={headingId}>
      <h2 id={headingId} className="projector-section-title">
        {messages.meeting.step.allGoals}
      </h2>
      <ol className="projector-goal-list">
        {pkg.goals.map((goal) => (
          <li key={goal.id}>
            <GoalTitle goal={goal} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Each goal's rating as it stands, for the overall comment and the closing. */
function Ratings({ pkg, comments }: { pkg: RemissPackage; comments: Map<CommentSubject, GoalComment> | undefined }) {
  const { messages } = useI18n();
  if (comments === undefined) return null;
  return (
    <section className="projector-ratings" aria-labelledby="projector-ratings-title">
      <h2 id="projector-ratings-title" className="projector-section-title">
        {messages.projector.ratingsTitle}
      </h2>
      <dl className="projector-rating-list">
        {pkg.goals.map((goal) => (
          <div key={goal.id}>
            <dt>
              <GoalTitle goal={goal} />
            </dt>
            <dd>{standalone(ratingText(comments.get(goal.id)?.rating ?? null, pkg, messages))}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** What the room sees at each step, besides the step's name, the clock and any text the chair puts up. */
export function StepContent({ session, step, pkg, body, comments, decisionText, textUp }: StepContentProps) {
  const { messages } = useI18n();
  const m = messages.projector;
  const questions = stepQuestions(step, pkg);
  const questionIndex = Math.min(session.questionIndex, questions.length - 1);

  switch (step.kind) {
    case 'introduction':
      return (
        <div className="projector-columns">
          <section className="projector-vision" aria-labelledby="projector-vision-title">
            <h2 id="projector-vision-title" className="projector-section-title">
              {messages.meeting.step.vision}
            </h2>
            <p>{pkg.vision}</p>
          </section>
          {!textUp && <GoalList pkg={pkg} headingId="projector-goals-title" />}
        </div>
      );
    case 'overallDialogue':
      return (
        <div className="projector-columns">
          <CurrentQuestion questions={questions} index={questionIndex} />
          {!textUp && <GoalList pkg={pkg} headingId="projector-goals-title" />}
        </div>
      );
    case 'chooseFocus':
      return (
        <section aria-labelledby="projector-focus-title">
          <h2 id="projector-focus-title" className="projector-section-title">
            {m.focusTitle}
          </h2>
          <ul className="projector-focus-list">
            {pkg.goals.map((goal) => {
              const own = body ? ownGoalsServing(body, goal.number) : [];
              const chosen = session.focusGoalIds.includes(goal.id);
              return (
                <li key={goal.id} className={chosen ? 'projector-focus-chosen' : undefined}>
                  <p className="projector-focus-goal">
                    <GoalTitle goal={goal} />
                  </p>
                  {chosen && <p className="projector-chosen">✓ {m.inFocus}</p>}
                  {body === undefined ? null : own.length > 0 ? (
                    <ul className="projector-own-goals" aria-label={`${m.ownGoals} – ${messages.meeting.step.goalNumber(goal.number)}`}>
                      {own.map((ownGoal) => (
                        <li key={ownGoal.id}>{ownGoal.title}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="projector-muted">{m.noOwnGoals}</p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      );
    case 'goalDialogue': {
      const goal = pkg.goals.find((g) => g.id === step.goalId);
      if (!goal) return null;
      return (
        <>
          <h2 className="projector-goal">
            <GoalTitle goal={goal} />
          </h2>
          <AgendaTiles numbers={goal.agenda2030} compact={textUp} />
          <CurrentQuestion questions={questions} index={questionIndex} />
        </>
      );
    }
    case 'otherGoals': {
      if (textUp) return null;
      const others = goalsNotInFocus(pkg, session.focusGoalIds)
        .map((id) => pkg.goals.find((g) => g.id === id))
        .filter((g) => g !== undefined);
      return (
        <section aria-labelledby="projector-other-title">
          <h2 id="projector-other-title" className="projector-section-title">
            {m.otherGoalsTitle}
          </h2>
          <ul className="projector-other-goals">
            {others.map((goal) => (
              <li key={goal.id}>
                <p className="projector-other-goal">
                  <GoalTitle goal={goal} />
                </p>
                <AgendaTiles numbers={goal.agenda2030} compact />
                {comments && (
                  <p className="projector-other-rating">
                    {messages.meeting.comment.rating}: {ratingText(comments.get(goal.id)?.rating ?? null, pkg, messages)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      );
    }
    case 'overallComment':
      return (
        <>
          <section className="projector-decision" aria-labelledby="projector-decision-title">
            <h2 id="projector-decision-title" className="projector-section-title">
              {messages.meeting.step.decisionText}
            </h2>
            <p>{decisionText}</p>
          </section>
          {!textUp && <Ratings pkg={pkg} comments={comments} />}
        </>
      );
    case 'closing':
      return textUp ? null : <Ratings pkg={pkg} comments={comments} />;
    case 'custom':
      return null;
  }
}
