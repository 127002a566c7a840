/** Nearest-rank percentile (p in 0..100) of a list of timings. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile() of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median() of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `work` `times` times, one after another, and returns each duration in ms. */
export async function timeRuns(times: number, work: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await work();
    out.push(performance.now() - start);
  }
  return out;
}
