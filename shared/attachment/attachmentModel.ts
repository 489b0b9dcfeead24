import { OVERALL, commentId, type Dissent, type GoalComment } from '../domain/dialogue';
import type { Meeting } from '../domain/meeting';
import { formatCalendarDate } from '../i18n/format';
import { messagesFor, type Language } from '../i18n/messages';
import type { Rating, RatingScale, RemissPackage } from '../remiss/remissPackage';
import { withoutUnsafeCharactersIn } from '../format/safeText';
import { swedishGenitive, unbroken } from '../i18n/swedish';
import { protocolStatus, type ProtocolStatus } from './protocolPath';

/**
 * The attachment as a list of plain blocks: every writer (PDF, DOCX, text, the preview's HTML) renders exactly
 * these, so what the secretary previews is what leaves the app. Text is carried verbatim and never interpreted, save for
 * control characters and halves of surrogate pairs, which are dropped: Word refuses a file with them, mail tools cut at NUL.
 */
export type AttachmentBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; role?: 'status' | 'meta' }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][] }
  /** A bar chart: each bar's share of the whole (0–1) drawn to scale, its words and figure beside it, and a text alternative. */
  | { kind: 'chart'; description: string; bars: ChartBar[] };

export interface ChartBar {
  label: string;
  /** The bar's length as a share of the whole, 0–1. */
  share: number;
  /** The figure printed beside the bar, e.g. "6 (15 %)". */
  value: string;
}

/** A bar of whole blocks for text and Word: proportional, and crisp in any font. */
export function textBar(share: number, width = 20): string {
  return '█'.repeat(Math.round(Math.min(1, Math.max(0, share)) * width));
}

export interface AttachmentModel {
  /** BCP 47 tag of the document's language, e.g. "sv-SE". */
  lang: string;
  /** The document's title, for the PDF's and DOCX's metadata and the first heading. */
  title: string;
  /** The running header: body, date and paragraph. */
  header: string;
  pageOf: (page: number, pages: number) => string;
  status: ProtocolStatus;
  blocks: AttachmentBlock[];
}

export interface AttachmentInput {
  pkg: RemissPackage;
  meeting: Meeting;
  comments: GoalComment[];
  dissents: Dissent[];
  language?: Language;
  includeParticipants?: boolean;
}

const langTags: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Every text of the attachment that a writer prints: its title, running header and each block's words, in order. */
export function attachmentTexts(model: AttachmentModel): string[] {
  return [
    model.title,
    model.header,
    ...model.blocks.flatMap((block) => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return [block.text];
        case 'list':
          return block.items;
        case 'table':
          return [block.caption, ...block.columns, ...block.rows.flat()];
        case 'chart':
          return [block.description, ...block.bars.flatMap((bar) => [bar.label, bar.value])];
      }
    }),
  ];
}

/** The words for a rating as the package's own scale names it. */
export function ratingLabel(rating: Rating, scale: RatingScale, language: Language = 'sv'): string {
  const a = messagesFor(language).attachment;
  if (rating === null) return a.notRated;
  if (rating.kind === 'noAssessment') return scale.noAssessmentLabel ?? a.noAssessment;
  return scale.steps.find((step) => step.value === rating.value)?.label ?? String(rating.value);
}

/** Names joined as Swedish prose writes them: "A", "A och B", "A, B och C". */
export function joinNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/**
 * What the remiss is about, as a title says it: "intern remiss om ambitionsnivå för …" from a package titled
 * "Intern remiss 2 – ambitionsnivå för …"; any other title is quoted whole.
 */
export function remissSubject(remissTitle: string, language: Language = 'sv'): string {
  const a = messagesFor(language).attachment;
  const topic = /^intern remiss(?:\s+\d+)?\s*[–—:-]\s*(.+)$/i.exec(remissTitle.trim())?.[1];
  return topic ? a.remissAbout(topic) : a.remissTitled(remissTitle.trim());
}

