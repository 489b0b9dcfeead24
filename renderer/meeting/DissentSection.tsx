import { useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { dissentKinds, takesPartInDecision, type Dissent, type DissentKind } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { ConfirmDialog } from '../app/Dialogs';
import { useDatabase } from '../data/DatabaseProvider';
import { addDissent, deleteDissent, useDissents } from '../data/meetingRoom';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { ChoiceSelect } from './ChoiceSelect';
import { subjectLabel } from './labels';

const WHOLE = 'whole';

/** Reservations and separate statements, each by a named participant, on one goal or the whole decision. */
export function DissentSection({ meeting, pkg, frozen }: { meeting: Meeting; pkg: RemissPackage; frozen: boolean }) {
  const database = useDatabase();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const dissents = useDissents(meeting.id) ?? [];
  const m = messages.meeting.dissent;
  const [kind, setKind] = useState<DissentKind>('reservation');
  const [participant, setParticipant] = useState<string | null>(null);
  const [subject, setSubject] = useState(WHOLE);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<Dissent | null>(null);
  const people = meeting.participants.filter(takesPartInDecision);

  const confirmDelete = async () => {
    const dissent = pendingDelete;
    setPendingDelete(null);
    if (!dissent) return;
    try {
      await deleteDissent(database, dissent.id);
      announce(m.deleted);
    } catch {
      setFailed(true);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const name = people.find((p) => p.id === participant)?.name;
    if (!name) found.participant = m.missingParticipant;
    if (text.trim() === '') found.text = m.missingText;
    setErrors(found);
    if (!name || Object.keys(found).length > 0) return;
    try {
      await addDissent(database, {
        meetingId: meeting.id,
        kind,
        participantName: name,
        goalId: subject === WHOLE ? null : subject,
        text: text.trim(),
      });
      setFailed(false);
      setText('');
      announce(m.added);
    } catch {
      setFailed(true);
    }
  };

  return (
    <section className="dissents" aria-labelledby="dissents-title">
      <h3 id="dissents-title">{m.title}</h3>
      {dissents.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <ul className="dissent-list">
          {dissents.map((d) => (
            <li key={d.id}>
              <p>
                <strong>
                  {m.kinds[d.kind]}: {d.participantName}
                </strong>{' '}
                ({m.on(d.goalId ? subjectLabel(d.goalId, pkg, messages) : m.wholeDecision)})
              </p>
              <p>{d.text}</p>
              {!frozen && (
                <Button className="button" onPress={() => setPendingDelete(d)}>
                  {m.delete(d.participantName)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={pendingDelete !== null}
        title={m.confirmDeleteTitle}
        confirmLabel={m.confirmDelete}
        cancelLabel={m.cancelDelete}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      >
        {pendingDelete && <p>{m.confirmDeleteText(m.kinds[pendingDelete.kind], pendingDelete.participantName)}</p>}
      </ConfirmDialog>
      {!frozen && people.length === 0 && <p>{m.noParticipants}</p>}
      {!frozen && people.length > 0 && (
        <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria" validationErrors={errors}>
          <RadioGroup className="field" value={kind} onChange={(value) => setKind(value as DissentKind)}>
            <Label>{m.kind}</Label>
            {dissentKinds.map((k) => (
              <Radio key={k} value={k} className="radio">
                <span className="radio-dot" aria-hidden="true" />
                {m.kinds[k]}
              </Radio>
            ))}
          </RadioGroup>
          <ChoiceSelect
            label={m.participant}
            placeholder={m.choose}
            value={participant}
            choices={people.map((p) => ({ id: p.id, label: `${p.name} (${messages.meeting.roles[p.role]})` }))}
            onChange={setParticipant}
            isInvalid={Boolean(errors.participant)}
            error={errors.participant}
          />
          <ChoiceSelect
            label={m.subject}
            value={subject}
            choices={[
              { id: WHOLE, label: m.wholeDecision },
              ...pkg.goals.map((g) => ({ id: g.id, label: subjectLabel(g.id, pkg, messages) })),
            ]}
            onChange={setSubject}
          />
          <TextField name="text" className="field" value={text} onChange={setText}>
            <Label>{m.text}</Label>
            <TextArea className="input textarea" rows={3} />
            <FieldError className="field-error" />
          </TextField>
          {failed && (
            <p className="alert" role="alert">
              {m.saveFailed}
            </p>
          )}
          <Button type="submit" className="button">
            {m.add}
          </Button>
        </Form>
      )}
    </section>
  );
}
