import { useEffect, useMemo, useState } from 'react';
import { Button, CheckboxGroup, DropZone, FileTrigger, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { packageFingerprint } from '../../shared/attachment/answerFile';
import {
  bodyKinds,
  compileAnswers,
  filterAnswers,
  type AnswerStatus,
  type BodyKind,
  type CommentEntry,
} from '../../shared/compile/compileAnswers';
import {
  countedAnswers,
  otherVersionOf,
  repeatedBodies,
  type CompiledAnswer,
  type MergeOutcome,
  type OtherVersion,
  type RepeatedBody,
} from '../../shared/compile/mergeAnswers';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { answerFileIssueMessage } from '../../shared/i18n/answerFileMessages';
import { formatCalendarDate } from '../../shared/i18n/format';
import type { Messages } from '../../shared/i18n/messages';
import { MessageDialog } from '../app/Dialogs';
import { CheckboxItem } from '../app/fields';
import { chooseCountedAnswer, resolveAnswerConflict, useCompiledAnswers } from '../data/answers';
import { useDatabase } from '../data/DatabaseProvider';
import { usePackage } from '../data/packages';
import { useI18n } from '../i18n/I18nProvider';
import { formatRoute } from '../navigation/route';
import { CompileExportButtons } from './CompileExportButtons';
import { ConflictDetails, DissentLines } from './ConflictDetails';
import { RatingChart } from './RatingChart';
import { ImportProgress, MatchDialog } from './MatchDialog';
import { OfficerReportEditor } from './OfficerReportEditor';
import { RoundOverview } from './RoundOverview';
import { StoredMatches } from './StoredMatches';
import { useAnswerImport } from './useAnswerImport';

const statuses: AnswerStatus[] = ['ojusterat', 'justerat'];

/** "Svaret gäller en annan version av remisspaketet." and the goals it answers that the package lacks, or nothing. */
function otherVersionText(messages: Messages, otherVersion: OtherVersion | null): string {
  const c = messages.compile;
  if (!otherVersion) return '';
  const goals = otherVersion.unknownGoals.map((goal) => c.unknownGoal(goal.number, goal.title)).join(', ');
  return [c.otherVersion, goals && c.unknownGoals(goals)].filter(Boolean).join(' ');
}

function outcomeText(messages: Messages, outcome: MergeOutcome, pkg: RemissPackage): string {
  const c = messages.compile;
  const withVersion = (text: string, otherVersion: OtherVersion | null) =>
    [text, otherVersionText(messages, otherVersion)].filter(Boolean).join(' ');
  switch (outcome.kind) {
    case 'added':
    case 'replaced':
      return withVersion(c.outcome[outcome.kind](outcome.fileName, outcome.answer.answer.body.name), outcome.otherVersion);
    case 'duplicate':
    case 'superseded':
      return c.outcome[outcome.kind](outcome.fileName, outcome.existing.answer.body.name);
    case 'conflict':
      return withVersion(c.outcome.conflict(outcome.fileName, outcome.existing.answer.body.name), outcome.otherVersion);
    case 'foreign':
      return c.outcome.foreign(outcome.fileName, outcome.caseNumber, outcome.title);
    case 'unknownRespondent':
      return outcome.respondentId === null
        ? messages.round.notMatched(outcome.fileName, outcome.bodyName)
        : messages.round.unknownRespondent(outcome.fileName, outcome.bodyName);
    case 'needsMatch':
      return messages.round.needsMatch(outcome.fileName, outcome.bodyName);
    case 'invalid':
      return c.outcome.invalid(outcome.fileName, answerFileIssueMessage(messages, outcome.issue, pkg));
  }
}

/** The package's fingerprint, once hashed; null meanwhile, so nothing is marked as another version by mistake. */
function usePackageFingerprint(pkg: RemissPackage | undefined): string | null {
  const [hashed, setHashed] = useState<{ pkg: RemissPackage; fingerprint: string } | null>(null);
  useEffect(() => {
    if (!pkg) return;
    let current = true;
    void packageFingerprint(pkg).then((fingerprint) => current && setHashed({ pkg, fingerprint }));
    return () => {
      current = false;
    };
  }, [pkg]);
  return hashed && hashed.pkg === pkg ? hashed.fingerprint : null;
}

/** The strategy office's view of one package's answers: import, charts per goal, comments, the matrix and who is missing. */
export function CompileScreen({ packageId }: { packageId: string }) {
  const { language, messages } = useI18n();
  const c = messages.compile;
  const record = usePackage(packageId);
  const stored = useCompiledAnswers(packageId);
  const database = useDatabase();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    outcomes,
    importPicked,
    importFolder,
    importDropped,
    conflictQueue,
    setConflictQueue,
    pendingMatches,
    confirmMatches,
    dismissMatches,
    progress,
    cancelImport,
  } = useAnswerImport(packageId, setFailure);
  const [kinds, setKinds] = useState<BodyKind[]>([...bodyKinds]);
  const [shownStatuses, setShownStatuses] = useState<AnswerStatus[]>(statuses);

  const all = useMemo(() => stored ?? [], [stored]);
  const conflicts = all.filter((answer) => answer.conflictOf !== undefined);
  const conflict = conflictQueue.map((id) => conflicts.find((waiting) => waiting.id === id)).find((waiting) => waiting !== undefined);
  const conflictTarget = conflict && all.find((answer) => answer.id === conflict.conflictOf);

  const resolve = async (keep: 'existing' | 'incoming') => {
    if (!conflict) return;
    try {
      await resolveAnswerConflict(database, conflict, keep);
      setConflictQueue((queue) => queue.filter((id) => id !== conflict.id));
    } catch {
      setFailure(c.importFailed);
    }
  };
  const choose = async (group: RepeatedBody, chosenId: string) => {
    try {
      await chooseCountedAnswer(
        database,
        group.answers.map((answer) => answer.id),
        chosenId,
      );
    } catch {
      setFailure(c.importFailed);
    }
  };

  const fingerprint = usePackageFingerprint(record?.content);
  const answers = useMemo(() => countedAnswers(all).map((item) => item.answer), [all]);
  const repeated = useMemo(() => repeatedBodies(all), [all]);
  const shown = useMemo(
    () => filterAnswers(answers, { kinds, statuses: shownStatuses }, record?.content.respondents),
    [answers, kinds, shownStatuses, record],
  );
  const compilation = useMemo(
    () => record && compileAnswers(record.content, answers, c, { kinds, statuses: shownStatuses }),
    [record, answers, c, kinds, shownStatuses],
  );

  if (record === undefined || stored === undefined) return null;
  if (record === null)
    return (
      <>
        <h1>{c.title}</h1>
        <p>{c.notFound}</p>
        <a href={formatRoute({ screen: 'packages' })}>{messages.packages.backToList}</a>
      </>
    );
  const pkg = record.content;
  const missing = compilation?.missing ?? [];
  const version = fingerprint === null ? null : { fingerprint, goals: pkg.goals };
  const otherVersions = version
    ? all.flatMap((answer) => {
        const otherVersion = answer.conflictOf ? null : otherVersionOf(answer.answer, version);
        return otherVersion ? [{ answer, otherVersion }] : [];
      })
    : [];
  const answerAt = (answer: CompiledAnswer) =>
    c.answerAt(answer.answer.body.name, formatCalendarDate(answer.answer.meeting.date, language));
  // Answers without any remissinstans id are offered for linking above; this names only those linked to one the package no longer lists.
  const unlinked = new Set(all.flatMap((answer) => (answer.answer.body.respondentId ? [] : [answer.answer.body.name])));
  const unmatched = (compilation?.unmatched ?? []).filter((name) => !unlinked.has(name));
  const needsAttention = otherVersions.length > 0 || conflicts.length > 0 || repeated.length > 0;

  return (
    <article className="compile-view">
      <p>
        <a href={formatRoute({ screen: 'package', packageId })}>{c.backToPackage}</a>
      </p>
      <h1>
        {c.title}: {pkg.title}
      </h1>
      <p>{c.intro}</p>
      <DropZone className="drop-zone" aria-label={c.dropZone} onDrop={(event) => importDropped(event.items)}>
        <FileTrigger allowsMultiple acceptedFileTypes={['.msvar', '.json']} onSelect={importPicked}>
          <Button className="button button-primary">{c.importFiles}</Button>
        </FileTrigger>
        <FileTrigger acceptDirectory onSelect={importFolder}>
          <Button className="button">{messages.round.chooseFolder}</Button>
        </FileTrigger>
        <Text slot="label" className="drop-zone-hint">
          {c.dropHere}
        </Text>
      </DropZone>
      {progress && <ImportProgress progress={progress} onCancel={cancelImport} />}
      <MatchDialog pending={pendingMatches} respondents={pkg.respondents} onConfirm={confirmMatches} onCancel={dismissMatches} />
      <StoredMatches pkg={pkg} answers={all} />
      <RoundOverview pkg={pkg} answers={all} />
      {compilation && (
        <OfficerReportEditor pkg={pkg} answers={answers} compilation={compilation} filter={{ kinds, statuses: shownStatuses }} />
      )}
      {unmatched.length > 0 && (
        <section aria-labelledby="round-unmatched" className="panel">
          <h2 id="round-unmatched">{messages.round.unmatchedTitle}</h2>
          <p>{messages.round.unmatched(unmatched.join(', '))}</p>
        </section>
      )}
      {outcomes.length > 0 && (
        <section aria-labelledby="compile-results" className="panel">
          <h2 id="compile-results">{c.resultsTitle}</h2>
          <ul className="issue-list">
            {outcomes.map((outcome, index) => (
              <li key={index} data-outcome={outcome.kind}>
                {outcomeText(messages, outcome, pkg)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {needsAttention && (
        <section aria-labelledby="compile-attention" className="panel compile-attention">
          <h2 id="compile-attention">{c.attentionTitle}</h2>
          <ul className="compile-attention-list">
            {conflicts.map((waiting) => (
              <li key={waiting.id} data-attention="conflict">
                <strong>{answerAt(waiting)}</strong>: {c.conflictWaiting(waiting.fileName)}{' '}
                <Button className="button" onPress={() => setConflictQueue([waiting.id])}>
                  {c.compareAnswers(waiting.answer.body.name)}
                </Button>
              </li>
            ))}
            {otherVersions.map(({ answer, otherVersion }) => (
              <li key={answer.id} data-attention="otherVersion">
                <strong>{answerAt(answer)}</strong> ({answer.fileName}): {otherVersionText(messages, otherVersion)}
              </li>
            ))}
            {repeated.map((group) => (
              <li key={group.answers[0]!.id} data-attention="repeated">
                <RadioGroup className="field" value={group.chosen?.id ?? null} onChange={(value) => void choose(group, value)}>
                  <Label>{c.repeatedLabel(group.bodyName)}</Label>
                  {group.answers.map((answer) => (
                    <Radio key={answer.id} value={answer.id} className="radio">
                      <span className="radio-dot" aria-hidden="true" />
                      {c.repeatedOption(
                        formatCalendarDate(answer.answer.meeting.date, language),
                        c.statuses[answer.answer.status],
                        answer.fileName,
                      )}
                    </Radio>
                  ))}
                  <Text slot="description">{group.chosen ? c.repeatedResolved : c.repeatedUnresolved(group.answers.length)}</Text>
                </RadioGroup>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="compile-filters" className="panel compile-filters">
        <h2 id="compile-filters">{c.filtersTitle}</h2>
        <CheckboxGroup className="checkbox-group" value={kinds} onChange={(value) => setKinds(value as BodyKind[])}>
          <Label>{c.kindFilter}</Label>
          {bodyKinds.map((kind) => (
            <CheckboxItem key={kind} value={kind}>
              {c.kinds[kind]}
            </CheckboxItem>
          ))}
          <Text slot="description">{c.kindNote}</Text>
        </CheckboxGroup>
        <CheckboxGroup className="checkbox-group" value={shownStatuses} onChange={(value) => setShownStatuses(value as AnswerStatus[])}>
          <Label>{c.statusFilter}</Label>
          {statuses.map((status) => (
            <CheckboxItem key={status} value={status}>
              {c.statuses[status]}
            </CheckboxItem>
          ))}
        </CheckboxGroup>
        <p>{c.answerCount(shown.length, answers.length)}</p>
        <CompileExportButtons
          pkg={pkg}
          shown={shown}
          compilation={compilation ?? null}
          filter={{ kinds, statuses: shownStatuses }}
          reportFailure={setFailure}
        />
      </section>

      <section aria-labelledby="compile-missing">
        <h2 id="compile-missing">{c.missingTitle}</h2>
        {pkg.respondents.length === 0 ? (
          <p className="empty">{messages.round.noRespondents}</p>
        ) : missing.length === 0 ? (
          <p className="empty">{c.nobodyMissing}</p>
        ) : (
          <ul aria-labelledby="compile-missing">
            {missing.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </section>

      {answers.length === 0 ? (
        <p className="empty">{c.noAnswers}</p>
      ) : (
        compilation && (
          <>
            {compilation.goals.map((goal) => (
              <section key={goal.goalId} aria-labelledby={`compile-goal-${goal.number}`} className="compile-goal">
                <h2 id={`compile-goal-${goal.number}`}>{c.goalHeading(goal.number, goal.title)}</h2>
                <RatingChart goal={goal} />
                <h3>{c.commentsTitle}</h3>
                <Comments entries={goal.comments} />
              </section>
            ))}
            <section aria-labelledby="compile-overall">
              <h2 id="compile-overall">{c.overallTitle}</h2>
              <Comments entries={compilation.overall} />
            </section>
            <section aria-labelledby="compile-matrix" className="compile-matrix">
              <h2 id="compile-matrix">{c.matrixTitle}</h2>
              <table className="data-table">
                <caption>{c.matrixTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{c.bodyColumn}</th>
                    <th scope="col">{c.statusColumn}</th>
                    {compilation.goals.map((goal) => (
                      <th key={goal.goalId} scope="col">
                        {c.goalColumn(goal.number)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {compilation.matrix.map((row, index) => (
                    <tr key={index}>
                      <th scope="row">
                        {row.bodyName}
                        {fingerprint !== null && row.packageFingerprint !== fingerprint && (
                          <span className="compile-mark"> ({c.otherVersionMark})</span>
                        )}
                      </th>
                      <td>{c.statuses[row.status]}</td>
                      {row.ratings.map((rating, goalIndex) => (
                        <td key={goalIndex}>{rating ?? c.notRated}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        )
      )}

      <MessageDialog
        isOpen={conflict !== undefined}
        title={c.conflictTitle}
        closeLabel={c.decideLater}
        onClose={() => setConflictQueue([])}
        actions={
          <>
            <Button className="button" onPress={() => void resolve('existing')}>
              {c.keepStored}
            </Button>
            <Button className="button button-primary" onPress={() => void resolve('incoming')}>
              {c.useIncoming}
            </Button>
          </>
        }
      >
        {conflict && <ConflictDetails existing={conflictTarget} incoming={conflict} />}
      </MessageDialog>
      <MessageDialog isOpen={failure !== null} title={c.title} closeLabel={c.close} onClose={() => setFailure(null)}>
        <p>{failure}</p>
      </MessageDialog>
    </article>
  );
}

function Comments({ entries }: { entries: CommentEntry[] }) {
  const { messages } = useI18n();
  const c = messages.compile;
  if (entries.length === 0) return <p className="empty">{c.noComments}</p>;
  return (
    <ul className="compile-comments">
      {entries.map((entry, index) => (
        <li key={index}>
          <strong>{entry.bodyName}</strong> ({c.statuses[entry.status]}
          {entry.ratingLabel && `, ${entry.ratingLabel}`}){entry.comment && <p>{entry.comment}</p>}
          <DissentLines dissents={entry.dissents} />
        </li>
      ))}
    </ul>
  );
}
