import { createContext, memo, useCallback, useContext, useMemo, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Label, NumberField, Group, Input, FieldError } from 'react-aria-components';
import { packageFileIssueMessage } from '../../shared/i18n/packageFileMessages';
import { agenda2030Goals } from '../../shared/remiss/agenda2030';
import { serializePackageData, validatePackage, type PackageFileIssue, type PathSegment } from '../../shared/remiss/packageFile';
import { questionKinds, type KfGoal, type Question, type RemissPackage } from '../../shared/remiss/remissPackage';
import { ConfirmDialog } from '../app/Dialogs';
import { CheckboxItem, LinesInput, SelectInput, TextInput } from '../app/fields';
import { useFiles } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { useAutosavedValue } from '../data/useAutosave';
import { duplicatePackage, isEditable, savePackageContent, usePackageSummary } from '../data/packages';
import { useI18n } from '../i18n/I18nProvider';
import { PackageNotFound } from './PackageNotFound';
import { useNavigation } from '../navigation/navigation';
import { formatRoute } from '../navigation/route';
import { useAnnouncer } from '../stores/announcer';
import { exportPackage } from './packageActions';
import { ExportIssuesDialog } from './PackagesScreen';
import { moveItem, ReorderableList } from './ReorderableList';

type Change = (recipe: (draft: RemissPackage) => void) => void;
type ChangeGoal = (index: number, recipe: (goal: KfGoal) => void) => void;
type SetField = (field: 'title' | 'caseNumber' | 'issuer' | 'municipality' | 'introduction' | 'vision', value: string) => void;

/** The message for the first problem at exactly this place in the package, if any. */
/** The message for the field at `path`, or with `nested`, for the first problem anywhere inside it (a line of a list). */
type ErrorAt = (path: PathSegment[], nested?: boolean) => string | undefined;
const IssuesContext = createContext<ErrorAt>(() => undefined);
const useErrorAt = () => useContext(IssuesContext);

const shortId = () => crypto.randomUUID().slice(0, 8);

export function PackageEditorScreen({ packageId }: { packageId: string }) {
  const { messages } = useI18n();
  const summary = usePackageSummary(packageId);
  const database = useDatabase();
  const navigate = useNavigation((state) => state.navigate);
  const m = messages.packages;

  if (summary === undefined) return null;
  if (summary === null) return <PackageNotFound />;
  const { record, meetingCount } = summary;
  if (!isEditable(summary))
    return (
      <>
        <h1>{messages.packageEditor.title(record.content.title)}</h1>
        <p>{record.origin === 'builtIn' ? m.builtInReadOnly : m.inUseReadOnly(meetingCount)}</p>
        <Button
          className="button button-primary"
          onPress={() =>
            void duplicatePackage(database, record.id, m.copyTitle).then((copy) =>
              navigate({ screen: 'packageEditor', packageId: copy.id }),
            )
          }
        >
          {m.duplicate}
        </Button>
      </>
    );
  // Keyed by id: the draft belongs to one package, and is read from the database only when the editor opens.
  return <PackageEditor key={record.id} initial={record.content} />;
}

