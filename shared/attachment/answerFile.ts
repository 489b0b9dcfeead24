import { z } from '../validation/zod';
import { isCalendarDate } from '../domain/calendarDate';
import { sha256Hex } from '../format/sha256';
import { OVERALL, commentId, dissentKinds, meetingForms, type Dissent, type GoalComment } from '../domain/dialogue';
import type { Meeting } from '../domain/meeting';
import type { RemissPackage } from '../remiss/remissPackage';
import { ratingLabel } from './attachmentModel';
import { protocolStatus } from './protocolPath';

export const ANSWER_FILE_FORMAT = 'malsamtal.remissvar';
export const ANSWER_FILE_VERSION = 1;

/** JSON with object keys sorted at every level, so equal content always gives equal bytes and an equal fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** "sha256:<hex>" of the package's canonical JSON: the strategy office sees which version of the remiss was answered. */
export async function packageFingerprint(pkg: RemissPackage): Promise<string> {
  return `sha256:${await sha256Hex(canonicalJson(pkg))}`;
}

const text = z.string();
const calendarDate = z.string().refine(isCalendarDate, 'Ogiltigt datum (ÅÅÅÅ-MM-DD)');
const dissentSchema = z.object({ kind: z.enum(dissentKinds), participantName: text, text });
const ratingSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('step'), value: z.number().int(), label: text }),
    z.object({ kind: z.literal('noAssessment'), label: text }),
  ])
  .nullable();

export const answerFileSchema = z.object({
  format: z.literal(ANSWER_FILE_FORMAT, { error: `Filen är inte en svarsfil från Målsamtal (format ska vara ${ANSWER_FILE_FORMAT})` }),
  version: z.literal(ANSWER_FILE_VERSION, { error: `Svarsfilens version stöds inte (version ${ANSWER_FILE_VERSION} väntades)` }),
  exportedAt: z.iso.datetime({ error: 'Ogiltig exporttid' }),
  body: z.object({ id: text.nullable(), name: text.min(1, 'Nämndens namn saknas') }),
  meeting: z.object({
    id: text.min(1),
    date: calendarDate,
    form: z.enum(meetingForms),
    paragraph: text,
    attachmentNumber: text,
  }),
  package: z.object({
    id: text.min(1, 'Remisspaketets id saknas'),
    caseNumber: text,
    title: text,
    fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'Ogiltigt fingeravtryck för remisspaketet'),
  }),
  status: z.enum(['ojusterat', 'justerat']),
  adjustment: z.object({ adjustedOn: calendarDate, justerare: z.array(text) }).nullable(),
  goals: z.array(
    z.object({
      goalId: text.min(1),
      number: z.number().int(),
      title: text,
      rating: ratingSchema,
      comment: text.nullable(),
      dissents: z.array(dissentSchema),
    }),
  ),
  overall: z.object({ comment: text.nullable(), dissents: z.array(dissentSchema) }),
});

export type AnswerFile = z.infer<typeof answerFileSchema>;

export interface AnswerFileInput {
  pkg: RemissPackage;
  meeting: Meeting;
  comments: GoalComment[];
  dissents: Dissent[];
  exportedAt: Date;
}

export async function buildAnswerFile({ pkg, meeting, comments, dissents, exportedAt }: AnswerFileInput): Promise<AnswerFile> {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const dissentsOn = (goalId: string | null) =>
    dissents
      .filter((dissent) => dissent.meetingId === meeting.id && dissent.goalId === goalId)
      .sort((x, y) => x.createdAt.localeCompare(y.createdAt))
      .map(({ kind, participantName, text }) => ({ kind, participantName, text }));
  return {
    format: ANSWER_FILE_FORMAT,
    version: ANSWER_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    body: { id: meeting.bodyId, name: meeting.bodyName },
    meeting: {
      id: meeting.id,
      date: meeting.date,
      form: meeting.meetingForm,
      paragraph: meeting.paragraph,
      attachmentNumber: meeting.attachmentNumber,
    },
    package: { id: pkg.id, caseNumber: pkg.caseNumber, title: pkg.title, fingerprint: await packageFingerprint(pkg) },
    status: protocolStatus(meeting),
    adjustment: meeting.status === 'adjusted' ? meeting.adjustment : null,
    goals: [...pkg.goals]
      .sort((x, y) => x.number - y.number)
      .map((goal) => {
        const comment = byId.get(commentId(meeting.id, goal.id));
        const rating = comment?.rating ?? null;
        return {
          goalId: goal.id,
          number: goal.number,
          title: goal.title,
          rating:
            rating === null
              ? null
              : rating.kind === 'step'
                ? { kind: 'step' as const, value: rating.value, label: ratingLabel(rating, pkg.ratingScale) }
                : { kind: 'noAssessment' as const, label: ratingLabel(rating, pkg.ratingScale) },
          comment: comment?.agreedText ?? null,
          dissents: dissentsOn(goal.id),
        };
      }),
    overall: { comment: byId.get(commentId(meeting.id, OVERALL))?.agreedText ?? null, dissents: dissentsOn(null) },
  };
}

export function answerFileToJson(answer: AnswerFile): string {
  return `${JSON.stringify(answer, null, 2)}\n`;
}

export type ParsedAnswerFile = { ok: true; value: AnswerFile } | { ok: false; error: string };

/** Reads an answer file back, saying in Swedish what is wrong and where, for the strategy office's compilation. */
export function parseAnswerFile(textContent: string): ParsedAnswerFile {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    return { ok: false, error: 'Filen är inte giltig JSON.' };
  }
  // Checks without a message of their own get a Swedish one here, never zod's English default.
  const result = answerFileSchema.safeParse(json, {
    error: (issue) => (issue.code === 'invalid_type' ? 'Ett fält saknas eller har fel typ' : 'Ett fält har ett ogiltigt värde'),
  });
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (vid ${issue.path.join('.')})` : '';
  const message = issue?.message ?? 'Ogiltig svarsfil';
  return { ok: false, error: `${message}${where}.` };
}
