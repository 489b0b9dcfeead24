import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, Form, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { isClosed } from '../../shared/attachment/protocolPath';
import { checkMotivation } from '../../shared/decision/dissentRules';
import { isElected, personLabel } from '../../shared/decision/participants';
import { lostOwnYrkande, takingPart } from '../../shared/decision/procedure';
import { OVERALL, dissentKinds, type Dissent, type DissentKind } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { ConfirmDialog } from '../app/Dialogs';
import { addDissent, deleteDissent, DissentRefusedError, motivateReservation, useDecisions } from '../data/decisions';
import { useDatabase } from '../data/DatabaseProvider';
import type { TypedText } from '../data/typedText';
import { useTypedText } from '../data/useTypedText';
import { useDissents } from '../data/meetingRoom';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { ChoiceSelect } from './ChoiceSelect';
import { subjectLabel } from './labels';
import { SaveIndicator } from './SaveIndicator';
import { useNow } from './useNow';

const WHOLE = 'whole';

/**
 * Reservations, särskilda yttranden and protokollsanteckningar, by the rules: a reservation only from one who took
 * part in the decision and before the meeting is closed, with its written motivation until the time set for
 * justering; a statement only when the chair allows it.
 */
export function DissentSection({ meeting, pkg, frozen }: { meeting: Meeting; pkg: RemissPackage; frozen: boolean }) {
  const database = useDatabase();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const dissents = useDissents(meeting.id) ?? [];
  const decisions = useDecisions(meeting.id);
  const d = messages.decision.dissents;
  const [kind, setKind] = useState<DissentKind>('reservation');
  const [participantId, setParticipantId] = useState<string | null>(null);
  const [subject, setSubject] = useState(WHOLE);
  const [text, setText] = useState('');
  const [chairAllowed, setChairAllowed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Dissent | null>(null);

  const decisionSubject = subject === WHOLE ? OVERALL : subject;
  const record = decisions?.get(decisionSubject);
  // Who the form offers: those who took part in the decision for a reservation, those present for a statement.
  const people =
    kind === 'reservation'
      ? takingPart(record, meeting.participants).flatMap((ref) => meeting.participants.filter((p) => p.id === ref.id))
      : meeting.participants.filter((p) => p.present && p.name.trim() !== '' && (kind === 'protokollsanteckning' || isElected(p)));
  const choice = people.some((p) => p.id === participantId) ? participantId : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const participant = meeting.participants.find((p) => p.id === choice);
    if (!participant) {
      setProblem(d.missingWho);
      return;
    }
    try {
      await addDissent(database, meeting.id, { kind, participant, goalId: subject === WHOLE ? null : subject, text, chairAllowed });
      setProblem(null);
      setText('');
      setChairAllowed(false);
      announce(d.added);
    } catch (error) {
      const message = error instanceof DissentRefusedError ? d.refusals[error.reason] : d.saveFailed;
      setProblem(message);
      announce(message);
    }
  };

  const confirmDelete = async () => {
    const dissent = pendingDelete;
    setPendingDelete(null);
    if (!dissent) return;
    try {
      await deleteDissent(database, dissent.id);
      announce(d.deleted);
    } catch {
      setProblem(d.saveFailed);
    }
  };

  const subjectOf = (dissent: Dissent) => (dissent.goalId ? subjectLabel(dissent.goalId, pkg, messages) : d.wholeDecision);
  const nameOf = (dissent: Dissent) => personLabel({ name: dissent.participantName, party: dissent.party });

  return (
    <section className="dissents" aria-labelledby="dissents-title">
      <h3 id="dissents-title">{d.title}</h3>
      {dissents.length === 0 ? (
        <p>{d.none}</p>
      ) : (
        <ul className="dissent-list">
          {dissents.map((dissent) => (
            <li key={dissent.id}>
              <p>
                <strong>
                  {d.kinds[dissent.kind]}: {nameOf(dissent)}
                </strong>{' '}
                ({d.on(subjectOf(dissent))}
                {dissent.kind === 'reservation' &&
                  lostOwnYrkande(decisions?.get(dissent.goalId ?? OVERALL), dissent.participantId) &&
                  `, ${d.forOwnYrkande}`}
                )
              </p>
              {dissent.kind === 'reservation' ? (
                <Motivation meeting={meeting} dissent={dissent} name={nameOf(dissent)} frozen={frozen} />
              ) : (
                <>
                  {dissent.chairAllowed && <p className="field-hint">{messages.protocol.chairAllows[dissent.kind]}</p>}
                  <p>{dissent.text}</p>
                </>
              )}
              {!frozen && (
                <Button className="button" onPress={() => setPendingDelete(dissent)}>
                  {d.delete(nameOf(dissent))}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={pendingDelete !== null}
        title={d.confirmDeleteTitle}
        confirmLabel={d.confirmDelete}
        cancelLabel={d.cancelDelete}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      >
        {pendingDelete && <p>{d.confirmDeleteText(d.kinds[pendingDelete.kind], nameOf(pendingDelete))}</p>}
      </ConfirmDialog>
      {!frozen && (
        <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
          <RadioGroup className="field" value={kind} onChange={(value) => setKind(value as DissentKind)}>
            <Label>{d.kind}</Label>
            {dissentKinds.map((k) => (
              <Radio key={k} value={k} className="radio">
                <span className="radio-dot" aria-hidden="true" />
                {d.kinds[k]}
              </Radio>
            ))}
          </RadioGroup>
          <ChoiceSelect
            label={d.subject}
            value={subject}
            choices={[
              { id: WHOLE, label: d.wholeDecision },
              ...pkg.goals.map((g) => ({ id: g.id, label: subjectLabel(g.id, pkg, messages) })),
            ]}
            onChange={setSubject}
          />
          {people.length === 0 ? (
            <p className="field-hint">{d.noPeople}</p>
          ) : (
            <ChoiceSelect
              label={d.who}
              placeholder={d.choose}
              value={choice}
              choices={people.map((p) => ({ id: p.id, label: personLabel(p) }))}
              onChange={setParticipantId}
            />
          )}
          {kind !== 'reservation' && (
            <Checkbox className="checkbox" isSelected={chairAllowed} onChange={setChairAllowed}>
              <span className="checkbox-box" aria-hidden="true" />
              {d.chairAllows[kind]}
            </Checkbox>
          )}
          <TextField className="field" value={text} onChange={setText}>
            <Label>{kind === 'reservation' ? d.motivation : d.text}</Label>
            <TextArea className="input textarea" rows={3} />
          </TextField>
          {problem && (
            <p className="alert" role="alert">
              {problem}
            </p>
          )}
          {isClosed(meeting) && kind === 'reservation' && <p className="field-hint">{d.refusals.meetingClosed}</p>}
          <Button type="submit" className="button">
            {d.add}
          </Button>
        </Form>
      )}
    </section>
  );
}

/**
 * A reservation's written motivation: handed in at the meeting or after it, until the time set for justering; written
 * right behind the typing as the comment's draft is, so nothing typed is lost.
 */
function Motivation({ meeting, dissent, name, frozen }: { meeting: Meeting; dissent: Dissent; name: string; frozen: boolean }) {
  const d = useI18n().messages.decision.dissents;
  const now = useNow(!frozen);
  const open = !frozen && checkMotivation(meeting, new Date(now)) === null;

  if (!open)
    return (
      <>
        {dissent.text !== '' && <p>{dissent.text}</p>}
        {!frozen && <p className="field-hint">{d.motivationClosed}</p>}
      </>
    );
  return <MotivationField dissent={dissent} label={d.motivationFor(name)} />;
}

function MotivationField({ dissent, label }: { dissent: Dissent; label: string }) {
  const database = useDatabase();
  const save = useCallback((typed: TypedText) => motivateReservation(database, dissent.id, typed), [database, dissent.id]);
  const input = useRef<HTMLTextAreaElement>(null);
  const field = useTypedText({ text: dissent.text, revision: dissent.textRevision ?? 0 }, save, label, input);
  return (
    <div className="motivation">
      <TextField className="field" value={field.text} onChange={field.change} onBlur={field.leave}>
        <Label>{label}</Label>
        <TextArea className="input textarea" rows={3} ref={input} />
      </TextField>
      <SaveIndicator state={field.state} label={label} notice={field.notice} onRetry={() => void field.flush()} />
    </div>
  );
}
