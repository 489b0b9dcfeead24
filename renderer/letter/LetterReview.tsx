import { useId, useState, type ReactNode } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { isCalendarDate } from '../../shared/domain/calendarDate';
import type { LetterDocument } from '../../shared/letter/letterBlocks';
import { passageView, type LetterReading, type Passage, type Proposed } from '../../shared/letter/readLetter';
import { answerStatuses, type AnswerStatus } from '../../shared/remiss/remissPackage';
import { TextInput } from '../app/fields';
import { useI18n } from '../i18n/I18nProvider';

/** An attachment picked with the letter: its file's name and the bilaga number the user gives it (as typed). */
export interface AttachmentNumber {
  fileName: string;
  number: string;
  /** True when the number was not read from the file's name or the letter, and the user is asked for it. */
  unsure: boolean;
}

export interface ReviewedLetter {
  reading: LetterReading;
  bilagaNumbers: Array<number | null>;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A bilaga number as typed: empty is none, 1–99 is a number, anything else is an error (undefined). */
export function parseBilagaNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,2}$/.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return number >= 1 && number <= 99 ? number : undefined;
}

/** The passage a proposal was read from, its own words marked, and which document (and page) it stands in. */
function Source({ documents, passage }: { documents: readonly LetterDocument[]; passage: Passage }) {
  const { messages } = useI18n();
  const view = passageView(documents, passage);
  if (!view) return null;
  return (
    <figure className="letter-source">
      <blockquote>
        {view.blocks.map((part, index) => (
          <p key={index}>
            {part.before}
            <mark>{part.marked}</mark>
            {part.after}
          </p>
        ))}
      </blockquote>
      <figcaption>{messages.letterImport.source(view.fileName, view.page)}</figcaption>
    </figure>
  );
}

/** One proposal: whether it goes into the package, its value as the user may correct it, and where it was read. */
function Proposal({
  name,
  included,
  onInclude,
  documents,
  passage,
  children,
}: {
  name: string;
  included: boolean;
  onInclude: (included: boolean) => void;
  documents: readonly LetterDocument[];
  passage: Passage;
  children: ReactNode;
}) {
  const { messages } = useI18n();
  const t = messages.letterImport;
  return (
    <div className="letter-proposal" data-included={included || undefined}>
      <div className="letter-proposal-value">
        <Checkbox className="checkbox" isSelected={included} onChange={onInclude} aria-label={t.includeNamed(lowerFirst(name))}>
          <span className="checkbox-box" aria-hidden="true" />
          <span className="checkbox-label">{t.include}</span>
        </Checkbox>
        {children}
      </div>
      <Source documents={documents} passage={passage} />
    </div>
  );
}

type Scalar = 'title' | 'caseNumber' | 'issuer' | 'municipality' | 'issuedOn' | 'deadlineText' | 'deadline';
type Listed = 'routes' | 'contacts' | 'support' | 'relatedPlans' | 'attachments' | 'generalQuestions' | 'goals';

/**
 * The review of what was read from the letter: every proposal beside its passage, to keep (as it starts), correct or
 * drop, grouped under headings; what was not found is listed and left empty. Nothing is stored until "Skapa".
 */
