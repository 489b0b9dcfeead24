import { answerFileToJson, buildAnswerFile, parseAnswerFile } from '../../shared/attachment/answerFile';
import { answerFileIssueMessage } from '../../shared/i18n/answerFileMessages';
import type { Messages } from '../../shared/i18n/messages';
import type { RemissPackage } from '../../shared/remiss/remissPackage';
import type { ExportSource } from '../data/exports';

/**
 * The meeting's answer file as bytes, checked against the format's own limits first: the app does not bound what is
 * typed, and a file beyond them would only be refused at the office. A refusal comes back as the words to show.
 */
export async function checkedAnswerFile(
  source: ExportSource & { pkg: RemissPackage },
  messages: Messages,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string }> {
  const { pkg, meeting, comments, dissents, bodyKind } = source;
  const json = answerFileToJson(await buildAnswerFile({ pkg, meeting, comments, dissents, bodyKind, exportedAt: new Date() }));
  const check = parseAnswerFile(json);
  if (!check.ok) return { ok: false, message: messages.export.answerRefused(answerFileIssueMessage(messages, check.issue, pkg)) };
  return { ok: true, bytes: new TextEncoder().encode(json) };
}
