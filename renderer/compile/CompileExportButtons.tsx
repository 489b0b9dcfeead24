import { getLocalTimeZone, today } from '@internationalized/date';
import { Button } from 'react-aria-components';
import type { AnswerFile } from '../../shared/attachment/answerFile';
import { finishFileName } from '../../shared/attachment/fileNames';
import type { AnswerFilter, Compilation } from '../../shared/compile/compileAnswers';
import { buildCompileReportModel } from '../../shared/compile/compileReport';
import { ratingsCsv } from '../../shared/compile/ratingsCsv';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import { useFiles } from '../bridge/BridgeProvider';
import { useEarlierAnswers } from '../data/roundReports';
import { renderDocx, renderPdf } from '../export/exporters';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnouncer } from '../stores/announcer';

/** Saves the answers on show as CSV, or the compilation as a PDF or Word report. */
export function CompileExportButtons({
  pkg,
  shown,
  compilation,
  filter,
  reportFailure,
}: {
  pkg: RemissPackage;
  shown: AnswerFile[];
  /** Null while the package is still being read. */
  compilation: Compilation | null;
  filter: AnswerFilter;
  reportFailure: (message: string) => void;
}) {
  const { language, messages } = useI18n();
  const c = messages.compile;
  const files = useFiles();
  const announce = useAnnouncer((state) => state.announce);
  // An earlier round imported for comparison is compared in the CSV too, as on the screen and in the report.
  const earlier = useEarlierAnswers(pkg.id);

  const saveCsv = async () => {
    try {
      const csv = ratingsCsv(
        pkg,
        shown,
        c.csvHeaders,
        (earlier ?? []).map((row) => row.answer),
      );
      const result = await files.saveFile({
        suggestedName: finishFileName(c.csvFileName(pkg.caseNumber || pkg.title), 'csv'),
        bytes: new TextEncoder().encode(csv),
        filters: [{ name: c.csvFilter, extensions: ['csv'] }],
      });
      if (result.outcome === 'saved') announce(c.csvSaved(result.fileName));
    } catch {
      reportFailure(c.csvFailed);
    }
  };

  const saveReport = async (format: 'pdf' | 'docx') => {
    if (!compilation) return;
    try {
      const model = buildCompileReportModel({
        pkg,
        compilation,
        filter,
        compiledOn: today(getLocalTimeZone()).toString(),
        language,
      });
      const bytes = format === 'pdf' ? (await renderPdf(model)).bytes : new Uint8Array(await renderDocx(model));
      const result = await files.saveFile({
        suggestedName: finishFileName(c.report.fileName(pkg.caseNumber || pkg.title), format),
        bytes,
        filters: [{ name: format === 'pdf' ? c.report.pdfFilter : c.report.docxFilter, extensions: [format] }],
      });
      if (result.outcome === 'saved') announce(c.report.saved(result.fileName));
    } catch {
      reportFailure(c.report.failed);
    }
  };

  return (
    <>
      <Button className="button" onPress={() => void saveCsv()} isDisabled={shown.length === 0}>
        {c.csv}
      </Button>
      <Button className="button" onPress={() => void saveReport('pdf')} isDisabled={shown.length === 0}>
        {c.report.pdf}
      </Button>
      <Button className="button" onPress={() => void saveReport('docx')} isDisabled={shown.length === 0}>
        {c.report.docx}
      </Button>
    </>
  );
}