function PackageEditor({ initial }: { initial: RemissPackage }) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const database = useDatabase();
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  const [draft, setDraft] = useState(initial);
  const [exportIssues, setExportIssues] = useState<PackageFileIssue[] | null>(null);
  const save = useCallback((content: RemissPackage) => savePackageContent(database, content), [database]);
  // Nothing changed yet reads as saved: what is on screen is what the database holds.
  const state = useAutosavedValue(draft, save, e.title(draft.title || e.untitled), {
    delayMs: 400,
    // The copy offered when the database refuses is the package file itself, ready to import again.
    asText: serializePackageData,
  });
  const status = state === 'idle' ? 'saved' : state;

  const change: Change = useCallback((recipe) => {
    setDraft((previous) => {
      const next = structuredClone(previous);
      recipe(next);
      return next;
    });
  }, []);
  // A keystroke copies only the goal it changes, so the other goals' editors are not drawn again.
  const changeGoal: ChangeGoal = useCallback((index, recipe) => {
    setDraft((previous) => ({
      ...previous,
      goals: previous.goals.map((goal, position) => {
        if (position !== index) return goal;
        // A shallow copy: recipes replace the nested lists they change, so unchanged lists keep their identity.
        const next = { ...goal };
        recipe(next);
        return next;
      }),
    }));
  }, []);
  const setField: SetField = useCallback((field, value) => setDraft((previous) => ({ ...previous, [field]: value })), []);
  const changeGeneralQuestions = useCallback((recipe: (questions: Question[]) => void) => {
    setDraft((previous) => {
      const generalQuestions = structuredClone(previous.generalQuestions);
      recipe(generalQuestions);
      return { ...previous, generalQuestions };
    });
  }, []);

  // The same problems keep the same array, so editors that only read errors are not drawn again on every keystroke.
  const computedIssues = useMemo(() => {
    const validation = validatePackage(draft);
    return validation.ok ? [] : validation.issues;
  }, [draft]);
  const issuesKey = JSON.stringify(computedIssues);
  const [stableIssues, setStableIssues] = useState({ key: '[]', issues: [] as PackageFileIssue[] });
  if (stableIssues.key !== issuesKey) setStableIssues({ key: issuesKey, issues: computedIssues });
  const issues = stableIssues.key === issuesKey ? stableIssues.issues : computedIssues;
  const errorAt: ErrorAt = useCallback(
    (path, nested = false) => {
      const key = path.join('/');
      const issue = issues.find(
        (candidate) =>
          candidate.code === 'field' &&
          (candidate.path.join('/') === key || (nested && candidate.path.slice(0, path.length).join('/') === key)),
      );
      if (!issue) return undefined;
      const text = packageFileIssueMessage(messages, issue).replace(/^[^:]*: /, '');
      return nested ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
    },
    [issues, messages],
  );

  const exportFile = async () => {
    const result = await exportPackage(files, database, draft, messages);
    if (result.outcome === 'invalid') setExportIssues(result.issues);
    else if (result.outcome === 'saved') announce(messages.packages.exported(result.fileName));
  };

  return (
    <IssuesContext.Provider value={errorAt}>
      <h1>{e.title(draft.title || e.untitled)}</h1>
      <div className="toolbar">
        <p className={`save-status save-${status}`}>{status === 'saving' ? e.saving : status === 'failed' ? e.saveFailed : e.saved}</p>
        <a className="button" href={formatRoute({ screen: 'package', packageId: draft.id })}>
          {e.readView}
        </a>
        <Button className="button" onPress={() => void exportFile()}>
          {messages.packages.export}
        </Button>
      </div>
      <p className="field-hint">{e.autosaveHint}</p>
      {issues.length > 0 && (
        <section className="panel issues" aria-labelledby="editor-issues">
          <h2 id="editor-issues">{e.issuesTitle}</h2>
          <ul className="issue-list">
            {issues.map((issue, index) => (
              <li key={index}>{packageFileIssueMessage(messages, issue)}</li>
            ))}
          </ul>
        </section>
      )}
      <DetailsEditor draft={draft} change={change} setField={setField} />
      <ScaleEditor ratingScale={draft.ratingScale} change={change} />
      <section className="panel editor-section" aria-labelledby="editor-general-questions">
        <h2 id="editor-general-questions">{e.generalQuestions}</h2>
        <QuestionsEditor
          label={e.generalQuestions}
          questions={draft.generalQuestions}
          path={['generalQuestions']}
          idPrefix="overgripande"
          change={changeGeneralQuestions}
        />
      </section>
      <GoalsEditor goals={draft.goals} change={change} changeGoal={changeGoal} />
      <ExportIssuesDialog issues={exportIssues} onClose={() => setExportIssues(null)} />
    </IssuesContext.Provider>
  );
}

