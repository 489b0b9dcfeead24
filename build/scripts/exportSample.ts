import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { answerFileToJson, buildAnswerFile } from '../../shared/attachment/answerFile';
import { buildAttachmentModel } from '../../shared/attachment/attachmentModel';
import { attachmentToDocx } from '../../shared/attachment/attachmentDocx';
import { attachmentToPdf } from '../../shared/attachment/attachmentPdf';
import { attachmentToText, notesToText } from '../../shared/attachment/attachmentText';
import { exampleMeeting } from '../../tests/fixtures/exampleMeeting';
import { exportFileName } from '../../shared/attachment/fileNames';
import { adjust } from '../../shared/attachment/protocolPath';
import { bodyKinds, compileAnswers } from '../../shared/compile/compileAnswers';
import { buildCompileReportModel } from '../../shared/compile/compileReport';
import { exampleRoundAnswers } from '../../tests/fixtures/exampleAnswers';
import { messagesFor } from '../../shared/i18n/messages';
import { buildEml } from '../../shared/mail/eml';
import { answerMail, routesFor } from '../../shared/mail/roundMail';
import { finishFileName } from '../../shared/attachment/fileNames';

/**
 * Writes every export format, unadjusted and adjusted, from the fixed example meeting into `outDir`: the attachment,
 * the answer file, the notes and the e-mail along each of the package's routes; and a round report compiled from the
 * example round's answers.
 */
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
      ['notes', notesToText(meeting, example.notes, 'sv', 'Europe/Stockholm')],
    ];
    for (const [format, content] of files) {
      const name = exportFileName(meeting, example.pkg, format, status);
      writeFileSync(path.join(outDir, name), content);
      written.push(name);
    }
    const bytesOf = (content: Uint8Array | string) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
    const routeFiles = {
      attachmentPdf: {
        fileName: exportFileName(meeting, example.pkg, 'pdf', status),
        contentType: 'application/pdf',
        bytes: bytesOf(files[0]![1]),
      },
      answerFile: {
        fileName: exportFileName(meeting, example.pkg, 'answer', status),
        contentType: 'application/json',
        bytes: bytesOf(files[3]![1]),
      },
    };
    for (const route of routesFor(example.pkg, status)) {
      const name = finishFileName(
        messagesFor('sv').mail.emlFileName(meeting.date, meeting.bodyName, route.recipient || route.addresses.join(', '), status),
        'eml',
      );
      writeFileSync(path.join(outDir, name), buildEml(answerMail(example.pkg, meeting, route, status, routeFiles, exportedAt)));
      written.push(name);
    }
  }
  const answers = await exampleRoundAnswers(example.pkg);
  const filter = { kinds: [...bodyKinds], statuses: ['ojusterat' as const, 'justerat' as const] };
  const report = buildCompileReportModel({
    pkg: example.pkg,
    compilation: compileAnswers(example.pkg, answers, messagesFor('sv').compile, filter),
    filter,
    compiledOn: '2020-10-01',
  });
  const reportName = finishFileName(messagesFor('sv').compile.report.fileName(example.pkg.caseNumber), 'pdf');
  writeFileSync(path.join(outDir, reportName), (await attachmentToPdf(report, fonts, new Date('2020-10-01T09:00:00Z'))).bytes);
  written.push(reportName);
  return written;
}
