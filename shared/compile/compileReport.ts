import type { AttachmentBlock, AttachmentModel } from '../attachment/attachmentModel';
import { withoutUnsafeCharactersIn } from '../format/safeText';
import { formatCalendarDate } from '../i18n/format';
import { localeOf, messagesFor, type Language } from '../i18n/messages';
import type { RemissPackage } from '../remiss/remissPackage';
import { formatShare, type AnswerFilter, type CommentEntry, type Compilation } from './compileAnswers';

export interface CompileReportInput {
  pkg: RemissPackage;
  compilation: Compilation;
  filter: AnswerFilter;
  /** The day the report is made, YYYY-MM-DD. */
  compiledOn: string;
  language?: Language;
}

/**
 * The compiled answers as the attachment's block model, so the same PDF/A and DOCX writers print it:
 * a summary per goal, each goal's distribution with every comment and reservation, and who has not answered.
 */
export function buildCompileReportModel({ pkg, compilation, filter, compiledOn, language = 'sv' }: CompileReportInput): AttachmentModel {
  const messages = messagesFor(language);
  const c = messages.compile;
  const r = c.report;
  const share = (value: number) => formatShare(value, localeOf[language]);
  const date = formatCalendarDate(compiledOn, language);
  const entryItems = (entries: CommentEntry[]) =>
    entries.map((entry) =>
      [
        `${c.report.entry(entry.bodyName, c.statuses[entry.status], entry.ratingLabel)}:`,
        entry.comment ?? '',
        ...entry.dissents.map((dissent) => c.dissent(c.dissentKinds[dissent.kind], dissent.participantName, dissent.text)),
      ]
        .filter((part) => part !== '')
        .join(' '),
    );

  const title = r.title(pkg.title, pkg.caseNumber);
  const blocks: AttachmentBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      role: 'meta',
      text: r.meta(compilation.answerCount, compilation.receivedCount, date),
    },
    {
      kind: 'paragraph',
      role: 'meta',
      text: r.answered(compilation.answeredCount, compilation.expectedCount),
    },
    ...(compilation.unmatched.length > 0
      ? [{ kind: 'paragraph' as const, role: 'meta' as const, text: r.unmatched(compilation.unmatched.join(', ')) }]
      : []),
    {
      kind: 'paragraph',
      role: 'meta',
      text: r.selection(
        filter.kinds.map((kind) => c.kinds[kind]).join(', '),
        filter.statuses.map((status) => c.statuses[status]).join(', '),
      ),
    },
    { kind: 'heading', level: 2, text: r.summaryTitle },
    {
      kind: 'table',
      caption: r.summaryCaption,
      columns: [...r.summaryColumns],
      rows: compilation.goals.map((goal) => {
        const rated = goal.distribution.filter((row) => row.key.startsWith('step-')).reduce((sum, row) => sum + row.count, 0);
        const total = compilation.answerCount;
        return [String(goal.number), goal.title, `${rated} (${share(total === 0 ? 0 : rated / total)})`];
      }),
    },
  ];
  for (const goal of compilation.goals) {
    blocks.push({ kind: 'heading', level: 2, text: c.goalHeading(goal.number, goal.title) });
    blocks.push({
      kind: 'chart',
      description: c.chartLabel(
        goal.number,
        goal.distribution.map((row) => c.chartPart(row.label, row.count, share(row.share))).join(', '),
      ),
      bars: goal.distribution.map((row) => ({ label: row.label, share: row.share, value: `${row.count} (${share(row.share)})` })),
    });
    blocks.push({
      kind: 'table',
      caption: c.tableCaption(goal.number),
      columns: [...r.distributionColumns],
      rows: [
        ...goal.distribution.map((row) => [String(row.count), row.label, share(row.share)]),
        [String(compilation.answerCount), c.totalRow, share(compilation.answerCount === 0 ? 0 : 1)],
      ],
    });
    blocks.push(goal.comments.length > 0 ? { kind: 'list', items: entryItems(goal.comments) } : { kind: 'paragraph', text: c.noComments });
  }
  blocks.push({ kind: 'heading', level: 2, text: c.overallTitle });
  blocks.push(
    compilation.overall.length > 0 ? { kind: 'list', items: entryItems(compilation.overall) } : { kind: 'paragraph', text: c.noComments },
  );
  blocks.push({ kind: 'heading', level: 2, text: c.missingTitle });
  blocks.push(compilation.missing.length > 0 ? { kind: 'list', items: compilation.missing } : { kind: 'paragraph', text: c.nobodyMissing });

  // A package still being drafted may hold control characters in its titles; Word refuses a file with them.
  return withoutUnsafeCharactersIn({
    lang: localeOf[language],
    title,
    header: r.header(pkg.caseNumber, date),
    pageOf: messages.attachment.pageOf,
    status: compilation.matrix.every((row) => row.status === 'justerat') ? 'justerat' : 'ojusterat',
    blocks,
  });
}