const detailFields = [
  'title',
  'caseNumber',
  'issuer',
  'municipality',
  'issuedOn',
  'deadline',
  'recipients',
  'expectedRespondents',
  'introduction',
  'vision',
  'isExample',
] as const satisfies ReadonlyArray<keyof RemissPackage>;

type DetailsProps = { draft: RemissPackage; change: Change; setField: SetField };

/** Drawn again only when one of its own fields changes, not on every keystroke in a goal. */
const DetailsEditor = memo(DetailsEditorFields, (before: DetailsProps, after: DetailsProps) =>
  detailFields.every((field) => before.draft[field] === after.draft[field]),
);

function DetailsEditorFields({ draft, change, setField }: DetailsProps) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const errorAt = useErrorAt();
  const text = (
    field: 'title' | 'caseNumber' | 'issuer' | 'municipality' | 'introduction' | 'vision',
    label: string,
    multiline = false,
  ) => (
    <TextInput
      label={label}
      value={draft[field]}
      onChange={(value) => setField(field, value)}
      error={errorAt([field])}
      multiline={multiline}
    />
  );
  return (
    <section className="panel editor-section" aria-labelledby="editor-details">
      <h2 id="editor-details">{e.details}</h2>
      <div className="form">
        {text('title', e.packageTitle)}
        <div className="field-row">
          {text('caseNumber', e.caseNumber)}
          {text('issuer', e.issuer)}
          {text('municipality', e.municipality)}
        </div>
        <div className="field-row">
          <TextInput
            label={e.issuedOn}
            value={draft.issuedOn}
            onChange={(value) => change((d) => void (d.issuedOn = value.trim()))}
            error={errorAt(['issuedOn'])}
          />
          <TextInput
            label={e.deadline}
            value={draft.deadline ?? ''}
            onChange={(value) => change((d) => void (d.deadline = value.trim() === '' ? null : value.trim()))}
            error={errorAt(['deadline'])}
          />
        </div>
        <LinesInput
          label={e.unadjusted}
          description={e.onePerLine}
          lines={draft.recipients.unadjusted}
          onChange={(lines) => change((d) => void (d.recipients.unadjusted = lines))}
          error={errorAt(['recipients', 'unadjusted'], true)}
        />
        <LinesInput
          label={e.adjusted}
          description={e.onePerLine}
          lines={draft.recipients.adjusted}
          onChange={(lines) => change((d) => void (d.recipients.adjusted = lines))}
          error={errorAt(['recipients', 'adjusted'], true)}
        />
        <LinesInput
          label={e.expectedRespondents}
          description={e.onePerLine}
          lines={draft.expectedRespondents}
          onChange={(lines) => change((d) => void (d.expectedRespondents = lines))}
        />
        {text('introduction', e.introduction, true)}
        {text('vision', e.vision, true)}
        <Checkbox className="checkbox" isSelected={draft.isExample} onChange={(isExample) => change((d) => void (d.isExample = isExample))}>
          <span className="checkbox-box" aria-hidden="true" />
          <span className="checkbox-label">{e.isExample}</span>
        </Checkbox>
      </div>
    </section>
  );
}

