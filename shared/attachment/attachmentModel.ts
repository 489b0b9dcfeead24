import { registryOwner } from '../remiss/registry';
import type { BodyKind } from '../domain/body';
import { OVERALL, commentId, type Dissent, type GoalComment } from '../domain/dialogue';
import type { Meeting } from '../domain/meeting';
import { meetingDecisionText } from '../decision/decidingBody';
import { attendance, personLabel } from '../decision/participants';
import type { DecisionRecord } from '../decision/procedure';
import { protocolRecord, type SubjectRecord } from '../decision/protocolRecord';
import { formatCalendarDate, joinNames } from '../i18n/format';
import { messagesFor, type Language } from '../i18n/messages';
import type { Rating, RatingScale, RemissPackage } from '../remiss/remissPackage';
import { withoutUnsafeCharacters, withoutUnsafeCharactersIn } from '../format/safeText';
import type { Logo } from './logo';
import { swedishGenitive, unbroken } from '../i18n/swedish';
import { protocolStatus, type ProtocolStatus } from './protocolPath';
import { viewRoundsForProtocol, type ViewDistribution, type ViewRound } from '../meeting/viewRound';

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
  /** The letterhead's logo, drawn above it with its alt text; absent when the body profile has none. */
  logo?: Logo | null;
}

export interface AttachmentInput {
  pkg: RemissPackage;
  meeting: Meeting;
  comments: GoalComment[];
  dissents: Dissent[];
  /** How each decision was taken; absent, every agreed comment reads as decided unanimously. */
  decisions?: DecisionRecord[];
  /** The kind in the meeting's body profile, for the decision sentence in the body's own name. */
  bodyKind?: BodyKind | null;
  /** The logo in the meeting's body profile, for the letterhead. */
  logo?: Logo | null;
  language?: Language;
  includeParticipants?: boolean;
  /** The meeting's rounds of views; shown only when the board decided to include them (meeting.viewRoundsInAttachment). */
  viewRounds?: ViewRound[];
}

