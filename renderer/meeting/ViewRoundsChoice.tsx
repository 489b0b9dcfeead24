import { Checkbox } from 'react-aria-components';
import type { Meeting } from '../../shared/domain/meeting';
import { useDatabase } from '../data/DatabaseProvider';
import { setViewRoundsInAttachment } from '../data/viewRounds';
import { useI18n } from '../i18n/I18nProvider';
import { tryWrite } from '../stores/refusedWrite';

/** The board's choice, once per meeting, to put the rounds of views' counts in the attachment; frozen with the protocol. */
export function ViewRoundsChoice({ meeting }: { meeting: Meeting }) {
  const database = useDatabase();
  const { messages } = useI18n();
  const v = messages.viewRound;
  return (
    <>
      <Checkbox
        className="checkbox"
        isSelected={meeting.viewRoundsInAttachment ?? false}
        isDisabled={meeting.status === 'adjusted'}
        onChange={(selected) => void tryWrite('meeting', () => setViewRoundsInAttachment(database, meeting.id, selected))}
      >
        <span className="checkbox-box" aria-hidden="true" />
        <span>{v.inAttachment}</span>
      </Checkbox>
      <p className="field-hint">{v.inAttachmentHint}</p>
    </>
  );
}
