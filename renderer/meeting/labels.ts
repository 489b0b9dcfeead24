import type { CommentSubject } from '../../shared/domain/dialogue';
import { OVERALL } from '../../shared/domain/dialogue';
import type { Messages } from '../../shared/i18n/messages';
import type { Rating, RemissPackage } from '../../shared/remiss/remissPackage';

export { stepTitle } from '../../shared/meeting/stepTitle';

/** "Mål 2" for a goal, "Övergripande kommentar" for the overall comment. */
export function subjectLabel(subject: CommentSubject, pkg: RemissPackage, messages: Messages): string {
  if (subject === OVERALL) return messages.meeting.comment.overall;
  const goal = pkg.goals.find((g) => g.id === subject);
  return goal ? messages.meeting.step.goalNumber(goal.number) : subject;
}

/** "3. Lagom" for a step on the package's scale, its own words for no assessment, "ej bedömt" when unrated. */
export function ratingText(rating: Rating, pkg: RemissPackage, messages: Messages): string {
  const m = messages.meeting.step;
  if (rating === null) return m.notRated;
  if (rating.kind === 'noAssessment') return pkg.ratingScale.noAssessmentLabel ?? m.notRated;
  const step = pkg.ratingScale.steps.find((s) => s.value === rating.value);
  return step ? `${step.value}. ${step.label}` : String(rating.value);
}

/** A label standing on its own starts with a capital ("Ej bedömt"); mid-sentence it keeps its own case. */
export function standalone(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

const timeFormat = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

/** "10:32": the time a note was written, in the laptop's own zone as the room's clock shows it. */
export function clockTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

export function dateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}
