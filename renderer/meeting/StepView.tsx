import { useCallback, useRef } from 'react';
import { Button, Checkbox, CheckboxGroup, Label, Text, TextArea, TextField } from 'react-aria-components';
import { OVERALL, type CommentSubject, type GoalComment } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import { goalsNotInFocus, suggestFocusGoals, type Step } from '../../shared/meeting/runningOrder';
import { chooseFocusGoals, type MeetingSession } from '../../shared/meeting/session';
import { agenda2030Goal } from '../../shared/remiss/agenda2030';
import { decisionSentence } from '../../shared/decision/decidingBody';
import type { KfGoal, Question, RemissPackage } from '../../shared/remiss/remissPackage';
import { useDatabase } from '../data/DatabaseProvider';
import { saveDecisionText, useBody } from '../data/meetingRoom';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { DocumentLinks } from '../documents/DocumentLinks';
import { CommentEditor } from './CommentEditor';
import { DissentSection } from './DissentSection';
import { InDepthOwnGoals } from './InDepthOwnGoals';
import { IntroductionDetails } from './IntroductionDetails';
import { MeetingClosing } from './MeetingClosing';
import { SaveIndicator } from './SaveIndicator';
import { Summary } from './Summary';
import { ViewRoundPanel } from './ViewRoundPanel';
import { TimeReportTable } from './TimeReportTable';
import type { TypedText } from '../data/typedText';
import { useTypedText } from '../data/useTypedText';

/** Changes the live meeting; true once written (a refusal has been told about already). */
type Change = (fn: (s: MeetingSession) => MeetingSession) => Promise<boolean>;

interface StepProps {
  meeting: Meeting;
  session: MeetingSession;
  step: Step;
  pkg: RemissPackage;
  comments: Map<CommentSubject, GoalComment> | undefined;
  onChange: Change;
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((part) => (
        <p key={part}>{part}</p>
      ))}
    </>
  );
}

function GoalDetails({ goal }: { goal: KfGoal }) {
  const { messages } = useI18n();
  const m = messages.meeting.step;
  return (
    <>
      <h4>
        {m.goalNumber(goal.number)}: {goal.title}
      </h4>
      <p>{goal.description}</p>
      <p>
        <strong>{m.ambitionLevel}:</strong> {goal.ambitionLevel}
      </p>
      <AgendaLine numbers={goal.agenda2030} />
    </>
  );
}

function AgendaLine({ numbers }: { numbers: readonly number[] }) {
  const { language, messages } = useI18n();
  if (numbers.length === 0) return null;
  return (
    <p className="agenda2030">
      <strong>{messages.meeting.step.agenda2030}:</strong>{' '}
      {numbers
        .map((n) => agenda2030Goal(n))
        .filter((g) => g !== undefined)
        .map((g) => `${g.number} ${g[language]}`)
        .join(' · ')}
    </p>
  );
}

/** The step's questions; the one the room is on (Alt+↓/↑) is marked, as the projector shows it. */
function QuestionList({ questions, current }: { questions: readonly Question[]; current: number }) {
  const { messages } = useI18n();
  return (
    <ol className="question-list">
      {questions.map((q, index) => (
        <li key={q.id} aria-current={index === current ? 'step' : undefined}>
          {q.text}
          {index === current && <span className="field-hint"> – {messages.projector.currentQuestion}</span>}
        </li>
      ))}
    </ol>
  );
}

/** What the current step shows: the material for the dialogue and the fields the secretary fills in. */
export function StepView(props: StepProps) {
  const { meeting, session, step, pkg, comments, onChange } = props;
  const { messages } = useI18n();
  const m = messages.meeting.step;
  const frozen = meeting.status === 'adjusted';
  const editor = (subject: CommentSubject, withRating = true) => (
    <CommentEditor
      key={subject}
      meetingId={meeting.id}
      subject={subject}
      comment={comments?.get(subject)}
      pkg={pkg}
      session={session}
      frozen={frozen}
      withRating={withRating}
      onChange={onChange}
    />
  );
  if (comments === undefined) return null;

  switch (step.kind) {
    case 'introduction':
      return (
        <div className="step-body">
          <p className="lead">{m.introductionLead}</p>
          <p>
            <strong>{m.vision}:</strong> {pkg.vision}
          </p>
          <Paragraphs text={pkg.introduction} />
          <IntroductionDetails pkg={pkg} />
        </div>
      );
    case 'overallDialogue':
      return (
        <div className="step-body">
          <h3>{m.generalQuestions}</h3>
          <QuestionList questions={pkg.generalQuestions} current={session.questionIndex} />
          <h3>{m.allGoals}</h3>
          <ul className="goal-overview">
            {pkg.goals.map((goal) => (
              <li key={goal.id}>
                <GoalDetails goal={goal} />
              </li>
            ))}
          </ul>
        </div>
      );
    case 'chooseFocus':
      return <FocusChoice {...props} />;
    case 'goalDialogue': {
      const goal = pkg.goals.find((g) => g.id === step.goalId);
      if (!goal) return null;
      // The goal's title and the question are in the step header; what the secretary writes comes first below it.
      return (
        <div className="step-body">
          {editor(goal.id)}
          <ViewRoundPanel meeting={meeting} pkg={pkg} goal={goal} session={session} frozen={frozen} onChange={onChange} />
          <section className="step-material" aria-labelledby="goal-material-title">
            <h3 id="goal-material-title">{messages.room.goalMaterial}</h3>
            <DocumentLinks goal={goal} pkg={pkg} />
            <p className="ambition-level">
              <strong>{m.ambitionLevel}:</strong> {goal.ambitionLevel}
            </p>
            <p>{goal.description}</p>
            <AgendaLine numbers={goal.agenda2030} />
            <h4>{m.questions}</h4>
            <QuestionList questions={goal.questions} current={session.questionIndex} />
            <InDepthOwnGoals goal={goal} bodyId={meeting.bodyId} session={session} onChange={onChange} />
          </section>
        </div>
      );
    }
    case 'otherGoals': {
      const others = goalsNotInFocus(pkg, session.focusGoalIds);
      return (
        <div className="step-body">
          <p className="lead">{m.otherGoalsLead}</p>
          {others.length === 0 && <p>{m.noOtherGoals}</p>}
          {others.map((id) => {
            const goal = pkg.goals.find((g) => g.id === id)!;
            return (
              <section key={id} className="other-goal" aria-labelledby={`other-${id}`}>
                <h3 id={`other-${id}`}>
                  {m.goalNumber(goal.number)}: {goal.title}
                </h3>
                <p>
                  <strong>{m.ambitionLevel}:</strong> {goal.ambitionLevel}
                </p>
                {editor(id)}
                <ViewRoundPanel meeting={meeting} pkg={pkg} goal={goal} session={session} frozen={frozen} onChange={onChange} />
              </section>
            );
          })}
        </div>
      );
    }
    case 'overallComment':
      return (
        <div className="step-body">
          {editor(OVERALL, false)}
          <DecisionText meeting={meeting} frozen={frozen} />
        </div>
      );
    case 'closing':
      return <Closing {...props} frozen={frozen} />;
    case 'custom':
      return <p className="lead">{m.customLead}</p>;
  }
}

