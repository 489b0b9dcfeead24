import { useState } from 'react';
import { Button } from 'react-aria-components';
import { unagreed } from '../../shared/attachment/protocolPath';
import type { GoalComment } from '../../shared/domain/dialogue';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { ConfirmDialog } from '../app/Dialogs';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Marks the meeting held, after a question when comments are not yet agreed: how many goals lack one, so the secretary
 * does not close the meeting on drafts by mistake. With everything agreed it asks nothing.
 */
export function MarkHeldButton({
  label,
  pkg,
  comments,
  onHeld,
}: {
  label: string;
  pkg: Pick<RemissPackage, 'goals'>;
  comments: readonly GoalComment[];
  onHeld: () => Promise<void>;
}) {
  const { messages } = useI18n();
  const m = messages.room;
  const [asking, setAsking] = useState(false);
  const missing = unagreed(pkg, comments);
  const complete = missing.goals === 0 && !missing.overall;
  return (
    <>
      <Button className="button button-primary" onPress={() => (complete ? void onHeld() : setAsking(true))}>
        {label}
      </Button>
      <ConfirmDialog
        isOpen={asking}
        title={m.heldTitle}
        confirmLabel={m.heldConfirm}
        cancelLabel={m.heldCancel}
        tone="primary"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void onHeld();
        }}
      >
        {missing.goals > 0 && <p>{m.heldGoalsMissing(missing.goals, missing.goalCount)}</p>}
        {missing.overall && <p>{m.heldOverallMissing}</p>}
        <p>{m.heldHint}</p>
      </ConfirmDialog>
    </>
  );
}