/** A round's counts as the attachment's short table: each step of the scale, and those who abstained. */
function viewRoundBlock(distribution: ViewDistribution, language: Language = 'sv'): AttachmentBlock {
  const v = messagesFor(language).viewRound;
  return {
    kind: 'table',
    caption: v.attachmentCaption,
    columns: [v.viewColumn, v.countColumn],
    rows: [
      ...distribution.steps.map((step) => [v.step(step.value, step.label), String(step.count)]),
      [v.abstain, String(distribution.abstain)],
    ],
  };
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

export { joinNames };

/** "Justerat 2020-09-22 av ordföranden NN och justerarna NN och NN", as the adjusted attachment and paragraph say. */
export function adjustedSentence(adjustment: NonNullable<Meeting['adjustment']>, language: Language = 'sv'): string {
  const p = messagesFor(language).protocol;
  return p.adjusted(
    adjustment.adjustedOn,
    adjustment.chair ?? null,
    joinNames(adjustment.justerare, p.and),
    adjustment.justerare.length > 1,
  );
}

/** The decision's own blocks under the goal (or the whole decision) it concerns: its beslutsgång, then each dissent. */
export function decisionBlocks(record: SubjectRecord | undefined): AttachmentBlock[] {
  if (!record) return [];
  return [
    ...record.beslutsgang.map((text): AttachmentBlock => ({ kind: 'paragraph', text })),
    ...record.dissents.flatMap((entry) => entry.paragraphs.map((text): AttachmentBlock => ({ kind: 'paragraph', text }))),
  ];
}

/** Who was there as a protocol lists them: the deciding members, serving substitutes, other substitutes, the rest. */
export function attendanceBlocks(meeting: Meeting, language: Language = 'sv'): AttachmentBlock[] {
  const p = messagesFor(language).protocol;
  const { members, servingSubstitutes, substitutes, others } = attendance(meeting.participants);
  const withRole = (participant: Meeting['participants'][number]) =>
    participant.role === 'ordforande' || participant.role === 'viceOrdforande'
      ? `${personLabel(participant)}, ${p.roles[participant.role]}`
      : personLabel(participant);
  const groups: Array<[string, string[]]> = [
    [
      p.members,
      [
        ...members.map(withRole),
        ...servingSubstitutes.map(({ substitute, servesFor }) =>
          p.servingSubstitute(personLabel(substitute), servesFor && personLabel(servesFor)),
        ),
      ],
    ],
    [p.substitutes, substitutes.map((participant) => personLabel(participant))],
    [p.others, others.map((participant) => `${personLabel(participant)}, ${p.roles[participant.role]}`)],
  ];
  return groups.flatMap(([title, items]): AttachmentBlock[] =>
    items.length === 0
      ? []
      : [
          { kind: 'paragraph', role: 'meta', text: title },
          { kind: 'list', items },
        ],
  );
}

/**
 * The diarienummer lines, each whole on its own line: the remiss's, named by the registry that holds it ("Kommunstyrelsens
 * dnr: KS 2019/160", see registryOwner) and,
 * when the body gave one, its own ("Barn- och utbildningsnämndens dnr: BUN 2019/45").
 */
export function caseNumberLines(
  pkg: Pick<RemissPackage, 'issuer' | 'caseNumber'>,
  meeting: Pick<Meeting, 'bodyName' | 'ownCaseNumber'>,
  language: Language = 'sv',
): string[] {
  const p = messagesFor(language).protocol;
  const own = meeting.ownCaseNumber?.trim() ?? '';
  return [
    ...(pkg.caseNumber.trim() === '' ? [] : [p.caseNumber(swedishGenitive(registryOwner(pkg.issuer)), unbroken(pkg.caseNumber))]),
    ...(own === '' ? [] : [p.caseNumber(swedishGenitive(meeting.bodyName), unbroken(own))]),
  ];
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
  const { pkg, meeting, comments } = input;
  const language = input.language ?? 'sv';
  const a = messagesFor(language).attachment;
  const date = formatCalendarDate(meeting.date, language);
  const status = protocolStatus(meeting);
  const byId = new Map(comments.filter((comment) => comment.meetingId === meeting.id).map((comment) => [comment.id, comment]));
  const goals = [...pkg.goals].sort((x, y) => x.number - y.number);
  const agreed = (subject: string) => byId.get(commentId(meeting.id, subject))?.agreedText ?? null;
  const rating = (goalId: string) => ratingLabel(byId.get(commentId(meeting.id, goalId))?.rating ?? null, pkg.ratingScale, language);
  const record = new Map(protocolRecord({ ...input, language }).subjects.map((subject) => [subject.subject, subject]));
  const p = messagesFor(language).protocol;
  const rounds = viewRoundsForProtocol(meeting, input.viewRounds, pkg.ratingScale);

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
    text: status === 'justerat' && meeting.adjustment ? adjustedSentence(meeting.adjustment, language) : a.unadjusted,
  });
  blocks.push({
    kind: 'list',
    items: [
      `${a.body}: ${meeting.bodyName}`,
      `${a.meeting}: ${a.meetingLine(date, a.meetingForms[meeting.meetingForm])}`,
      ...caseNumberLines(pkg, meeting, language),
      `${a.issuer}: ${[pkg.issuer, pkg.municipality].filter((part) => part !== '').join(', ')}`,
      `${a.item}: ${meeting.itemTitle}`,
    ],
  });
  blocks.push({ kind: 'paragraph', text: meetingDecisionText(meeting, input.bodyKind, language) });

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
    const round = rounds.get(goal.id);
    if (round) blocks.push(viewRoundBlock(round, language));
    blocks.push({ kind: 'paragraph', text: agreed(goal.id) ?? a.noAgreedComment });
    blocks.push(...decisionBlocks(record.get(goal.id)));
  }

  blocks.push({ kind: 'heading', level: 2, text: a.overallTitle });
  blocks.push({ kind: 'paragraph', text: agreed(OVERALL) ?? a.noAgreedComment });
  blocks.push(...decisionBlocks(record.get(OVERALL)));

  const people = attendanceBlocks(meeting, language);
  if (input.includeParticipants && people.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: a.participantsTitle });
    blocks.push(...people);
  }

  blocks.push({ kind: 'paragraph', text: a.guiding });

  const model = withoutUnsafeCharactersIn({
    lang: langTags[language],
    title,
    header: `${a.header(meeting.bodyName, date, meeting.paragraph)} · ${status === 'ojusterat' ? p.headerUnadjusted : p.headerAdjusted}`,
    pageOf: a.pageOf,
    status,
    blocks,
  });
  // The bytes pass untouched: only the words are cleaned.
  return input.logo ? { ...model, logo: { ...input.logo, altText: withoutUnsafeCharacters(input.logo.altText) } } : model;
}
