import { Button, Checkbox, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import type { Body } from '../../shared/domain/body';
import { participantRoles, type Participant } from '../../shared/domain/dialogue';
import { isMember, newParticipant, personLabel, quorum, withRoster } from '../../shared/decision/participants';
import type { MeetingSetupInput } from '../../shared/meeting/setup';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { ChoiceSelect } from './ChoiceSelect';

const NOBODY = '';

/** Who is there as the protocol lists them: name, party, role, presence, and for a substitute whom they serve for. */
export function ParticipantsFieldset({
  setup,
  body,
  errors,
  onChange,
}: {
  setup: MeetingSetupInput;
  body: Body | undefined;
  errors: Record<string, string>;
  onChange: (change: Partial<MeetingSetupInput>) => void;
}) {
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const m = messages.meeting.setup;
  const d = messages.decision.participants;
  const { participants } = setup;
  const roster = body?.members ?? [];
  const count = /^\d+$/.test(setup.memberCount.trim()) ? Number(setup.memberCount) : null;
  const status = quorum(participants, count);

  const update = (id: string, change: Partial<Participant>) =>
    onChange({ participants: participants.map((p) => (p.id === id ? { ...p, ...change } : p)) });
  const remove = (id: string) =>
    onChange({
      participants: participants.filter((p) => p.id !== id).map((p) => (p.servesFor === id ? { ...p, servesFor: null } : p)),
      justering: { ...setup.justering, justerareIds: setup.justering.justerareIds.filter((justerare) => justerare !== id) },
    });
  const fetchRoster = () => {
    const next = withRoster(participants, roster, () => crypto.randomUUID());
    onChange({
      participants: next,
      ...(setup.memberCount.trim() === '' && body?.memberCount ? { memberCount: String(body.memberCount) } : {}),
    });
    announce(d.rosterFetched(next.length - participants.length));
  };

  return (
    <fieldset className="participants">
      <legend>{m.participants}</legend>
      <p className="field-hint">{d.partyHint}</p>
      <div className="field-row">
        <TextField
          name="memberCount"
          className="field"
          value={setup.memberCount}
          onChange={(memberCount) => onChange({ memberCount })}
          isInvalid={Boolean(errors.memberCount)}
        >
          <Label>{d.memberCount}</Label>
          <Input className="input" inputMode="numeric" />
          <Text slot="description" className="field-hint">
            {d.memberCountHint}
          </Text>
          <FieldError className="field-error">{errors.memberCount}</FieldError>
        </TextField>
        {roster.length > 0 && (
          <Button className="button" onPress={fetchRoster}>
            {d.fetchRoster}
          </Button>
        )}
      </div>
      {status && (
        <p className={status.quorate ? 'field-hint' : 'alert'}>
          {(status.quorate ? d.deciding : d.notQuorate)(status.deciding, status.memberCount)}
        </p>
      )}
      {participants.length === 0 && <p>{m.noParticipants}</p>}
      <ul className="participant-list">
        {participants.map((p, index) => {
          const n = index + 1;
          const members = participants.filter((other) => other.id !== p.id && isMember(other) && other.name.trim() !== '');
          return (
            <li key={p.id} className="participant-row">
              <TextField
                className="field"
                value={p.name}
                onChange={(name) => update(p.id, { name })}
                isInvalid={Boolean(errors[`participant:${p.id}`])}
              >
                <Label>{`${m.participantName} ${n}`}</Label>
                <Input className="input" />
                <FieldError className="field-error">{errors[`participant:${p.id}`]}</FieldError>
              </TextField>
              <TextField
                className="field field-party"
                value={p.party}
                onChange={(party) => update(p.id, { party })}
                isInvalid={Boolean(errors[`party:${p.id}`])}
              >
                <Label>{d.party(n)}</Label>
                <Input className="input" />
                <FieldError className="field-error">{errors[`party:${p.id}`]}</FieldError>
              </TextField>
              <ChoiceSelect
                label={`${m.participantRole} ${n}`}
                value={p.role}
                choices={participantRoles.map((id) => ({ id, label: messages.meeting.roles[id] }))}
                onChange={(role) => update(p.id, { role: role as Participant['role'] })}
              />
              <Checkbox className="checkbox" isSelected={p.present} onChange={(present) => update(p.id, { present })}>
                <span className="checkbox-box" aria-hidden="true" />
                {`${m.present} ${n}`}
              </Checkbox>
              {p.role === 'ersattare' && (
                <Checkbox className="checkbox" isSelected={p.serving} onChange={(serving) => update(p.id, { serving })}>
                  <span className="checkbox-box" aria-hidden="true" />
                  {d.serving(n)}
                </Checkbox>
              )}
              {p.role === 'ersattare' && p.serving && (
                <ChoiceSelect
                  label={d.servesFor(n)}
                  value={p.servesFor ?? NOBODY}
                  choices={[
                    { id: NOBODY, label: d.servesForNobody },
                    ...members.map((member) => ({ id: member.id, label: personLabel(member) })),
                  ]}
                  onChange={(id) => update(p.id, { servesFor: id === NOBODY ? null : id })}
                />
              )}
              <Button className="button" onPress={() => remove(p.id)}>
                {m.removeParticipant(p.name)}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        className="button"
        onPress={() => onChange({ participants: [...participants, newParticipant(crypto.randomUUID(), participants)] })}
      >
        {m.addParticipant}
      </Button>
    </fieldset>
  );
}
