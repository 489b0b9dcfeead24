import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildAttachmentModel } from '../../shared/attachment/attachmentModel';
import { attachmentToDocx } from '../../shared/attachment/attachmentDocx';
import { attachmentToPdf } from '../../shared/attachment/attachmentPdf';
import { exampleMeeting } from '../fixtures/exampleMeeting';
import { median, type Metric } from './metrics';

/** Measures each writer on a 20-goal attachment, the median of the runs after a warm-up; asserts nothing. */
export async function runExportBench(fontDir: string, runs = 5): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const fonts = {
    regular: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')),
  };
  const model = buildAttachmentModel({ ...exampleMeeting({ goalCount: 20 }), includeParticipants: true });
  const measure = async (metric: string, target: number, work: () => Promise<unknown>) => {
    await work();
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await work();
      times.push(performance.now() - start);
    }
    metrics.push({ metric, value: median(times), unit: 'ms', target });
  };
  await measure('export_pdf_ms', 1000, () => attachmentToPdf(model, fonts));
  await measure('export_docx_ms', 500, () => attachmentToDocx(model));
  return metrics;
}