export function buildAttachmentModel(input: AttachmentInput): AttachmentModel {
  const { pkg, meeting, comments, dissents } = input;
  const language = input.language ?? 'sv';
  const a = messagesFor(language).attachment;
  const date = formatCalendarDate(meeting.date, language);
  const status = protocolStatus(meeting);
  const byId = new Map(comments.filter((comment) => comment.meetingId === meeting.id).map((comment) => [comment.id, comment]));
  const goals = [...pkg.goals].sort((x, y) => x.number - y.number);
  const goalNumber = new Map(goals.map((goal) => [goal.id, goal.number]));
  const meetingDissents = dissents
    .filter((dissent) => dissent.meetingId === meeting.id)
    .sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  const agreed = (subject: string) => byId.get(commentId(meeting.id, subject))?.agreedText ?? null;
  const rating = (goalId: string) => ratingLabel(byId.get(commentId(meeting.id, goalId))?.rating ?? null, pkg.ratingScale, language);
  const dissentLine = (dissent: Dissent) => {
    const number = dissent.goalId === null ? undefined : goalNumber.get(dissent.goalId);
    const subject = number === undefined ? a.wholeDecision : a.goalSubject(number);
    return a.dissentLine(a.dissentKinds[dissent.kind], dissent.participantName, subject, dissent.text);
  };

  const blocks: AttachmentBlock[] = [];
  const title = a.title(meeting.bodyName.trim(), swedishGenitive(meeting.bodyName), remissSubject(pkg.title, language));
  // The letterhead: the municipality and the body, as a protocol's first lines name them.
  const letterhead = [pkg.municipality.trim(), meeting.bodyName.trim()].filter((line) => line !== '').join('\n');
  if (letterhead !== '') blocks.push({ kind: 'paragraph', role: 'meta', text: letterhead });
  blocks.push({ kind: 'heading', level: 1, text: title });
  blocks.push({ kind: 'paragraph', role: 'meta', text: a.attachmentOf(meeting.attachmentNumber, meeting.paragraph) });
  blocks.push({
    kind: 'paragraph',
    role: 'status',
    text:
      status === 'justerat' && meeting.adjustment
        ? a.adjusted(formatCalendarDate(meeting.adjustment.adjustedOn, language), joinNames(meeting.adjustment.justerare, a.and))
        : a.unadjusted,
  });
  blocks.push({
    kind: 'list',
    items: [
      `${a.body}: ${meeting.bodyName}`,
      `${a.meeting}: ${a.meetingLine(date, a.meetingForms[meeting.meetingForm])}`,
      `${a.caseNumber}: ${unbroken(pkg.caseNumber)}`,
      `${a.issuer}: ${[pkg.issuer, pkg.municipality].filter((part) => part !== '').join(', ')}`,
      `${a.item}: ${meeting.itemTitle}`,
    ],
  });
  if (meeting.decisionText.trim() !== '') blocks.push({ kind: 'paragraph', text: meeting.decisionText });

  blocks.push({ kind: 'heading', level: 2, text: a.ratingsTitle });
  blocks.push({
    kind: 'table',
    caption: a.ratingsCaption(pkg.ratingScale.question),
    columns: [a.goalColumn, a.titleColumn, a.ratingColumn],
    rows: goals.map((goal) => [String(goal.number), goal.title, rating(goal.id)]),
  });

  for (const goal of goals) {
    blocks.push({ kind: 'heading', level: 2, text: a.goalHeading(goal.number, goal.title) });
    const goalRating = byId.get(commentId(meeting.id, goal.id))?.rating ?? null;
    blocks.push({
      kind: 'paragraph',
      text: goalRating?.kind === 'noAssessment' ? a.noAssessmentBy(meeting.bodyName.trim()) : a.rating(rating(goal.id)),
    });
    blocks.push({ kind: 'paragraph', text: agreed(goal.id) ?? a.noAgreedComment });
    const goalDissents = meetingDissents.filter((dissent) => dissent.goalId === goal.id);
    if (goalDissents.length > 0) blocks.push({ kind: 'list', items: goalDissents.map(dissentLine) });
  }

  blocks.push({ kind: 'heading', level: 2, text: a.overallTitle });
  blocks.push({ kind: 'paragraph', text: agreed(OVERALL) ?? a.noAgreedComment });

  if (meetingDissents.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: a.dissentsTitle });
    blocks.push({ kind: 'list', items: meetingDissents.map(dissentLine) });
  }

  const present = meeting.participants.filter((participant) => participant.present);
  if (input.includeParticipants && present.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: a.participantsTitle });
    blocks.push({ kind: 'list', items: present.map((participant) => `${participant.name}, ${a.roles[participant.role]}`) });
  }

  blocks.push({ kind: 'paragraph', text: a.guiding });

  return withoutUnsafeCharactersIn({
    lang: langTags[language],
    title,
    header:
      status === 'ojusterat'
        ? `${a.header(meeting.bodyName, date, meeting.paragraph)} · ${a.headerUnadjusted}`
        : a.header(meeting.bodyName, date, meeting.paragraph),
    pageOf: a.pageOf,
    status,
    blocks,
  });
}
