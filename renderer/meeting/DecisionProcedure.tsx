import { useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  Button,
  CheckboxGroup,
  Disclosure,
  DisclosurePanel,
  Heading,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
  Checkbox,
} from 'react-aria-components';
import { isDeciding, personLabel, presidingChair, quorum, type PersonRef } from '../../shared/decision/participants';
import {
  DRAFT,
  hasProcedure,
  proposals,
  takingPart,
  tally,
  voteChoices,
  yrkandeKinds,
  type DecisionRecord,
  type ProposalRef,
  type VoteChoice,
  type Yrkande,
  type YrkandeKind,
} from '../../shared/decision/procedure';
import { protocolRecord } from '../../shared/decision/protocolRecord';
import type { CommentSubject, GoalComment } from '../../shared/domain/dialogue';
import type { Meeting } from '../../shared/domain/meeting';
import type { Rating, RemissPackage } from '../../shared/remiss/remissPackage';
import { changeProcedure, decide, DecisionError, reviseYrkandeText } from '../data/decisions';
import type { TypedText } from '../data/typedText';
import { useTypedText } from '../data/useTypedText';
import { useDatabase } from '../data/DatabaseProvider';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { ChoiceSelect } from './ChoiceSelect';
import { SaveIndicator } from './SaveIndicator';

const SAME = 'same';
const NONE = 'none';

function ratingOf(choice: string): Yrkande['rating'] {
  if (choice === SAME) return null;
  return choice === NONE ? { kind: 'noAssessment' } : { kind: 'step', value: Number(choice) };
}

/** The beslutsgång as it will read in the protocol, from the record as it stands. */
export function useBeslutsgang(
  meeting: Meeting,
  pkg: RemissPackage,
  subject: CommentSubject,
  comment: GoalComment | undefined,
  record: DecisionRecord | undefined,
): string[] {
  const { language } = useI18n();
  return (
    protocolRecord({
      pkg,
      meeting,
      comments: comment ? [comment] : [],
      dissents: [],
      decisions: record ? [record] : [],
      language,
    }).subjects.find((s) => s.subject === subject)?.beslutsgang ?? []
  );
}

/**
 * The compact "Beslutsgång" of one goal (or the whole decision) when the meeting is not unanimous: who takes part,
 * the yrkanden, the chair's proposition, an open vote by name with its live count, and the decision that locks the
 * comment with the decided proposal's text and rating.
 */
