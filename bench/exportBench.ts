import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildAttachmentModel } from '../shared/attachment/attachmentModel';
import { attachmentToDocx } from '../shared/attachment/attachmentDocx';
import { attachmentToPdf } from '../shared/attachment/attachmentPdf';
import { exampleMeeting } from '../shared/attachment/exampleMeeting';

/** Measures each writer on a 20-goal attachment: one JSON line per metric (median of the runs); asserts nothing. */
export async function runExportBench(fontDir: string, runs = 5): Promise<string[]> {
  const lines: string[] = [];
  const fonts = {
    regular: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')),
  };
  const model = buildAttachmentModel({ ...exampleMeeting({ goalCount: 20 }), includeParticipants: true });
  const measure = async (metric: string, work: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await work();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    lines.push(JSON.stringify({ metric, value: Math.round(median * 10) / 10, unit: 'ms', goals: 20, runs }));
  };
  await measure('export_pdf_ms', () => attachmentToPdf(model, fonts));
  await measure('export_docx_ms', () => attachmentToDocx(model));
  return lines;
}