function FocusChoice({ meeting, session, pkg, onChange }: StepProps) {
  const frozen = meeting.status === 'adjusted';
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const body = useBody(meeting.bodyId);
  const m = messages.meeting.step;
  const suggested = suggestFocusGoals(pkg, body);
  // What was ticked or unticked is applied to the stored choice, not the one on screen, so two quick ticks both count.
  const choose = async (ids: string[]) => {
    const shown = session.focusGoalIds;
    const added = ids.filter((id) => !shown.includes(id));
    const removed = new Set(shown.filter((id) => !ids.includes(id)));
    let chosen = ids.length;
    const written = await onChange((s) => {
      const next = [...s.focusGoalIds.filter((id) => !removed.has(id)), ...added.filter((id) => !s.focusGoalIds.includes(id))];
      chosen = next.length;
      return chooseFocusGoals(s, pkg, next);
    });
    if (written) announce(m.focusSaved(chosen));
  };
  return (
    <div className="step-body">
      <CheckboxGroup className="focus-choice" value={session.focusGoalIds} isDisabled={frozen} onChange={(ids) => void choose(ids)}>
        <Label>{m.focusLegend}</Label>
        {pkg.goals.map((goal) => (
          <Checkbox key={goal.id} value={goal.id} className="checkbox">
            <span className="checkbox-box" aria-hidden="true" />
            <span>
              {m.goalNumber(goal.number)}: {goal.title}
              {suggested.includes(goal.id) && <em className="suggested"> – {m.suggested}</em>}
            </span>
          </Checkbox>
        ))}
      </CheckboxGroup>
      {frozen ? null : suggested.length > 0 ? (
        <Button className="button" onPress={() => void choose(suggested)}>
          {m.useSuggestion}
        </Button>
      ) : (
        <p className="field-hint">{m.noSuggestion}</p>
      )}
    </div>
  );
}

function DecisionText({ meeting, frozen }: { meeting: Meeting; frozen: boolean }) {
  const database = useDatabase();
  const body = useBody(meeting.bodyId);
  const { messages } = useI18n();
  const save = useCallback((typed: TypedText) => saveDecisionText(database, meeting.id, typed), [database, meeting.id]);
  const input = useRef<HTMLTextAreaElement>(null);
  const field = useTypedText(
    { text: meeting.decisionText, revision: meeting.decisionTextRevision ?? 0 },
    save,
    messages.meeting.step.decisionText,
    input,
  );
  return (
    <>
      <TextField className="field" value={field.text} isReadOnly={frozen} onChange={field.change} onBlur={field.leave}>
        <Label>{messages.meeting.step.decisionText}</Label>
        <TextArea className="input textarea" rows={2} ref={input} />
        <Text slot="description" className="field-hint">
          {messages.decision.decisionTextHint(decisionSentence(meeting, body?.kind))}
        </Text>
      </TextField>
      <SaveIndicator
        state={field.state}
        label={messages.meeting.step.decisionText}
        notice={field.notice}
        onRetry={() => void field.flush()}
      />
    </>
  );
}

function Closing({ meeting, session, pkg, comments, frozen }: StepProps & { frozen: boolean }) {
  const { messages } = useI18n();
  const m = messages.meeting.step;
  return (
    <div className="step-body">
      <p className="lead">{m.closingLead}</p>
      {frozen && <p className="notice">{m.frozen}</p>}
      <DissentSection meeting={meeting} pkg={pkg} frozen={frozen} />
      <Summary pkg={pkg} comments={comments} />
      <TimeReportTable session={session} pkg={pkg} />
      <MeetingClosing meeting={meeting} pkg={pkg} comments={[...(comments?.values() ?? [])]} />
      <div className="button-row">
        <a className="button" href={`#/moten/${encodeURIComponent(meeting.id)}/bilaga`}>
          {m.toAttachment}
        </a>
      </div>
    </div>
  );
}
