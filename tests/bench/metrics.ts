export interface Metric {
  metric: string;
  value: number;
  unit: string;
  target: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One JSON object per line, as the benchmark's readers expect. */
export function report(metric: Metric): void {
  process.stdout.write(`${JSON.stringify({ ...metric, value: Math.round(metric.value * 10) / 10 })}\n`);
}
