import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { answerFileToJson, buildAnswerFile } from '../../shared/attachment/answerFile';
import { buildAttachmentModel } from '../../shared/attachment/attachmentModel';
import { attachmentToDocx } from '../../shared/attachment/attachmentDocx';
import { attachmentToPdf } from '../../shared/attachment/attachmentPdf';
import { attachmentToText, notesToText } from '../../shared/attachment/attachmentText';
import { exampleMeeting } from '../../shared/attachment/exampleMeeting';
import { exportFileName } from '../../shared/attachment/fileNames';
import { adjust } from '../../shared/attachment/protocolPath';

/** Writes every export format, unadjusted and adjusted, from the fixed example meeting into `outDir`. */
export async function exportSample(outDir: string, fontDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const fonts = {
    regular: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')),
  };
  const example = exampleMeeting();
  const exportedAt = new Date('2020-09-15T18:00:00Z');
  const adjusted = adjust(
    example.meeting,
    { adjustedOn: '2020-09-22', justerare: ['Jan Ek', "Siobhán O'Connor"] },
    new Date('2020-09-22T09:00:00Z'),
  );
  const written: string[] = [];
  for (const meeting of [example.meeting, adjusted]) {
    const source = { ...example, meeting };
    const model = buildAttachmentModel({ ...source, includeParticipants: true });
    const status = model.status;
    const files: Array<[Parameters<typeof exportFileName>[2], Uint8Array | string]> = [
      ['pdf', (await attachmentToPdf(model, fonts, exportedAt)).bytes],
      ['docx', await attachmentToDocx(model)],
      ['text', attachmentToText(model)],
      ['answer', answerFileToJson(await buildAnswerFile({ ...source, exportedAt }))],
      ['notes', notesToText(meeting, example.notes, 'sv', 'Europe/Stockholm', { pkg: example.pkg })],
    ];
    for (const [format, content] of files) {
      const name = exportFileName(meeting, example.pkg, format, status);
      writeFileSync(path.join(outDir, name), content);
      written.push(name);
    }
  }
  return written;
}
