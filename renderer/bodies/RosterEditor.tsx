import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { rosterRoles, type BodyIssue, type RosterMember, type RosterRole } from '../../shared/domain/body';
import { SelectInput, TextInput } from '../app/fields';
import { useI18n } from '../i18n/I18nProvider';

/** The number as typed: empty is "not given", anything not a whole number is kept as NaN for the validation to name. */
const countOf = (text: string) => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The body's roster of members and substitutes with their parties, and its number of members for the quorum. */
export function RosterEditor({
  members,
  memberCount,
  errorFor,
  onChange,
}: {
  members: RosterMember[];
  memberCount: number | null;
  errorFor: (predicate: (issue: BodyIssue) => boolean) => string | undefined;
  onChange: (change: { members?: RosterMember[]; memberCount?: number | null }) => void;
}) {
  const { messages } = useI18n();
  const r = messages.decision.roster;
  const d = messages.decision.participants;
  const titleId = useId();
  const [count, setCount] = useState(memberCount === null || Number.isNaN(memberCount) ? '' : String(memberCount));
  const setMember = (index: number, change: Partial<RosterMember>) =>
    onChange({ members: members.map((member, i) => (i === index ? { ...member, ...change } : member)) });

  return (
    <section aria-labelledby={titleId} className="roster">
      <h3 id={titleId}>{r.title}</h3>
      <p className="field-hint">{r.hint}</p>
      <TextInput
        className="field field-narrow"
        label={d.memberCount}
        description={d.memberCountHint}
        value={count}
        onChange={(text) => {
          setCount(text);
          onChange({ memberCount: countOf(text) });
        }}
        error={errorFor((issue) => issue.field === 'memberCount')}
      />
      {members.length === 0 && <p className="empty">{r.none}</p>}
      <ol className="roster-list">
        {members.map((member, index) => (
          <li key={member.id}>
            <div role="group" aria-label={r.member(index + 1)} className="participant-row">
              <TextInput
                label={r.name(index + 1)}
                value={member.name}
                onChange={(name) => setMember(index, { name })}
                error={errorFor((issue) => issue.field === 'memberName' && issue.index === index)}
              />
              <TextInput
                className="field field-party"
                label={r.party(index + 1)}
                value={member.party}
                onChange={(party) => setMember(index, { party })}
                error={errorFor((issue) => issue.field === 'memberParty' && issue.index === index)}
              />
              <SelectInput<RosterRole>
                label={r.role(index + 1)}
                value={member.role}
                options={rosterRoles.map((role) => ({ id: role, label: messages.meeting.roles[role] }))}
                onChange={(role) => setMember(index, { role })}
              />
              <Button className="button" onPress={() => onChange({ members: members.filter((_, i) => i !== index) })}>
                {r.remove(index + 1)}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <p className="field-hint">{d.partyHint}</p>
      <Button
        className="button"
        onPress={() =>
          onChange({
            members: [...members, { id: crypto.randomUUID(), name: '', party: '', role: members.length === 0 ? 'ordforande' : 'ledamot' }],
          })
        }
      >
        {r.add}
      </Button>
    </section>
  );
}
