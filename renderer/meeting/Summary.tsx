import { OVERALL, type CommentSubject, type GoalComment } from '../../shared/domain/dialogue';
import type { Rating, RemissPackage } from '../../shared/remiss/remissPackage';
import { CollapsibleText } from '../app/CollapsibleText';
import { useI18n } from '../i18n/I18nProvider';
import { ratingText as ratingLabel } from './labels';

/** What the meeting has said, goal by goal, before it closes. */
export function Summary({ pkg, comments }: { pkg: RemissPackage; comments: Map<CommentSubject, GoalComment> | undefined }) {
  const { messages } = useI18n();
  const m = messages.meeting;
  const ratingText = (rating: Rating) => ratingLabel(rating, pkg, messages);
  const text = (comment: GoalComment | undefined) => comment?.agreedText ?? (comment?.draft || m.step.noComment);
  const overall = comments?.get(OVERALL);
  return (
    <section aria-labelledby="summary-title">
      <h3 id="summary-title">{m.step.summary}</h3>
      <dl className="summary">
        {pkg.goals.map((goal) => {
          const comment = comments?.get(goal.id);
          return (
            <div key={goal.id}>
              <dt>
                {m.step.goalNumber(goal.number)} – {ratingText(comment?.rating ?? null)}
              </dt>
              <CollapsibleText as="dd" text={text(comment)} />
            </div>
          );
        })}
        <div>
          <dt>{m.comment.overall}</dt>
          <CollapsibleText as="dd" text={text(overall)} />
        </div>
      </dl>
    </section>
  );
}
