import { useState, type FormEvent } from 'react';
import { Button, CheckboxGroup, Form, Label } from 'react-aria-components';
import { bodyKinds, validateBody, type BodyIssue } from '../../shared/domain/body';
import { bodyIssueMessage } from '../../shared/i18n/messages';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { CheckboxItem, SelectInput, TextInput } from '../app/fields';
import { saveBody, useBodies } from '../data/bodies';
import { useDatabase } from '../data/DatabaseProvider';
import { usePackageSummaries } from '../data/packages';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';
import { useBodyDraft } from '../stores/bodyDraft';
import { ForecastFields } from './ForecastFields';
import { LogoField } from './LogoField';
import { RosterEditor } from './RosterEditor';

/** Adds or edits one body and its own goals; the typed text lives in the draft store until it is saved. */
export function BodyForm() {
  const { messages } = useI18n();
  const b = messages.bodies;
  const database = useDatabase();
  const announce = useAnnouncer((state) => state.announce);
  const draft = useBodyDraft((state) => state.draft);
  const update = useBodyDraft((state) => state.update);
  const close = useBodyDraft((state) => state.close);
  const bodies = useBodies();
  const packages = usePackageSummaries();
  const [packageId, setPackageId] = useState(examplePackage.id);
  const [issues, setIssues] = useState<BodyIssue[]>([]);
  const [saveFailed, setSaveFailed] = useState(false);
  if (!draft) return null;
  const { input } = draft;

  const kfGoals = (packages?.find((summary) => summary.record.id === packageId)?.record.content ?? examplePackage).goals;
  const errorFor = (predicate: (issue: BodyIssue) => boolean) => {
    const issue = issues.find(predicate);
    return issue && bodyIssueMessage(messages, issue);
  };
  const titleId = 'body-form-title';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const others = (bodies ?? []).filter((body) => body.id !== draft.bodyId).map((body) => body.name);
    const result = validateBody(input, others);
    if (!result.ok) {
      setIssues(result.issues);
      const form = event.currentTarget;
      // Focus moves to the first field in error once React has marked it invalid.
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setIssues([]);
    try {
      const body = await saveBody(database, draft.bodyId, result.value);
      setSaveFailed(false);
      close();
      announce(b.saved(body.name));
    } catch {
      setSaveFailed(true);
    }
  };

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{draft.bodyId === null ? b.newTitle : b.editTitle(input.name)}</h2>
      <Form className="form" onSubmit={(event) => void submit(event)} aria-labelledby={titleId} validationBehavior="aria">
        <div className="field-row">
          <TextInput
            className="field field-wide"
            label={b.name}
            description={b.nameHint}
            value={input.name}
            onChange={(name) => update((current) => ({ ...current, name }))}
            error={errorFor((issue) => issue.field === 'name')}
          />
          <SelectInput
            label={b.kind}
            value={input.kind}
            options={bodyKinds.map((kind) => ({ id: kind, label: b.kinds[kind] }))}
            onChange={(kind) => update((current) => ({ ...current, kind }))}
          />
        </div>

        <h3>{b.ownGoals}</h3>
        {packages && packages.length > 1 && (
          <SelectInput
            label={b.kfGoalsFrom}
            value={packageId}
            options={packages.map((summary) => ({ id: summary.record.id, label: summary.record.content.title }))}
            onChange={setPackageId}
          />
        )}
        {input.ownGoals.length === 0 && <p className="empty">{b.noOwnGoals}</p>}
        <ol className="own-goal-list">
          {input.ownGoals.map((goal, index) => {
            const numbers = [...new Set([...kfGoals.map((kf) => kf.number), ...goal.kfGoalNumbers])].sort((x, y) => x - y);
            const setGoal = (recipe: (g: typeof goal) => typeof goal) =>
              update((current) => ({ ...current, ownGoals: current.ownGoals.map((g, i) => (i === index ? recipe(g) : g)) }));
            return (
              <li key={goal.id}>
                <div role="group" aria-label={b.ownGoal(index + 1)} className="own-goal">
                  <TextInput
                    label={`${b.ownGoal(index + 1)}: ${b.ownGoalTitle}`}
                    value={goal.title}
                    onChange={(title) => setGoal((g) => ({ ...g, title }))}
                    error={errorFor((issue) => issue.field === 'ownGoalTitle' && issue.index === index)}
                  />
                  <TextInput
                    label={`${b.ownGoal(index + 1)}: ${b.ownGoalDescription}`}
                    value={goal.description}
                    onChange={(description) => setGoal((g) => ({ ...g, description }))}
                    error={errorFor((issue) => issue.field === 'ownGoalDescription' && issue.index === index)}
                    multiline
                  />
                  <CheckboxGroup
                    className="field"
                    value={goal.kfGoalNumbers.map(String)}
                    onChange={(values) => setGoal((g) => ({ ...g, kfGoalNumbers: values.map(Number).sort((x, y) => x - y) }))}
                  >
                    <Label>{`${b.ownGoal(index + 1)}: ${b.kfGoals}`}</Label>
                    {numbers.map((number) => (
                      <CheckboxItem key={number} value={String(number)}>
                        {b.kfGoal(number, kfGoals.find((kf) => kf.number === number)?.title ?? '–')}
                      </CheckboxItem>
                    ))}
                  </CheckboxGroup>
                  <ForecastFields
                    goal={goal}
                    goalLabel={b.ownGoal(index + 1)}
                    onChange={(forecast) => setGoal(({ forecast: _replaced, ...rest }) => (forecast ? { ...rest, forecast } : rest))}
                    errorFor={(field) => errorFor((issue) => issue.field === field && 'index' in issue && issue.index === index)}
                  />
                  <Button
                    className="button button-danger"
                    onPress={() => update((current) => ({ ...current, ownGoals: current.ownGoals.filter((_, i) => i !== index) }))}
                  >
                    {b.removeOwnGoal(index + 1)}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          className="button"
          onPress={() =>
            update((current) => ({
              ...current,
              ownGoals: [...current.ownGoals, { id: crypto.randomUUID(), title: '', description: '', kfGoalNumbers: [] }],
            }))
          }
        >
          {b.addOwnGoal}
        </Button>

        <RosterEditor
          members={input.members ?? []}
          memberCount={input.memberCount ?? null}
          errorFor={errorFor}
          onChange={(change) => update((current) => ({ ...current, ...change }))}
        />

        <LogoField
          logo={input.logo ?? null}
          municipality={(packages?.find((summary) => summary.record.id === packageId)?.record.content ?? examplePackage).municipality}
          error={errorFor((issue) => issue.field === 'logoAltText')}
          onChange={(logo) => update((current) => ({ ...current, logo }))}
        />

        {saveFailed && (
          <p className="alert" role="alert">
            {b.saveFailed}
          </p>
        )}
        <div className="actions">
          <Button type="submit" className="button button-primary">
            {b.save}
          </Button>
          <Button className="button" onPress={close}>
            {b.cancel}
          </Button>
        </div>
      </Form>
    </section>
  );
}
