import { useCallback, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { capitalise } from '../../../shared/i18n/issueText';
import { packageFileIssueMessage, packageFileIssueText } from '../../../shared/i18n/packageFileMessages';
import { serializePackageData, validatePackage, type PackageFileIssue } from '../../../shared/remiss/packageFile';
import type { Question, RemissPackage } from '../../../shared/remiss/remissPackage';
import { useFiles } from '../../bridge/BridgeProvider';
import { useDatabase } from '../../data/DatabaseProvider';
import { savePackageContent } from '../../data/packages';
import { useAutosavedValue } from '../../data/useAutosave';
import { useI18n } from '../../i18n/I18nProvider';
import { formatRoute } from '../../navigation/route';
import { useAnnouncer } from '../../stores/announcer';
import { exportPackage } from '../packageActions';
import { ExportIssuesDialog } from '../PackagesScreen';
import { DetailsEditor } from './DetailsEditor';
import { DocumentsEditor } from './DocumentsEditor';
import { LetterDetailsEditor } from './LetterDetailsEditor';
import { RespondentsEditor, RoutesEditor } from './RespondentsEditor';
import { IssuesContext, type Change, type ChangeGoal, type ErrorAt, type SetField } from './editing';
import { GoalsEditor } from './GoalsEditor';
import { QuestionsEditor } from './QuestionsEditor';
import { ScaleEditor } from './ScaleEditor';

export function PackageEditor({ initial }: { initial: RemissPackage }) {
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
      // Beside its field the problem needs no place; a list's line stands alone, so it starts as a sentence does.
      const { what } = packageFileIssueText(messages, issue);
      return nested ? capitalise(what) : what;
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
      <LetterDetailsEditor details={draft} change={change} />
      <RespondentsEditor respondents={draft.respondents} change={change} />
      <RoutesEditor routes={draft.routes} change={change} />
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
      <DocumentsEditor packageId={draft.id} documents={draft.documents} change={change} />
      <GoalsEditor goals={draft.goals} documents={draft.documents} change={change} changeGoal={changeGoal} />
      <ExportIssuesDialog issues={exportIssues} onClose={() => setExportIssues(null)} />
    </IssuesContext.Provider>
  );
}
