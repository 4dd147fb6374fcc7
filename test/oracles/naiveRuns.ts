/**
 * Slow, obviously correct runs analysis: keep the useful points' signs in a
 * list, split the list where the sign changes, count.
 */
export function naiveRuns(values: (number | null)[], center: number, included: boolean[]) {
  const signs: number[] = [];
  let observations = 0;
  values.forEach((v, i) => {
    if (!included[i]) return;
    observations++;
    if (v === null || Number.isNaN(v) || v === center) return;
    signs.push(Math.sign(v - center));
  });
  const runs: number[] = [];
  for (const [i, s] of signs.entries()) {
    if (i > 0 && s === signs[i - 1]) runs[runs.length - 1]! += 1;
    else runs.push(1);
  }
  return {
    observations,
    useful: signs.length,
    longestRun: runs.length === 0 ? 0 : Math.max(...runs),
    crossings: Math.max(runs.length - 1, 0),
  };
}

/** Median by sorting a copy. */
export function sortedMedian(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
