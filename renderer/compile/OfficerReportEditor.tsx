import { getLocalTimeZone, today } from '@internationalized/date';
import { useCallback, useMemo, useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import type { AnswerFile } from '../../shared/attachment/answerFile';
import { finishFileName } from '../../shared/attachment/fileNames';
import type { AnswerFilter, Compilation } from '../../shared/compile/compileAnswers';
import { answerFileIssueMessage } from '../../shared/i18n/answerFileMessages';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { compareRounds } from '../../shared/round/compareRounds';
import { buildOfficerReportModel } from '../../shared/round/officerReport';
import type { ReportSections } from '../../shared/round/roundRecords';
import { TextInput } from '../app/fields';
import { useFiles } from '../bridge/BridgeProvider';
import { useDatabase } from '../data/DatabaseProvider';
import { MAX_ANSWER_FILE_BYTES } from '../data/answers';
import { importEarlierAnswers, removeEarlierAnswers, saveReportSections, useEarlierAnswers, useReportSections } from '../data/roundReports';
import { useAutosavedValue } from '../data/useAutosave';
import { renderDocx, renderPdf } from '../export/exporters';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';

const fields = ['proposal', 'summary', 'background', 'assessment', 'sendTo'] as const satisfies ReadonlyArray<keyof ReportSections>;

interface Props {
  pkg: RemissPackage;
  answers: readonly AnswerFile[];
  compilation: Compilation;
  filter: AnswerFilter;
}

/** The draft tjänsteskrivelse: the office's texts, saved as typed, the comparison with an earlier round, and the export. */
export function OfficerReportEditor(props: Props) {
  const stored = useReportSections(props.pkg.id);
  // Keyed by package: the draft is read from the database once, then the screen holds what is typed.
  return stored === undefined ? null : <Editor key={props.pkg.id} initial={stored} {...props} />;
}

function Editor({ pkg, answers, compilation, filter, initial }: Props & { initial: ReportSections }) {
  const { language, messages } = useI18n();
  const t = messages.round.editor;
  const database = useDatabase();
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  const [sections, setSections] = useState(initial);
  const [notes, setNotes] = useState<string[]>([]);
  const save = useCallback((value: ReportSections) => saveReportSections(database, pkg.id, value), [database, pkg.id]);
  const state = useAutosavedValue(sections, save, t.title, { asText: (value) => fields.map((field) => value[field]).join('\n\n') });
  const earlier = useEarlierAnswers(pkg.id);
  const comparison = useMemo(
    () =>
      earlier && earlier.length > 0
        ? compareRounds(
            pkg,
            answers,
            earlier.map((row) => row.answer),
          )
        : null,
    [pkg, answers, earlier],
  );

  const exportAs = async (format: 'pdf' | 'docx') => {
    try {
      const model = buildOfficerReportModel({
        pkg,
        compilation,
        filter,
        compiledOn: today(getLocalTimeZone()).toString(),
        language,
        sections,
        comparison,
      });
      const bytes = format === 'pdf' ? (await renderPdf(model)).bytes : new Uint8Array(await renderDocx(model));
      const result = await files.saveFile({
        suggestedName: finishFileName(messages.round.officer.fileName(pkg.caseNumber || pkg.title), format),
        bytes,
        filters: [
          { name: format === 'pdf' ? messages.compile.report.pdfFilter : messages.compile.report.docxFilter, extensions: [format] },
        ],
      });
      if (result.outcome === 'saved') announce(messages.compile.report.saved(result.fileName));
    } catch {
      setNotes([messages.compile.report.failed]);
    }
  };

  const importEarlier = async (list: FileList | null) => {
    const chosen = list ? [...list] : [];
    const read = await Promise.all(
      chosen
        .filter((file) => file.size <= MAX_ANSWER_FILE_BYTES)
        .map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await new Response(file).arrayBuffer()) })),
    );
    const outcomes = await importEarlierAnswers(database, pkg.id, read);
    setNotes(
      outcomes.flatMap((outcome) =>
        'issue' in outcome
          ? [t.earlierRefused(outcome.fileName, answerFileIssueMessage(messages, outcome.issue, pkg))]
          : 'sameRound' in outcome
            ? [t.sameRound(outcome.fileName)]
            : [],
      ),
    );
  };

  return (
    <section aria-labelledby="officer-report" className="panel officer-report">
      <h2 id="officer-report">{t.title}</h2>
      <p>{t.intro}</p>
      <div className="form">
        {fields.map((field) => (
          <TextInput
            key={field}
            label={t[field]}
            value={sections[field]}
            onChange={(value) => setSections((current) => ({ ...current, [field]: value }))}
            multiline
          />
        ))}
      </div>
      <p className="save-status">{state === 'saving' ? t.saving : state === 'failed' ? t.saveFailed : t.saved}</p>

      <h3>{t.earlierTitle}</h3>
      <p>{t.earlierIntro}</p>
      <div className="button-row">
        <FileTrigger allowsMultiple acceptedFileTypes={['.msvar', '.json']} onSelect={(list) => void importEarlier(list)}>
          <Button className="button">{t.importEarlier}</Button>
        </FileTrigger>
        {earlier && earlier.length > 0 && (
          <Button className="button" onPress={() => void removeEarlierAnswers(database, pkg.id)}>
            {t.removeEarlier}
          </Button>
        )}
      </div>
      {earlier && earlier.length > 0 && <p>{t.earlierCount(earlier.length)}</p>}
      {comparison && comparison.bodies.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t.comparisonCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{messages.compile.bodyColumn}</th>
                {comparison.goals.map((goal) => (
                  <th key={goal.goalNumber} scope="col">
                    {messages.compile.goalColumn(goal.goalNumber)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.bodies.map((body) => (
                <tr key={body.bodyName}>
                  <th scope="row">{body.bodyName}</th>
                  {body.moves.map((move) => (
                    <td key={move.goalNumber}>{t.moved(String(move.earlier ?? '–'), String(move.current ?? '–'))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {notes.length > 0 && (
        <ul className="issue-list">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <Button className="button button-primary" onPress={() => void exportAs('pdf')}>
          {t.pdf}
        </Button>
        <Button className="button" onPress={() => void exportAs('docx')}>
          {t.docx}
        </Button>
      </div>
    </section>
  );
}