const ScaleEditor = memo(function ScaleEditor({
  ratingScale: scale,
  change,
}: {
  ratingScale: RemissPackage['ratingScale'];
  change: Change;
}) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const errorAt = useErrorAt();
  // A step's value is its position: the scale stays ascending and unique whatever is added or removed.
  const renumber = (d: RemissPackage) => d.ratingScale.steps.forEach((step, index) => (step.value = index + 1));
  return (
    <section className="panel editor-section" aria-labelledby="editor-scale">
      <h2 id="editor-scale">{e.scale}</h2>
      <div className="form">
        <TextInput
          label={e.scaleQuestion}
          value={scale.question}
          onChange={(value) => change((d) => void (d.ratingScale.question = value))}
          error={errorAt(['ratingScale', 'question'])}
        />
        <ol className="scale-step-list">
          {scale.steps.map((step, index) => (
            <li key={index} className="scale-step-item">
              <div role="group" aria-label={e.step(index + 1)} className="field-row">
                <TextInput
                  label={`${e.step(index + 1)}: ${e.stepLabel}`}
                  value={step.label}
                  onChange={(value) => change((d) => void (d.ratingScale.steps[index]!.label = value))}
                  error={errorAt(['ratingScale', 'steps', index, 'label'])}
                />
                <TextInput
                  label={`${e.step(index + 1)}: ${e.stepDescription}`}
                  value={step.description}
                  onChange={(value) => change((d) => void (d.ratingScale.steps[index]!.description = value))}
                  error={errorAt(['ratingScale', 'steps', index, 'description'])}
                />
                <Button
                  className="button button-danger"
                  isDisabled={scale.steps.length <= 2}
                  onPress={() =>
                    change((d) => {
                      d.ratingScale.steps.splice(index, 1);
                      renumber(d);
                    })
                  }
                >
                  {e.removeStep(index + 1)}
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <Button
          className="button"
          isDisabled={scale.steps.length >= 10}
          onPress={() =>
            change((d) => {
              d.ratingScale.steps.push({ value: d.ratingScale.steps.length + 1, label: '', description: '' });
              renumber(d);
            })
          }
        >
          {e.addStep}
        </Button>
        <TextInput
          label={e.noAssessmentLabel}
          description={e.noAssessmentHint}
          value={scale.noAssessmentLabel ?? ''}
          onChange={(value) => change((d) => void (d.ratingScale.noAssessmentLabel = value.trim() === '' ? null : value))}
          error={errorAt(['ratingScale', 'noAssessmentLabel'])}
        />
      </div>
    </section>
  );
});

const QuestionsEditor = memo(function QuestionsEditor({
  label,
  questions,
  path,
  idPrefix,
  change,
}: {
  label: string;
  questions: Question[];
  path: PathSegment[];
  idPrefix: string;
  change: (recipe: (questions: Question[]) => void) => void;
}) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const errorAt = useErrorAt();
  const kinds = questionKinds.map((kind) => ({ id: kind, label: messages.packageReader.questionKinds[kind] }));
  return (
    <div className="questions-editor">
      {questions.length > 1 && (
        <ReorderableList
          label={label}
          items={questions.map((question, index) => ({ id: question.id, label: question.text || e.question(index + 1) }))}
          onMove={(from, to) => change((list) => list.splice(0, list.length, ...moveItem(list, from, to)))}
        />
      )}
      <ol className="question-editor-list">
        {questions.map((question, index) => (
          <li key={question.id}>
            <div role="group" aria-label={`${label}, ${e.question(index + 1)}`} className="question-editor">
              <TextInput
                label={`${e.question(index + 1)}: ${e.questionText}`}
                value={question.text}
                onChange={(value) => change((list) => void (list[index]!.text = value))}
                error={errorAt([...path, index, 'text'])}
                multiline
              />
              <SelectInput
                label={`${e.question(index + 1)}: ${e.questionKind}`}
                value={question.kind}
                options={kinds}
                onChange={(kind) => change((list) => void (list[index]!.kind = kind))}
              />
              <Button className="button button-danger" onPress={() => change((list) => void list.splice(index, 1))}>
                {e.removeQuestion(index + 1)}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        className="button"
        isDisabled={questions.length >= 30}
        onPress={() => change((list) => void list.push({ id: `${idPrefix}-q-${shortId()}`, kind: 'other', text: '' }))}
        aria-label={`${e.addQuestion} – ${label}`}
      >
        {e.addQuestion}
      </Button>
    </div>
  );
});

function GoalsEditor({ goals, change, changeGoal }: { goals: KfGoal[]; change: Change; changeGoal: ChangeGoal }) {
  const { messages } = useI18n();
  const e = messages.packageEditor;
  const goalLabel = (goal: KfGoal) => `${e.goalLegend(goal.number)}: ${goal.title || e.untitled}`;
  // A goal holds much typed text, so removing one is confirmed first.
  const [toRemove, setToRemove] = useState<KfGoal | null>(null);
  const requestRemove = useCallback((goal: KfGoal) => setToRemove(goal), []);
  const reorder = (from: number, to: number) =>
    change((d) => {
      // Numbers that simply count 1, 2, 3 … follow the new order; a council's own numbering is left alone.
      const counted = d.goals.every((goal, index) => goal.number === index + 1);
      d.goals = moveItem(d.goals, from, to);
      if (counted) d.goals.forEach((goal, index) => (goal.number = index + 1));
    });
  return (
    <section className="panel editor-section" aria-labelledby="editor-goals">
      <h2 id="editor-goals">{e.goals}</h2>
      {goals.length > 1 && (
        <ReorderableList label={e.goals} items={goals.map((goal) => ({ id: goal.id, label: goalLabel(goal) }))} onMove={reorder} />
      )}
      {goals.map((goal, index) => (
        <GoalEditor key={goal.id} goal={goal} index={index} changeGoal={changeGoal} onRemove={goals.length > 1 ? requestRemove : null} />
      ))}
      <Button
        className="button button-primary"
        isDisabled={goals.length >= 50}
        onPress={() =>
          change((d) => {
            const number = Math.max(0, ...d.goals.map((goal) => goal.number)) + 1;
            d.goals.push({
              id: `mal-${shortId()}`,
              number,
              title: '',
              description: '',
              ambitionLevel: '',
              focusAreas: [],
              agenda2030: [],
              questions: [],
              documentReferences: [],
            });
          })
        }
      >
        {e.addGoal}
      </Button>
      <ConfirmDialog
        isOpen={toRemove !== null}
        title={toRemove ? e.removeGoalTitle(toRemove.number) : ''}
        confirmLabel={e.removeGoalConfirm}
        cancelLabel={e.cancel}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          const id = toRemove?.id;
          setToRemove(null);
          change((d) => void (d.goals = d.goals.filter((goal) => goal.id !== id)));
        }}
      >
        {toRemove && <p>{e.removeGoalBody(toRemove.title || e.untitled)}</p>}
      </ConfirmDialog>
    </section>
  );
}

const GoalEditor = memo(function GoalEditor({
  goal,
  index,
  changeGoal: changeGoalAt,
  onRemove,
}: {
  goal: KfGoal;
  index: number;
  changeGoal: ChangeGoal;
  /** Asks to remove the goal; null when it is the package's only goal. */
  onRemove: ((goal: KfGoal) => void) | null;
}) {
  const { language, messages } = useI18n();
  const e = messages.packageEditor;
  const errorAt = useErrorAt();
  const path = ['goals', index];
  const changeGoal = (recipe: (goal: KfGoal) => void) => changeGoalAt(index, recipe);
  const changeQuestions = useCallback(
    (recipe: (questions: Question[]) => void) =>
      changeGoalAt(index, (g) => {
        const questions = structuredClone(g.questions);
        recipe(questions);
        g.questions = questions;
      }),
    [changeGoalAt, index],
  );
  const headingId = `goal-editor-${goal.id}`;
  const numberError = errorAt([...path, 'number']);
  return (
    <section className="goal-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {e.goalLegend(goal.number)}: {goal.title || e.untitled}
      </h3>
      <div className="form">
        <div className="field-row">
          <NumberField
            className="field field-narrow"
            value={goal.number}
            minValue={1}
            maxValue={999}
            step={1}
            isInvalid={numberError !== undefined}
            validationBehavior="aria"
            formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
            onChange={(value) => !Number.isNaN(value) && changeGoal((g) => void (g.number = value))}
          >
            <Label>{`${e.goalLegend(goal.number)}: ${e.goalNumber}`}</Label>
            <Group>
              <Input className="input" />
            </Group>
            <FieldError className="field-error">{numberError}</FieldError>
          </NumberField>
          <TextInput
            className="field field-wide"
            label={`${e.goalLegend(goal.number)}: ${e.goalTitle}`}
            value={goal.title}
            onChange={(value) => changeGoal((g) => void (g.title = value))}
            error={errorAt([...path, 'title'])}
          />
        </div>
        <TextInput
          label={`${e.goalLegend(goal.number)}: ${e.goalDescription}`}
          value={goal.description}
          onChange={(value) => changeGoal((g) => void (g.description = value))}
          error={errorAt([...path, 'description'])}
          multiline
        />
        <TextInput
          label={`${e.goalLegend(goal.number)}: ${e.ambitionLevel}`}
          value={goal.ambitionLevel}
          onChange={(value) => changeGoal((g) => void (g.ambitionLevel = value))}
          error={errorAt([...path, 'ambitionLevel'])}
          multiline
        />

        <h4>{e.focusAreas}</h4>
        {goal.focusAreas.map((area, position) => (
          <div
            key={area.id}
            role="group"
            aria-label={`${e.goalLegend(goal.number)}, ${e.focusArea(position + 1)}`}
            className="focus-area-editor"
          >
            <TextInput
              label={`${e.focusArea(position + 1)}: ${e.focusAreaTitle}`}
              value={area.title}
              onChange={(value) =>
                changeGoal((g) => void (g.focusAreas = g.focusAreas.map((a, i) => (i === position ? { ...a, title: value } : a))))
              }
              error={errorAt([...path, 'focusAreas', position, 'title'])}
            />
            <LinesInput
              label={`${e.focusArea(position + 1)}: ${e.successFactors}`}
              description={e.onePerLine}
              lines={area.successFactors}
              onChange={(lines) =>
                changeGoal((g) => void (g.focusAreas = g.focusAreas.map((a, i) => (i === position ? { ...a, successFactors: lines } : a))))
              }
            />
            <Button
              className="button button-danger"
              onPress={() => changeGoal((g) => void (g.focusAreas = g.focusAreas.filter((_, i) => i !== position)))}
              aria-label={`${e.removeFocusArea(position + 1)} – ${e.goalLegend(goal.number)}`}
            >
              {e.removeFocusArea(position + 1)}
            </Button>
          </div>
        ))}
        <Button
          className="button"
          isDisabled={goal.focusAreas.length >= 20}
          onPress={() =>
            changeGoal((g) => void (g.focusAreas = [...g.focusAreas, { id: `${g.id}-f-${shortId()}`, title: '', successFactors: [] }]))
          }
          aria-label={`${e.addFocusArea} – ${e.goalLegend(goal.number)}`}
        >
          {e.addFocusArea}
        </Button>

        <CheckboxGroup
          className="field agenda-group"
          value={goal.agenda2030.map(String)}
          onChange={(values) => changeGoal((g) => void (g.agenda2030 = values.map(Number).sort((a, b) => a - b)))}
        >
          <Label>{`${e.goalLegend(goal.number)}: ${e.agenda2030}`}</Label>
          <div className="agenda-options">
            {agenda2030Goals.map((sdg) => (
              <CheckboxItem key={sdg.number} value={String(sdg.number)}>
                <span className={`sdg-chip sdg-${sdg.number}`} aria-hidden="true">
                  {sdg.number}
                </span>
                <span className="visually-hidden">{`${sdg.number} ${sdg[language]}`}</span>
                <span aria-hidden="true">{sdg[language]}</span>
              </CheckboxItem>
            ))}
          </div>
        </CheckboxGroup>

        <h4>{e.questions}</h4>
        <QuestionsEditor
          label={`${e.goalLegend(goal.number)}, ${e.questions}`}
          questions={goal.questions}
          path={[...path, 'questions']}
          idPrefix={goal.id}
          change={changeQuestions}
        />
        <Button className="button button-danger" isDisabled={onRemove === null} onPress={() => onRemove?.(goal)}>
          {e.removeGoal(goal.number)}
        </Button>
      </div>
    </section>
  );
});