export function LetterReview({
  initial,
  documents,
  attachments,
  onCreate,
  onCancel,
  busy = false,
}: {
  initial: LetterReading;
  documents: readonly LetterDocument[];
  attachments: readonly AttachmentNumber[];
  onCreate: (reviewed: ReviewedLetter) => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const { messages } = useI18n();
  const t = messages.letterImport;
  const f = t.fields;
  const [reading, setReading] = useState(initial);
  const [numbers, setNumbers] = useState(() => attachments.map((attachment) => attachment.number));
  const [tried, setTried] = useState(false);
  const headingId = useId();

  const update = (recipe: (draft: LetterReading) => void) =>
    setReading((current) => {
      const draft = structuredClone(current);
      recipe(draft);
      return draft;
    });
  const include = (proposal: (draft: LetterReading) => Proposed<unknown> | null | undefined) => (included: boolean) =>
    update((draft) => {
      const target = proposal(draft);
      if (target) target.included = included;
    });

  const dateError = (proposal: Proposed<string> | null) =>
    tried && proposal?.included && !isCalendarDate(proposal.value.trim()) ? t.invalidDate : undefined;
  const numberError = (index: number) => (tried && parseBilagaNumber(numbers[index] ?? '') === undefined ? t.invalidNumber : undefined);
  const valid =
    [reading.issuedOn, reading.deadline].every((proposal) => !proposal?.included || isCalendarDate(proposal.value.trim())) &&
    numbers.every((number) => parseBilagaNumber(number) !== undefined);

  const create = () => {
    setTried(true);
    if (!valid) return;
    const trimmed = structuredClone(reading);
    if (trimmed.issuedOn) trimmed.issuedOn.value = trimmed.issuedOn.value.trim();
    if (trimmed.deadline) trimmed.deadline.value = trimmed.deadline.value.trim();
    onCreate({ reading: trimmed, bilagaNumbers: numbers.map((number) => parseBilagaNumber(number) ?? null) });
  };

  const scalar = (key: Scalar, error?: string) => {
    const proposal = reading[key];
    if (!proposal) return null;
    return (
      <Proposal
        name={f[key]}
        included={proposal.included}
        onInclude={include((draft) => draft[key])}
        documents={documents}
        passage={proposal.passage}
      >
        <TextInput
          label={f[key]}
          value={proposal.value}
          error={error}
          multiline={key === 'deadlineText'}
          onChange={(value) =>
            update((draft) => {
              draft[key]!.value = value;
            })
          }
        />
      </Proposal>
    );
  };

  const notFound = [
    ...(['title', 'caseNumber', 'issuer', 'municipality', 'issuedOn', 'deadlineText', 'deadline'] as const).filter((key) => !reading[key]),
    ...(['routes', 'contacts', 'support', 'relatedPlans', 'attachments', 'generalQuestions', 'goals'] as const).filter(
      (key: Listed) => reading[key].length === 0,
    ),
  ];

  const group = (id: string, title: string, children: ReactNode) => (
    <section className="panel letter-group" aria-labelledby={`${headingId}-${id}`}>
      <h2 id={`${headingId}-${id}`}>{title}</h2>
      {children}
    </section>
  );

  return (
    <>
      <p className="lead">{t.reviewIntro}</p>

      <section className="panel" aria-labelledby={`${headingId}-missing`}>
        <h2 id={`${headingId}-missing`}>{t.notFoundTitle}</h2>
        {notFound.length === 0 ? (
          <p>{t.nothingMissing}</p>
        ) : (
          <>
            <p>{t.notFoundIntro}</p>
            <ul>
              {notFound.map((key) => (
                <li key={key}>{f[key]}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {group(
        'remiss',
        t.groups.remiss,
        <>
          {scalar('title')}
          {scalar('caseNumber')}
          {scalar('issuer')}
          {scalar('municipality')}
          {scalar('issuedOn', dateError(reading.issuedOn))}
        </>,
      )}

      {group(
        'answer',
        t.groups.answer,
        <>
          {scalar('deadlineText')}
          {scalar('deadline', dateError(reading.deadline))}
          {reading.routes.map((route, index) => (
            <Proposal
              key={route.key}
              name={t.route(index + 1)}
              included={route.included}
              onInclude={include((draft) => draft.routes[index])}
              documents={documents}
              passage={route.passage}
            >
              <TextInput
                label={t.routeLabel(index + 1)}
                value={route.value.address}
                onChange={(value) => update((draft) => void (draft.routes[index]!.value.address = value))}
              />
              {answerStatuses.map((status: AnswerStatus) => (
                <Checkbox
                  key={status}
                  className="checkbox"
                  isSelected={route.value.statuses.includes(status)}
                  aria-label={t.routeStatus(index + 1, t.statuses[status])}
                  onChange={(selected) =>
                    update((draft) => {
                      const statuses = draft.routes[index]!.value.statuses.filter((other) => other !== status);
                      draft.routes[index]!.value.statuses = answerStatuses.filter(
                        (other) => statuses.includes(other) || (selected && other === status),
                      );
                    })
                  }
                >
                  <span className="checkbox-box" aria-hidden="true" />
                  <span className="checkbox-label">{t.statuses[status]}</span>
                </Checkbox>
              ))}
            </Proposal>
          ))}
        </>,
      )}

      {group(
        'contacts',
        t.groups.contacts,
        <>
          {reading.contacts.map((contact, index) => (
            <Proposal
              key={contact.key}
              name={t.contact(index + 1)}
              included={contact.included}
              onInclude={include((draft) => draft.contacts[index])}
              documents={documents}
              passage={contact.passage}
            >
              {(['name', 'role', 'email', 'phone', 'about'] as const).map((field) => (
                <TextInput
                  key={field}
                  label={t.contactField(index + 1, t.contactFields[field])}
                  value={contact.value[field]}
                  onChange={(value) => update((draft) => void (draft.contacts[index]!.value[field] = value))}
                />
              ))}
            </Proposal>
          ))}
          {(['support', 'relatedPlans'] as const).map((key) =>
            reading[key].map((item, index) => (
              <Proposal
                key={item.key}
                name={key === 'support' ? t.supportItem(index + 1) : t.planItem(index + 1)}
                included={item.included}
                onInclude={include((draft) => draft[key][index])}
                documents={documents}
                passage={item.passage}
              >
                <TextInput
                  label={key === 'support' ? t.supportItem(index + 1) : t.planItem(index + 1)}
                  value={item.value}
                  multiline={key === 'support'}
                  onChange={(value) => update((draft) => void (draft[key][index]!.value = value))}
                />
              </Proposal>
            )),
          )}
        </>,
      )}

      {group(
        'attachments',
        t.groups.attachments,
        <>
          {reading.attachments.map((attachment, index) => (
            <Proposal
              key={attachment.key}
              name={t.attachmentItem(attachment.value.number)}
              included={attachment.included}
              onInclude={include((draft) => draft.attachments[index])}
              documents={documents}
              passage={attachment.passage}
            >
              <TextInput
                label={t.attachmentItem(attachment.value.number)}
                value={attachment.value.title}
                onChange={(value) => update((draft) => void (draft.attachments[index]!.value.title = value))}
              />
            </Proposal>
          ))}
          {attachments.map((attachment, index) => (
            <TextInput
              key={attachment.fileName}
              label={t.bilagaNumber(attachment.fileName)}
              value={numbers[index] ?? ''}
              description={attachment.unsure ? `${t.bilagaUnsure} ${t.bilagaNumberHint}` : t.bilagaNumberHint}
              error={numberError(index)}
              onChange={(value) => setNumbers((current) => current.map((number, position) => (position === index ? value : number)))}
            />
          ))}
        </>,
      )}

      {reading.generalQuestions.length > 0 &&
        group(
          'general',
          t.groups.generalQuestions,
          reading.generalQuestions.map((question, index) => (
            <Proposal
              key={question.key}
              name={t.generalQuestion(index + 1)}
              included={question.included}
              onInclude={include((draft) => draft.generalQuestions[index])}
              documents={documents}
              passage={question.passage}
            >
              <TextInput
                label={t.generalQuestion(index + 1)}
                value={question.value.text}
                multiline
                onChange={(value) => update((draft) => void (draft.generalQuestions[index]!.value.text = value))}
              />
            </Proposal>
          )),
        )}

      {group(
        'goals',
        t.groups.goals,
        reading.goals.length === 0 ? (
          <p className="letter-no-goals">{t.noGoals}</p>
        ) : (
          reading.goals.map((goal, index) => {
            const { number } = goal.value;
            return (
              <section key={goal.key} className="letter-goal" aria-labelledby={`${headingId}-goal-${number}`}>
                <h3 id={`${headingId}-goal-${number}`}>{goal.value.label || t.goal(number)}</h3>
                <Proposal
                  name={t.goal(number)}
                  included={goal.included}
                  onInclude={include((draft) => draft.goals[index])}
                  documents={documents}
                  passage={goal.passage}
                >
                  <TextInput
                    label={t.goalTitle(number)}
                    value={goal.value.title}
                    onChange={(value) => update((draft) => void (draft.goals[index]!.value.title = value))}
                  />
                </Proposal>
                {goal.value.ambitionLevel && (
                  <Proposal
                    name={t.ambitionLevel(number)}
                    included={goal.value.ambitionLevel.included}
                    onInclude={include((draft) => draft.goals[index]!.value.ambitionLevel)}
                    documents={documents}
                    passage={goal.value.ambitionLevel.passage}
                  >
                    <TextInput
                      label={t.ambitionLevel(number)}
                      value={goal.value.ambitionLevel.value}
                      multiline
                      onChange={(value) => update((draft) => void (draft.goals[index]!.value.ambitionLevel!.value = value))}
                    />
                  </Proposal>
                )}
                {goal.value.questions.map((question, position) => (
                  <Proposal
                    key={question.key}
                    name={t.goalQuestion(number, position + 1)}
                    included={question.included}
                    onInclude={include((draft) => draft.goals[index]!.value.questions[position])}
                    documents={documents}
                    passage={question.passage}
                  >
                    <TextInput
                      label={t.goalQuestion(number, position + 1)}
                      value={question.value.text}
                      multiline
                      onChange={(value) => update((draft) => void (draft.goals[index]!.value.questions[position]!.value.text = value))}
                    />
                  </Proposal>
                ))}
              </section>
            );
          })
        ),
      )}

      {tried && !valid && (
        <p className="field-error" role="alert">
          {t.fixFirst}
        </p>
      )}
      <div className="button-row">
        <Button className="button button-primary" isDisabled={busy} onPress={create}>
          {t.create}
        </Button>
        <Button className="button" isDisabled={busy} onPress={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </>
  );
}
