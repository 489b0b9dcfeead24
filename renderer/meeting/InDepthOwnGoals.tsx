import { Button } from 'react-aria-components';
import type { Body } from '../../shared/domain/body';
import { inDepthMaterial } from '../../shared/meeting/ownGoalsInDepth';
import { toggleProjected, type MeetingSession } from '../../shared/meeting/session';
import type { KfGoal } from '../../shared/remiss/remissPackage';
import { ForecastBadge } from '../bodies/ForecastBadge';
import { useBody } from '../data/meetingRoom';
import { useI18n } from '../i18n/I18nProvider';

/** The package's focus areas for the goal, each with its success factors. */
export function FocusAreas({ goal }: { goal: KfGoal }) {
  const { messages } = useI18n();
  const m = messages.ownGoals;
  return (
    <section className="focus-areas" aria-labelledby={`focus-areas-${goal.id}`}>
      <h4 id={`focus-areas-${goal.id}`}>{m.focusAreasTitle}</h4>
      {goal.focusAreas.length === 0 ? (
        <p className="field-hint">{m.noFocusAreas}</p>
      ) : (
        <ul className="focus-area-list">
          {goal.focusAreas.map((area) => (
            <li key={area.id}>
              <strong>{area.title}</strong>
              {area.successFactors.length > 0 && (
                <ul aria-label={`${m.successFactors}: ${area.title}`}>
                  {area.successFactors.map((factor) => (
                    <li key={factor}>{factor}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The board's own goals linked to the council goal, with their forecasts; the room's screen lists them alike. */
export function OwnGoalList({ goal, body, headingLevel = 4 }: { goal: KfGoal; body: Body | null; headingLevel?: 2 | 4 }) {
  const { messages } = useI18n();
  const m = messages.ownGoals;
  const { ownGoals } = inDepthMaterial(goal, body);
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  const headingId = `own-goals-${goal.id}`;
  return (
    <section className="own-goals" aria-labelledby={headingId}>
      <Heading id={headingId} className={headingLevel === 2 ? 'projector-section-title' : undefined}>
        {headingLevel === 2 ? m.titleFor(goal.number) : m.title}
      </Heading>
      {body === null ? (
        <p className="field-hint">{m.noBody}</p>
      ) : ownGoals.length === 0 ? (
        <p className="field-hint">{m.none}</p>
      ) : (
        <ul className="own-goal-forecasts">
          {ownGoals.map((own) => (
            <li key={own.id}>
              <p className="own-goal-title">{own.title}</p>
              <ForecastBadge forecast={own.forecast} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** In the in-depth step: the goal's focus areas, the board's own goals, and the chair's toggle for the projector. */
export function InDepthOwnGoals({
  goal,
  bodyId,
  session,
  onChange,
}: {
  goal: KfGoal;
  /** The meeting's body profile; null when the meeting has none. */
  bodyId: string | null;
  session: MeetingSession;
  onChange: (fn: (s: MeetingSession) => MeetingSession) => Promise<unknown>;
}) {
  const { messages } = useI18n();
  const body = useBody(bodyId);
  const shown = session.projected?.kind === 'ownGoals' && session.projected.goalId === goal.id;
  return (
    <>
      <FocusAreas goal={goal} />
      {body !== undefined && <OwnGoalList goal={goal} body={body} />}
      {body && (
        <Button
          className="button own-goals-toggle"
          aria-pressed={shown}
          onPress={() => void onChange((s) => toggleProjected(s, { kind: 'ownGoals', goalId: goal.id }))}
        >
          {messages.ownGoals.show}
        </Button>
      )}
    </>
  );
}