export function DecisionProcedure({
  meeting,
  pkg,
  subject,
  label,
  comment,
  record,
  prepare,
  onDecided,
}: {
  meeting: Meeting;
  pkg: RemissPackage;
  subject: CommentSubject;
  label: string;
  comment: GoalComment | undefined;
  record: DecisionRecord | undefined;
  /** Writes what is still being typed in the draft, which the decision may lock. */
  prepare: () => Promise<unknown>;
  onDecided: () => Promise<void>;
}) {
  const database = useDatabase();
  const { messages } = useI18n();
  const announce = useAnnouncer((state) => state.announce);
  const d = messages.decision.procedure;
  const [failed, setFailed] = useState<string | null>(null);
  /** What each own yrkande's wording still has to write, written before the decision locks it. */
  const [pendingWordings] = useState(() => new Set<() => Promise<unknown>>());
  const preview = useBeslutsgang(meeting, pkg, subject, comment, record);
  const previewId = useId();
  const deciding = meeting.participants.filter(isDeciding);
  const voters = takingPart(record, meeting.participants);
  const onTable = proposals(record ?? { yrkanden: [] });
  const chair = presidingChair(meeting.participants);
  const people = new Map<string, PersonRef>(deciding.map((p) => [p.id, p]));
  const proposalLabel = (ref: ProposalRef) => {
    const yrkande = record?.yrkanden.find((y) => y.id === ref);
    if (ref === DRAFT || !yrkande) return d.draft;
    return d.yrkandeOf(personLabel(people.get(yrkande.participantId) ?? { name: yrkande.participantName, party: yrkande.party }));
  };

  const change = async (fn: (record: DecisionRecord) => DecisionRecord) => {
    try {
      await changeProcedure(database, meeting.id, subject, fn);
      setFailed(null);
    } catch {
      setFailed(d.saveFailed);
    }
  };

  const takeDecision = async () => {
    try {
      await prepare();
      await Promise.all([...pendingWordings].map((flush) => flush()));
      await decide(database, meeting.id, subject);
      setFailed(null);
      announce(d.decided);
      await onDecided();
    } catch (error) {
      const text = error instanceof DecisionError ? d.problems[error.problem] : d.saveFailed;
      setFailed(text);
      announce(text);
    }
  };

  const vote = record?.vote ?? null;
  const counted = vote ? tally(vote, voters) : null;
  const tied = counted !== null && counted.missing.length === 0 && counted.ja === counted.nej;
  const chairVote = chair && vote ? vote.votes[chair.id] : undefined;
  const decisionQuorum = quorum(
    meeting.participants.filter((p) => voters.some((voter) => voter.id === p.id)),
    meeting.memberCount,
  );

  return (
    <Disclosure className="procedure" defaultExpanded={hasProcedure(record)}>
      <Heading level={4} className="procedure-heading">
        <Button slot="trigger" className="button procedure-trigger">
          {d.title}
        </Button>
      </Heading>
      <DisclosurePanel className="procedure-panel">
        <CheckboxGroup
          className="field"
          value={voters.map((voter) => voter.id)}
          onChange={(ids) => void change((r) => ({ ...r, excludedIds: deciding.filter((p) => !ids.includes(p.id)).map((p) => p.id) }))}
        >
          <Label>{d.takingPart}</Label>
          <Text slot="description" className="field-hint">
            {d.takingPartHint}
          </Text>
          <div className="choice-columns">
            {deciding.map((p) => (
              <Checkbox key={p.id} value={p.id} className="checkbox">
                <span className="checkbox-box" aria-hidden="true" />
                {personLabel(p)}
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
        {decisionQuorum && !decisionQuorum.quorate && (
          <p className="alert">{messages.decision.participants.notQuorate(decisionQuorum.deciding, decisionQuorum.memberCount)}</p>
        )}

        <h5 id={`${previewId}-yrkanden`}>{d.yrkanden}</h5>
        {(record?.yrkanden.length ?? 0) === 0 ? (
          <p className="field-hint">{d.noYrkanden}</p>
        ) : (
          <ul className="yrkande-list" aria-labelledby={`${previewId}-yrkanden`}>
            {record!.yrkanden.map((yrkande) => {
              const name = personLabel(people.get(yrkande.participantId) ?? { name: yrkande.participantName, party: yrkande.party });
              return (
                <li key={yrkande.id} className={yrkande.withdrawn ? 'withdrawn' : undefined}>
                  <p>
                    <strong>{name}</strong>: {yrkande.kind === 'bifall' ? d.kinds.bifall : d.kinds.eget}
                    {yrkande.kind === 'eget' && yrkande.withdrawn && yrkande.text && <> – ”{yrkande.text}”</>}
                    {yrkande.kind === 'eget' && yrkande.rating && <> ({ratingWords(yrkande.rating, pkg)})</>}
                  </p>
                  {yrkande.kind === 'eget' && !yrkande.withdrawn && (
                    <YrkandeText
                      meetingId={meeting.id}
                      subject={subject}
                      yrkande={yrkande}
                      label={d.ownTextOf(name)}
                      pending={pendingWordings}
                    />
                  )}
                  {yrkande.withdrawn && <p className="field-hint">{d.withdrawn}</p>}
                  <div className="button-row">
                    <Button
                      className="button"
                      onPress={() =>
                        void change((r) => ({
                          ...withoutProposal(r, yrkande.withdrawn ? null : yrkande.id),
                          yrkanden: r.yrkanden.map((y) => (y.id === yrkande.id ? { ...y, withdrawn: !y.withdrawn } : y)),
                        }))
                      }
                    >
                      {yrkande.withdrawn ? d.restore(name) : d.withdraw(name)}
                    </Button>
                    <Button
                      className="button"
                      onPress={() =>
                        void change((r) => ({
                          ...withoutProposal(r, yrkande.id),
                          yrkanden: r.yrkanden.filter((y) => y.id !== yrkande.id),
                        }))
                      }
                    >
                      {d.remove(name)}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <YrkandeForm
          voters={voters}
          pkg={pkg}
          label={label}
          onAdd={(yrkande) => change((r) => ({ ...r, yrkanden: [...r.yrkanden, yrkande] }))}
        />

        {onTable.length > 1 && (
          <RadioGroup
            className="field"
            value={record?.proposition ?? null}
            onChange={(proposition) => void change((r) => ({ ...r, proposition }))}
          >
            <Label>{d.proposition}</Label>
            {onTable.map((ref) => (
              <Radio key={ref} value={ref} className="radio">
                <span className="radio-dot" aria-hidden="true" />
                {proposalLabel(ref)}
              </Radio>
            ))}
          </RadioGroup>
        )}

        {onTable.length > 1 && (
          <Checkbox
            className="checkbox"
            isSelected={vote !== null}
            onChange={(requested) =>
              void change((r) => {
                if (!requested) return { ...r, vote: null };
                const ja = r.proposition ?? DRAFT;
                const nej = proposals(r).find((ref) => ref !== ja) ?? DRAFT;
                return { ...r, vote: { ja, nej, votes: {} } };
              })
            }
          >
            <span className="checkbox-box" aria-hidden="true" />
            {d.vote}
          </Checkbox>
        )}

        {vote && counted && (
          <section className="vote" aria-label={d.voteTitle}>
            <div className="field-row">
              <ChoiceSelect
                label={d.voteJa}
                value={vote.ja}
                choices={onTable.map((ref) => ({ id: ref, label: proposalLabel(ref) }))}
                onChange={(ja) => void change((r) => ({ ...r, vote: r.vote && { ...r.vote, ja } }))}
              />
              <ChoiceSelect
                label={d.voteNej}
                value={vote.nej}
                choices={onTable.map((ref) => ({ id: ref, label: proposalLabel(ref) }))}
                onChange={(nej) => void change((r) => ({ ...r, vote: r.vote && { ...r.vote, nej } }))}
              />
            </div>
            <table className="vote-table">
              <caption>{d.voteTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{d.voter}</th>
                  <th scope="col">{d.choice}</th>
                </tr>
              </thead>
              <tbody>
                {voters.map((voter) => (
                  <tr key={voter.id}>
                    <th scope="row">{personLabel(voter)}</th>
                    <td>
                      <RadioGroup
                        aria-label={d.voteOf(personLabel(voter))}
                        orientation="horizontal"
                        className="vote-choices"
                        value={vote.votes[voter.id] ?? null}
                        onChange={(choice) =>
                          void change((r) => ({
                            ...r,
                            vote: r.vote && { ...r.vote, votes: { ...r.vote.votes, [voter.id]: choice as VoteChoice } },
                          }))
                        }
                      >
                        {voteChoices.map((choice) => (
                          <Radio key={choice} value={choice} className="radio">
                            <span className="radio-dot" aria-hidden="true" />
                            {d.choices[choice]}
                          </Radio>
                        ))}
                      </RadioGroup>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p role="status" className="vote-count">
              {d.count(counted.ja, counted.nej, counted.avstar, counted.missing.length)}
            </p>
            {tied && (
              <p className="alert">
                {d.tie(chair && (chairVote === 'ja' || chairVote === 'nej') ? `${personLabel(chair)}: ${d.choices[chairVote]}` : null)}
              </p>
            )}
          </section>
        )}

        {preview.length > 0 && (
          <section className="procedure-preview" aria-labelledby={previewId}>
            <h5 id={previewId}>{d.preview}</h5>
            {preview.map((text) => (
              <p key={text}>{text}</p>
            ))}
          </section>
        )}
        {failed && (
          <p className="alert" role="alert">
            {failed}
          </p>
        )}
        {hasProcedure(record) && (
          <Button className="button button-primary" onPress={() => void takeDecision()}>
            {d.decide}
          </Button>
        )}
      </DisclosurePanel>
    </Disclosure>
  );
}

/** An own yrkande's wording, written behind the typing as the draft is, so a change of words is never lost. */
function YrkandeText({
  meetingId,
  subject,
  yrkande,
  label,
  pending,
}: {
  meetingId: string;
  subject: CommentSubject;
  yrkande: Yrkande;
  label: string;
  /** Where the field's flush is kept while it is shown, for the decision to write first. */
  pending: Set<() => Promise<unknown>>;
}) {
  const database = useDatabase();
  const save = useCallback(
    (typed: TypedText) => reviseYrkandeText(database, meetingId, subject, yrkande.id, typed),
    [database, meetingId, subject, yrkande.id],
  );
  const input = useRef<HTMLTextAreaElement>(null);
  const field = useTypedText({ text: yrkande.text ?? '', revision: yrkande.textRevision ?? 0 }, save, label, input);
  const { flush } = field;
  useEffect(() => {
    pending.add(flush);
    return () => void pending.delete(flush);
  }, [pending, flush]);
  return (
    <>
      <TextField className="field" value={field.text} onChange={field.change} onBlur={field.leave}>
        <Label>{label}</Label>
        <TextArea className="input textarea" rows={3} ref={input} />
      </TextField>
      <SaveIndicator state={field.state} label={label} notice={field.notice} onRetry={() => void field.flush()} />
    </>
  );
}

/** A proposal leaves the table: the chair's finding and a vote that named it no longer stand. */
function withoutProposal(record: DecisionRecord, ref: ProposalRef | null): DecisionRecord {
  if (ref === null) return record;
  return {
    ...record,
    proposition: record.proposition === ref ? null : record.proposition,
    vote: record.vote && (record.vote.ja === ref || record.vote.nej === ref) ? null : record.vote,
  };
}

function ratingWords(rating: Exclude<Rating, null>, pkg: RemissPackage): string {
  if (rating.kind === 'noAssessment') return pkg.ratingScale.noAssessmentLabel ?? '–';
  const step = pkg.ratingScale.steps.find((s) => s.value === rating.value);
  return step ? `${step.value}. ${step.label}` : String(rating.value);
}

/** A new yrkande: who, bifall or an own proposal with its wording and rating. */
function YrkandeForm({
  voters,
  pkg,
  label,
  onAdd,
}: {
  voters: PersonRef[];
  pkg: RemissPackage;
  label: string;
  onAdd: (yrkande: Yrkande) => Promise<void>;
}) {
  const { messages } = useI18n();
  const d = messages.decision.procedure;
  const [who, setWho] = useState<string | null>(null);
  const [kind, setKind] = useState<YrkandeKind>('bifall');
  const [text, setText] = useState('');
  const [rating, setRating] = useState(SAME);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const scale = pkg.ratingScale;

  const add = async () => {
    const person = voters.find((voter) => voter.id === who);
    if (!person) return setError(d.missingWho);
    const ownText = text.trim() === '' ? null : text.trim();
    if (kind === 'eget' && ownText === null && rating === SAME) return setError(d.missingContent);
    setError(null);
    await onAdd({
      id: crypto.randomUUID(),
      participantId: person.id,
      participantName: person.name,
      party: person.party,
      kind,
      text: kind === 'eget' ? ownText : null,
      rating: kind === 'eget' ? ratingOf(rating) : null,
      withdrawn: false,
      createdAt: new Date().toISOString(),
    });
    setText('');
    setRating(SAME);
    setKind('bifall');
    setWho(null);
  };

  return (
    <div className="yrkande-form" role="group" aria-labelledby={titleId}>
      <h5 id={titleId}>{`${d.newYrkande} – ${label}`}</h5>
      <div className="field-row">
        <ChoiceSelect
          label={d.who}
          placeholder={d.choose}
          value={who}
          choices={voters.map((voter) => ({ id: voter.id, label: personLabel(voter) }))}
          onChange={setWho}
        />
        <RadioGroup className="field" value={kind} onChange={(value) => setKind(value as YrkandeKind)}>
          <Label>{d.kind}</Label>
          {yrkandeKinds.map((k) => (
            <Radio key={k} value={k} className="radio">
              <span className="radio-dot" aria-hidden="true" />
              {d.kinds[k]}
            </Radio>
          ))}
        </RadioGroup>
      </div>
      {kind === 'eget' && (
        <>
          <TextField className="field" value={text} onChange={setText}>
            <Label>{d.ownText}</Label>
            <TextArea className="input textarea" rows={3} />
            <Text slot="description" className="field-hint">
              {d.ownTextHint}
            </Text>
          </TextField>
          <ChoiceSelect
            label={d.ownRating}
            value={rating}
            choices={[
              { id: SAME, label: d.sameRating },
              ...scale.steps.map((step) => ({ id: String(step.value), label: `${step.value}. ${step.label}` })),
              ...(scale.noAssessmentLabel ? [{ id: NONE, label: scale.noAssessmentLabel }] : []),
            ]}
            onChange={setRating}
          />
        </>
      )}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <Button className="button" onPress={() => void add()}>
        {d.add}
      </Button>
    </div>
  );
}
