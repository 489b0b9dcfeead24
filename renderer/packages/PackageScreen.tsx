import { shownTitle } from './packageTitle';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { formatCalendarDate } from '../../shared/i18n/format';
import type { PackageFileIssue } from '../../shared/remiss/packageFile';
import type { Question, RemissPackage } from '../../shared/remiss/remissPackage';
import { useFiles } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { duplicatePackage, isEditable, usePackageSummary } from '../data/packages';
import { useI18n } from '../i18n/I18nProvider';
import { PackageNotFound } from './PackageNotFound';
import { useNavigation } from '../navigation/navigation';
import { formatRoute } from '../navigation/route';
import { useAnnouncer } from '../stores/announcer';
import { AgendaBadge } from './AgendaBadge';
import { exportPackage } from './packageActions';
import { MessageDialog } from '../app/Dialogs';
import { ExportIssuesDialog } from './PackagesScreen';
import { PackageDocuments } from '../documents/PackageDocuments';
import { RespondentsAndRoutes } from './RespondentsAndRoutes';
import { LetterDetails } from './LetterDetails';

/** Paragraphs as the strategy office wrote them: a blank line starts a new one. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </>
  );
}

function Questions({ questions }: { questions: Question[] }) {
  const { messages } = useI18n();
  if (questions.length === 0) return <p className="empty">{messages.packageReader.none}</p>;
  return (
    <ol className="question-list">
      {questions.map((question) => (
        <li key={question.id}>
          <span className="question-kind">{messages.packageReader.questionKinds[question.kind]}</span> {question.text}
        </li>
      ))}
    </ol>
  );
}

/** The package as the board will see it: the remiss's facts, its texts, the scale, and every goal in full. */
export function PackageScreen({ packageId }: { packageId: string }) {
  const { messages } = useI18n();
  const summary = usePackageSummary(packageId);
  const database = useDatabase();
  const files = useFiles();
  const navigate = useNavigation((state) => state.navigate);
  const announce = useAnnouncer((state) => state.announce);
  const [exportIssues, setExportIssues] = useState<PackageFileIssue[] | null>(null);
  const [failed, setFailed] = useState(false);
  const m = messages.packages;

  if (summary === undefined) return null;
  if (summary === null) return <PackageNotFound />;
  const { record } = summary;

  const duplicate = async () => {
    try {
      const copy = await duplicatePackage(database, record.id, m.copyTitle);
      announce(m.duplicated(copy.content.title));
      navigate({ screen: 'packageEditor', packageId: copy.id });
    } catch {
      setFailed(true);
    }
  };
  const exportFile = async () => {
    try {
      const result = await exportPackage(files, database, record.content, messages);
      if (result.outcome === 'invalid') setExportIssues(result.issues);
      else if (result.outcome === 'saved') announce(m.exported(result.fileName));
    } catch {
      setFailed(true);
    }
  };

  return (
    <article className="package-view">
      <p>
        <a href={formatRoute({ screen: 'packages' })}>{m.backToList}</a>
      </p>
      <div className="card-heading">
        <h1>{shownTitle(record.content, messages)}</h1>
        {record.content.isExample && <span className="badge">{m.exampleBadge}</span>}
      </div>
      {record.origin !== 'builtIn' && summary.meetingCount > 0 && <p>{m.inUseReadOnly(summary.meetingCount)}</p>}
      <div className="actions">
        {isEditable(summary) ? (
          <a className="button button-primary" href={formatRoute({ screen: 'packageEditor', packageId: record.id })}>
            {m.edit}
          </a>
        ) : (
          <Button className="button button-primary" onPress={() => void duplicate()}>
            {m.duplicate}
          </Button>
        )}
        <Button className="button" onPress={() => void exportFile()}>
          {m.export}
        </Button>
        <a className="button" href={formatRoute({ screen: 'compile', packageId: record.id })}>
          {messages.compile.link}
        </a>
      </div>
      <PackageContent content={record.content} />
      <ExportIssuesDialog issues={exportIssues} onClose={() => setExportIssues(null)} />
      <MessageDialog isOpen={failed} title={m.actionFailedTitle} closeLabel={m.close} onClose={() => setFailed(false)}>
        <p>{m.actionFailed}</p>
      </MessageDialog>
    </article>
  );
}

