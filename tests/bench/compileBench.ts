import { performance } from 'node:perf_hooks';
import { answerFileToJson, parseAnswerFile } from '../../shared/attachment/answerFile';
import { compileAnswers } from '../../shared/compile/compileAnswers';
import { fixtureAnswer } from '../fixtures/exampleAnswers';
import { mergeAnswers } from '../../shared/compile/mergeAnswers';
import { examplePackage } from '../../shared/remiss/examplePackage';
import { median, type Metric } from './metrics';

const labels = { noAssessment: 'Ingen bedömning', notRated: 'Ej bedömt', outsideScale: 'Utanför skalan' };

/** Reads, merges and compiles 300 answer files as the compile screen does, the median of the runs after a warm-up. */
export async function runCompileBench(runs = 5): Promise<Metric> {
  const texts = await Promise.all(Array.from({ length: 300 }, async (_, index) => answerFileToJson(await fixtureAnswer(index))));
  const work = () => {
    const files = texts.map((text, index) => ({ fileName: `${index}.msvar`, parsed: parseAnswerFile(text) }));
    const { answers } = mergeAnswers(examplePackage.id, [], files, '2020-10-01T09:00:00.000Z');
    return compileAnswers(
      examplePackage,
      answers.map((answer) => answer.answer),
      labels,
    );
  };
  work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return { metric: 'compile_300_ms', value: median(times), unit: 'ms', target: 100 };
}
