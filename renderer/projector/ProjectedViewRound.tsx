import { isDeciding } from '../../shared/decision/participants';
import type { Meeting } from '../../shared/domain/meeting';
import type { MeetingSession } from '../../shared/meeting/session';
import { suggestedRating, viewDistribution } from '../../shared/meeting/viewRound';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useViewRound } from '../data/viewRounds';
import { useI18n } from '../i18n/I18nProvider';
import { SuggestionLine, ViewBars } from '../meeting/ViewBars';

/** The round of views the chair put up: its bars and counts, never a name, even when the round is named. */
export function ProjectedViewRound({ meeting, session, pkg }: { meeting: Meeting; session: MeetingSession; pkg: RemissPackage }) {
  const { messages } = useI18n();
  const goalId = session.projected?.kind === 'viewRound' ? session.projected.goalId : null;
  const round = useViewRound(meeting.id, goalId);
  const goal = pkg.goals.find((g) => g.id === goalId);
  if (!goal || round === undefined) return null;
  const takingPart = meeting.participants.filter(isDeciding).map((participant) => participant.id);
  const distribution = viewDistribution(round, pkg.ratingScale, takingPart);
  return (
    <section className="projector-text projector-view-round" aria-labelledby="projector-view-round-title">
      <h2 id="projector-view-round-title">{messages.viewRound.projectorTitle(messages.meeting.step.goalNumber(goal.number))}</h2>
      <ViewBars distribution={distribution} className="projector-view-bars" />
      <SuggestionLine suggestion={suggestedRating(distribution)} scale={pkg.ratingScale} />
    </section>
  );
}