function PackageContent({ content }: { content: RemissPackage }) {
  const { language, messages } = useI18n();
  const r = messages.packageReader;
  const m = messages.packages;
  return (
    <>
      <section aria-labelledby="package-details" className="panel">
        <h2 id="package-details">{r.details}</h2>
        <dl className="facts facts-wide">
          <div>
            <dt>{m.caseNumber}</dt>
            <dd>{content.caseNumber || '–'}</dd>
          </div>
          <div>
            <dt>{m.issuer}</dt>
            <dd>{content.issuer}</dd>
          </div>
          <div>
            <dt>{r.municipality}</dt>
            <dd>{content.municipality || '–'}</dd>
          </div>
          <div>
            <dt>{m.issuedOn}</dt>
            <dd>
              <time dateTime={content.issuedOn}>{formatCalendarDate(content.issuedOn, language)}</time>
            </dd>
          </div>
          <div>
            <dt>{r.deadline}</dt>
            <dd>
              {content.deadline ? <time dateTime={content.deadline}>{formatCalendarDate(content.deadline, language)}</time> : r.noDeadline}
            </dd>
          </div>
          {content.deadlineText.trim() !== '' && (
            <div>
              <dt>{messages.letterDetails.deadlineText}</dt>
              <dd>{content.deadlineText}</dd>
            </div>
          )}
        </dl>
      </section>

      <RespondentsAndRoutes content={content} />
      <LetterDetails content={content} />

      <PackageDocuments pkg={content} />
      {content.introduction.trim() !== '' && (
        <section aria-labelledby="package-introduction">
          <h2 id="package-introduction">{r.introduction}</h2>
          <Paragraphs text={content.introduction} />
        </section>
      )}
      {content.vision.trim() !== '' && (
        <section aria-labelledby="package-vision">
          <h2 id="package-vision">{r.vision}</h2>
          <p className="vision">{content.vision}</p>
        </section>
      )}
      <section aria-labelledby="package-general-questions">
        <h2 id="package-general-questions">{r.generalQuestions}</h2>
        <Questions questions={content.generalQuestions} />
      </section>
      <section aria-labelledby="package-scale">
        <h2 id="package-scale">{r.scale}</h2>
        {content.ratingScale.question && <p>{content.ratingScale.question}</p>}
        <ol className="scale-list">
          {content.ratingScale.steps.map((step) => (
            <li key={step.value}>
              <strong>{step.label}</strong>
              {step.description && ` – ${step.description}`}
            </li>
          ))}
        </ol>
        {content.ratingScale.noAssessmentLabel && (
          <p>
            {r.noAssessment}: <strong>{content.ratingScale.noAssessmentLabel}</strong>
          </p>
        )}
      </section>
      <section aria-labelledby="package-goals">
        <h2 id="package-goals">{r.goals}</h2>
        {content.goals.map((goal) => (
          <section key={goal.id} className="panel goal" aria-labelledby={`goal-${goal.id}`}>
            <h3 id={`goal-${goal.id}`}>{r.goalHeading(goal.number, goal.title)}</h3>
            {goal.description && <Paragraphs text={goal.description} />}
            <h4>{r.ambitionLevel}</h4>
            <Paragraphs text={goal.ambitionLevel || r.none} />
            {goal.focusAreas.length > 0 && (
              <>
                <h4>{r.focusAreas}</h4>
                <ul className="focus-areas">
                  {goal.focusAreas.map((area) => (
                    <li key={area.id}>
                      <strong>{area.title}</strong>
                      {area.successFactors.length > 0 && (
                        <>
                          <ul aria-label={`${r.successFactors}: ${area.title}`}>
                            {area.successFactors.map((factor, index) => (
                              <li key={index}>{factor}</li>
                            ))}
                          </ul>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {goal.agenda2030.length > 0 && (
              <>
                <h4>{r.agenda2030}</h4>
                <ul className="sdg-list">
                  {goal.agenda2030.map((number) => (
                    <li key={number}>
                      <AgendaBadge number={number} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h4>{r.questions}</h4>
            <Questions questions={goal.questions} />
          </section>
        ))}
      </section>
    </>
  );
}
