import { blankGoal } from '../../../shared/remiss/emptyPackage';
import { useCallback, useState } from 'react';
import { Button } from 'react-aria-components';
import type { KfGoal, PackageDocument } from '../../../shared/remiss/remissPackage';
import { ConfirmDialog } from '../../app/Dialogs';
import { useI18n } from '../../i18n/I18nProvider';
import { moveItem, ReorderableList } from '../ReorderableList';
import { shortId, type Change, type ChangeGoal } from './editing';
import { GoalEditor } from './GoalEditor';

export function GoalsEditor({
  goals,
  documents,
  change,
  changeGoal,
}: {
  goals: KfGoal[];
  documents: readonly PackageDocument[];
  change: Change;
  changeGoal: ChangeGoal;
}) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const goalLabel = (goal: KfGoal) => `${e.goalLegend(goal.number)}: ${goal.title || e.untitled}`;
  // A goal holds much typed text, so removing one is confirmed first.
  const [toRemove, setToRemove] = useState<KfGoal | null>(null);
  const requestRemove = useCallback((goal: KfGoal) => setToRemove(goal), []);
  const reorder = (from: number, to: number) =>
    change((d) => {
      // Numbers that simply count 1, 2, 3 … follow the new order; a council's own numbering is left alone.
      const counted = d.goals.every((goal, index) => goal.number === index + 1);
      d.goals = moveItem(d.goals, from, to);
      if (counted) d.goals.forEach((goal, index) => (goal.number = index + 1));
    });
  return (
    <section className="panel editor-section" aria-labelledby="editor-goals">
      <h2 id="editor-goals">{e.goals}</h2>
      {goals.length > 1 && (
        <ReorderableList label={e.goals} items={goals.map((goal) => ({ id: goal.id, label: goalLabel(goal) }))} onMove={reorder} />
      )}
      {goals.map((goal, index) => (
        <GoalEditor
          key={goal.id}
          goal={goal}
          index={index}
          documents={documents}
          changeGoal={changeGoal}
          onRemove={goals.length > 1 ? requestRemove : null}
        />
      ))}
      <Button
        className="button button-primary"
        isDisabled={goals.length >= 50}
        onPress={() =>
          change((d) => {
            const number = Math.max(0, ...d.goals.map((goal) => goal.number)) + 1;
            d.goals.push(blankGoal(`mal-${shortId()}`, number));
          })
        }
      >
        {e.addGoal}
      </Button>
      <ConfirmDialog
        isOpen={toRemove !== null}
        title={toRemove ? e.removeGoalTitle(toRemove.number) : ''}
        confirmLabel={e.removeGoalConfirm}
        cancelLabel={e.cancel}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          const id = toRemove?.id;
          setToRemove(null);
          change((d) => void (d.goals = d.goals.filter((goal) => goal.id !== id)));
        }}
      >
        {toRemove && <p>{e.removeGoalBody(toRemove.title || e.untitled)}</p>}
      </ConfirmDialog>
    </section>
  );
}
