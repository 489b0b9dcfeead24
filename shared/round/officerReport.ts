import type { AttachmentBlock, AttachmentModel } from '../attachment/attachmentModel';
import { buildCompileReportModel, type CompileReportInput } from '../compile/compileReport';
import { localeOf, messagesFor } from '../i18n/messages';
import type { RoundComparison } from './compareRounds';
import type { ReportSections } from './roundRecords';

export interface OfficerReportInput extends CompileReportInput {
  /** The office's own texts; an empty one prints the package's or a placeholder to write over. */
  sections: ReportSections;
  comparison?: RoundComparison | null;
}

const paragraphs = (text: string): AttachmentBlock[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ kind: 'paragraph', text: part }));

const oneDecimal = (value: number | null, locale: string) =>
  value === null ? '–' : new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/**
 * The draft tjänsteskrivelse to kommunstyrelsen, in the order municipal templates use (Nacka's and Huddinge's, for
 * two): Förslag till beslut first, so that it can be lifted into the protocol; then Sammanfattning, Bakgrund, Ärendet
 * (per goal the spread as a chart with its table, the bodies' comments and reservations, the matrix, who has not
 * answered, and how the ratings moved since an earlier round), Bedömning, Beslutsunderlag, Beslutet skickas till.
 */
export function buildOfficerReportModel(input: OfficerReportInput): AttachmentModel {
  const { pkg, compilation, sections, comparison, compiledOn, language = 'sv' } = input;
  const t = messagesFor(language).round.officer;
  const compiled = buildCompileReportModel(input);
  const locale = localeOf[language];
  const orPlaceholder = (text: string, placeholder: string) =>
    text.trim() === '' ? [{ kind: 'paragraph' as const, text: placeholder }] : paragraphs(text);
  const title = t.title(pkg.title);
  const blocks: AttachmentBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', role: 'meta', text: t.meta(pkg.caseNumber, compiledOn) },
    { kind: 'heading', level: 2, text: t.proposal },
    ...orPlaceholder(sections.proposal, t.proposalPlaceholder),
    { kind: 'heading', level: 2, text: t.summary },
    ...orPlaceholder(sections.summary, t.summaryDraft(compilation.answeredCount, compilation.expectedCount)),
    { kind: 'heading', level: 2, text: t.background },
    ...orPlaceholder(sections.background, pkg.introduction.trim() || t.placeholder),
    { kind: 'heading', level: 2, text: t.matter },
    // The compilation's own blocks after its title: counts, summary, each goal, comments, who has not answered.
    ...compiled.blocks.slice(1),
  ];
  if (comparison && comparison.bodies.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: t.comparison },
      {
        kind: 'table',
        caption: t.comparisonCaption,
        columns: [...t.comparisonColumns],
        rows: comparison.goals.map((goal) => [
          String(goal.goalNumber),
          oneDecimal(goal.earlierMean, locale),
          oneDecimal(goal.currentMean, locale),
          String(goal.pairs),
        ]),
      },
    );
  blocks.push(
    { kind: 'heading', level: 2, text: t.assessment },
    ...orPlaceholder(sections.assessment, t.placeholder),
    { kind: 'heading', level: 2, text: t.basis },
    {
      kind: 'list',
      items: [
        t.basisReport(compiledOn),
        t.basisRemiss(pkg.title, pkg.caseNumber, pkg.issuedOn),
        t.basisAnswers(compilation.answeredCount, compilation.expectedCount),
      ],
    },
    { kind: 'heading', level: 2, text: t.sendTo },
  );
  const sendTo = sections.sendTo
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  blocks.push(sendTo.length > 0 ? { kind: 'list', items: sendTo } : { kind: 'paragraph', text: t.placeholder });
  return { ...compiled, title, header: t.header(pkg.caseNumber, compiledOn), blocks };
}
