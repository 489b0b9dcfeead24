import type { Body } from '../../shared/domain/body';
import type { MeetingSession } from '../../shared/meeting/session';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { OwnGoalList } from '../meeting/InDepthOwnGoals';

/** The board's own goals for one council goal with their forecasts, when the chair puts them up. */
export function ProjectedOwnGoals({ session, pkg, body }: { session: MeetingSession; pkg: RemissPackage; body: Body | null | undefined }) {
  const projected = session.projected;
  if (projected?.kind !== 'ownGoals' || body === undefined) return null;
  const goal = pkg.goals.find((g) => g.id === projected.goalId);
  if (!goal) return null;
  return (
    <div className="projector-text projector-own-goal-forecasts">
      <OwnGoalList goal={goal} body={body} headingLevel={2} />
    </div>
  );
}
