import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Respondent } from '../../shared/remiss/remissPackage';
import { ConfirmDialog } from '../app/Dialogs';
import { ChoiceSelect } from '../meeting/ChoiceSelect';
import { useI18n } from '../i18n/I18nProvider';
import type { PendingMatch } from './useAnswerImport';

const NOT_IMPORTED = '-';

/** Older answers without a remissinstans id: the user says which remissinstans each answers for, or not to import it. */
export function MatchDialog({
  pending,
  respondents,
  onConfirm,
  onCancel,
}: {
  pending: PendingMatch[];
  respondents: readonly Respondent[];
  onConfirm: (choices: (string | null)[]) => void;
  onCancel: () => void;
}) {
  const { messages } = useI18n();
  const r = messages.round;
  const [choices, setChoices] = useState<Record<string, string>>({});
  const choiceOf = (match: PendingMatch) => choices[match.file.fileName] ?? match.suggestion?.id ?? NOT_IMPORTED;
  return (
    <ConfirmDialog
      isOpen={pending.length > 0}
      title={r.matchTitle}
      confirmLabel={r.matchConfirm}
      cancelLabel={r.matchCancel}
      onCancel={() => {
        setChoices({});
        onCancel();
      }}
      onConfirm={() => {
        const chosen = pending.map((match) => choiceOf(match));
        setChoices({});
        onConfirm(chosen.map((id) => (id === NOT_IMPORTED ? null : id)));
      }}
    >
      <p>{r.matchIntro}</p>
      <ul className="match-list">
        {pending.map((match) => (
          <li key={match.file.fileName}>
            <ChoiceSelect
              label={r.matchLabel(match.file.fileName, match.bodyName)}
              value={choiceOf(match)}
              choices={[
                ...respondents.map((respondent) => ({ id: respondent.id, label: respondent.name })),
                { id: NOT_IMPORTED, label: r.doNotImport },
              ]}
              onChange={(id) => setChoices((current) => ({ ...current, [match.file.fileName]: id }))}
            />
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}

/** A long import's progress, with its cancel. */
export function ImportProgress({ progress, onCancel }: { progress: { done: number; total: number }; onCancel: () => void }) {
  const { messages } = useI18n();
  const r = messages.round;
  return (
    <div className="import-progress" role="group" aria-label={r.progressLabel}>
      <label>
        {r.progress(progress.done, progress.total)}
        <progress max={progress.total} value={progress.done} />
      </label>
      <Button className="button" onPress={onCancel}>
        {r.cancelImport}
      </Button>
    </div>
  );
}
