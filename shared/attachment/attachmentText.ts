import type { Note } from '../domain/dialogue';
import type { Step } from '../meeting/runningOrder';
import { stepOfId, stepTitle } from '../meeting/stepTitle';
import type { RemissPackage } from '../remiss/remissPackage';
import type { Meeting } from '../domain/meeting';
import { formatCalendarDate } from '../i18n/format';
import { localeOf, messagesFor, type Language } from '../i18n/messages';
import { textBar, type AttachmentBlock, type AttachmentModel } from './attachmentModel';

function underline(text: string, char: string): string {
  return `${text}\n${char.repeat(Math.max(3, [...text].length))}`;
}

function blockText(block: AttachmentBlock): string {
  switch (block.kind) {
    case 'heading':
      return underline(block.text, block.level === 1 ? '=' : '-');
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((item) => `– ${item}`).join('\n');
    case 'chart':
      return block.bars.map((bar) => `${bar.label}: ${textBar(bar.share)} ${bar.value}`).join('\n');
    case 'table':
      return [
        block.caption,
        ...block.rows.map((row) => block.columns.map((column, index) => `${column}: ${row[index] ?? ''}`).join(' · ')),
      ].join('\n');
  }
}

/**
 * The attachment as plain text for an e-mail body. Plain rather than Markdown, so a comment that happens to look
 * like markup (`**fet**`, `<script>`) reads exactly as written in any mail program.
 */
export function attachmentToText(model: AttachmentModel): string {
  return `${[model.header, ...model.blocks.map(blockText)].join('\n\n')}\n`;
}

/** Where the notes were written: the package names the goals, the meeting's running order its own steps. */
export interface NotesContext {
  pkg: Pick<RemissPackage, 'goals'> | null;
  steps?: readonly Step[];
}

/**
 * The secretary's notes as their own plain document, never mixed into the attachment. Each note says when it was
 * written, in which step of the running order and, in an in-depth step, about which goal.
 */
export function notesToText(
  meeting: Meeting,
  notes: Note[],
  language: Language = 'sv',
  timeZone?: string,
  context: NotesContext = { pkg: null },
): string {
  const clock = new Intl.DateTimeFormat(localeOf[language], { hour: '2-digit', minute: '2-digit', timeZone });
  const messages = messagesFor(language);
  const a = messages.attachment;
  const goals = context.pkg?.goals ?? [];
  const whereWritten = (note: Note): string[] => {
    const step = note.stepId ? stepOfId(note.stepId, context.steps) : null;
    const goal = goals.find((candidate) => candidate.id === note.goalId);
    return [
      ...(step ? [stepTitle(step, { goals }, messages)] : []),
      ...(goal ? [`${messages.meeting.step.goalNumber(goal.number)}: ${goal.title}`] : []),
    ];
  };
  const lines = [underline(a.notesTitle(meeting.bodyName, formatCalendarDate(meeting.date, language)), '='), a.notesNotice];
  const sorted = notes.filter((note) => note.meetingId === meeting.id).sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  if (sorted.length === 0) lines.push(a.noNotes);
  for (const note of sorted) {
    const time = clock.format(new Date(note.createdAt));
    const heading = [time, ...whereWritten(note)].join(' · ');
    lines.push(`${heading}${note.parked ? ` [${a.parked}]` : ''}\n${note.text}`);
  }
  return `${lines.join('\n\n')}\n`;
}
