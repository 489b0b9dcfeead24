import type { PdfModel } from '../attachment/attachmentPdf';
import type { Body } from '../domain/body';
import type { Meeting } from '../domain/meeting';
import { withoutUnsafeCharactersIn } from '../format/safeText';
import { formatCalendarDate } from '../i18n/format';
import { messagesFor, type Language } from '../i18n/messages';
import type { RemissPackage } from '../remiss/remissPackage';
import { forecastLine, inDepthMaterial } from './ownGoalsInDepth';

export interface HandoutInput {
  pkg: RemissPackage;
  meeting: Pick<Meeting, 'bodyName' | 'date' | 'paragraph' | 'itemTitle'>;
  /** The meeting's body profile with its own goals; null when the meeting has none. */
  body: Pick<Body, 'ownGoals'> | null;
  /** The goals chosen for the in-depth dialogue, once the chair has chosen; they get more room for notes. */
  focusGoalIds?: readonly string[];
  language?: Language;
}

const langTags: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Lines for notes under the overall questions, under a goal in the in-depth dialogue, and under any other goal. */
export const HANDOUT_NOTE_LINES = { overall: 6, inDepth: 10, other: 5 } as const;

/**
 * The printed discussion sheet for members without a screen, as blocks the PDF writer sets: the scale, the overall
 * questions, then each goal with its ambition level, its questions, its focus areas and the board's own goals with
 * their forecasts, and ruled lines for notes after each part.
 */
export function buildHandoutModel(input: HandoutInput): PdfModel {
  const { pkg, meeting, body } = input;
  const language = input.language ?? 'sv';
  const messages = messagesFor(language);
  const h = messages.handout;
  const date = formatCalendarDate(meeting.date, language);
  const focus = new Set(input.focusGoalIds ?? []);
  const title = h.title(meeting.bodyName.trim(), date);
  const blocks: PdfModel['blocks'] = [];
  const notes = (lines: number) => blocks.push({ kind: 'paragraph', role: 'meta', text: h.notes }, { kind: 'noteLines', lines });

  blocks.push({ kind: 'heading', level: 1, text: title });
  const item = meeting.itemTitle.trim() || pkg.title;
  blocks.push({ kind: 'paragraph', role: 'meta', text: h.item(item, meeting.paragraph.trim()) });
  blocks.push({ kind: 'paragraph', text: h.intro });
  if (pkg.vision.trim() !== '') blocks.push({ kind: 'paragraph', text: `${h.vision}: ${pkg.vision}` });

  const scale = pkg.ratingScale;
  blocks.push({ kind: 'heading', level: 2, text: h.scaleTitle });
  blocks.push({
    kind: 'table',
    caption: h.scaleCaption(scale.question),
    columns: h.scaleColumns,
    rows: scale.steps.map((step) => [String(step.value), step.label, step.description]),
  });
  if (scale.noAssessmentLabel) blocks.push({ kind: 'paragraph', text: h.noAssessment(scale.noAssessmentLabel) });

  if (pkg.generalQuestions.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: h.overallTitle });
    blocks.push({ kind: 'list', items: pkg.generalQuestions.map((question) => question.text) });
    notes(HANDOUT_NOTE_LINES.overall);
  }

  for (const goal of [...pkg.goals].sort((x, y) => x.number - y.number)) {
    const inDepth = focus.has(goal.id);
    const material = inDepthMaterial(goal, body);
    blocks.push({ kind: 'heading', level: 2, text: h.goalHeading(goal.number, goal.title) });
    if (inDepth) blocks.push({ kind: 'paragraph', role: 'status', text: h.inDepth });
    blocks.push({ kind: 'paragraph', text: h.ambitionLevel(goal.ambitionLevel) });
    if (goal.questions.length > 0) {
      blocks.push({ kind: 'paragraph', role: 'meta', text: h.questions });
      blocks.push({ kind: 'list', items: goal.questions.map((question) => question.text) });
    }
    if (material.focusAreas.length > 0) {
      blocks.push({ kind: 'paragraph', role: 'meta', text: h.focusAreas });
      blocks.push({
        kind: 'list',
        items: material.focusAreas.map((area) =>
          area.successFactors.length > 0
            ? `${area.title} – ${messages.ownGoals.successFactors.toLowerCase()}: ${area.successFactors.join('; ')}`
            : area.title,
        ),
      });
    }
    if (material.ownGoals.length > 0) {
      blocks.push({ kind: 'paragraph', role: 'meta', text: h.ownGoals });
      blocks.push({
        kind: 'list',
        items: material.ownGoals.map(
          (own) => `${own.title} – ${own.forecast ? forecastLine(own.forecast, messages.bodies) : messages.ownGoals.noForecast}`,
        ),
      });
    }
    notes(inDepth ? HANDOUT_NOTE_LINES.inDepth : HANDOUT_NOTE_LINES.other);
  }

  return withoutUnsafeCharactersIn({
    lang: langTags[language],
    title,
    header: h.header(meeting.bodyName.trim(), date),
    pageOf: h.pageOf,
    blocks,
  });
}
