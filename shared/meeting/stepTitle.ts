import type { Messages } from '../i18n/messages';
import type { RemissPackage } from '../remiss/remissPackage';
import { stepKinds, type Step } from './runningOrder';

/** The title a step shows in the running order, on its heading and beside the notes written in it. */
export function stepTitle(step: Pick<Step, 'kind' | 'goalId' | 'title'>, pkg: Pick<RemissPackage, 'goals'>, messages: Messages): string {
  const m = messages.meeting.order;
  if (step.kind === 'custom') return step.title ?? m.steps.custom;
  if (step.kind === 'goalDialogue') {
    const goal = pkg.goals.find((g) => g.id === step.goalId);
    return goal ? m.goalStep(goal.number) : m.steps.goalDialogue;
  }
  return m.steps[step.kind];
}

/**
 * The step a note or timer refers to, from the running order when it is at hand, otherwise from the id alone: the
 * standard steps and the in-depth steps can be told from their ids, a chair's own step only from the running order.
 */
export function stepOfId(stepId: string, steps: readonly Step[] = []): Pick<Step, 'kind' | 'goalId' | 'title'> | null {
  const found = steps.find((step) => step.id === stepId);
  if (found) return found;
  if (stepId.startsWith('goal:')) return { kind: 'goalDialogue', goalId: stepId.slice('goal:'.length), title: null };
  const kind = stepKinds.find((candidate) => candidate === stepId && candidate !== 'custom' && candidate !== 'goalDialogue');
  return kind ? { kind, goalId: null, title: null } : null;
}
